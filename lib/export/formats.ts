/** The export formats (CONTRACT.md), in a module of their own so that message schemas can name them cheaply. */
export const EXPORT_FORMATS = ['bibtex', 'ris', 'csl-json', 'markdown', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
