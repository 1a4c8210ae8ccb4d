// citation-js ships no types; this is the little of it the format tests use.
declare module '@citation-js/core' {
  export class Cite {
    static async(data: unknown, options?: { forceType?: string }): Promise<Cite>;
    data: unknown[];
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
