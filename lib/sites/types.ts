import type { PaperDraft } from '../paper';

/** A paper card found on a page: what the page says about the paper, and where its control goes. */
export interface Card {
  /** `paper.id`: the card's best canonical id; `paper.aliases`: its other ids. */
  paper: PaperDraft;
  /** The element the control is placed against; stable across re-renders. */
  anchor: Element;
  /**
   * Where the control goes, as the DOM methods of the same names: `append` / `prepend` inside the anchor
   * (last / first child), `after` / `before` next to it (next / previous sibling).
   */
  placement: 'append' | 'prepend' | 'after' | 'before';
  /** The elements that make up the whole card on the page (hidden by the "hide saved/read" filters). */
  container: readonly Element[];
}

/** A list of papers (listings, search results, proceedings), or the page of one paper. */
export type PageKind = 'listing' | 'paper';

/** What an adapter read on a page. */
export interface PageRead {
  kind: PageKind;
  /**
   * The cards, lazily (a generator), in page order, each paper once: the content script takes them a few at a
   * time so that a long page gets its turn between slices.
   */
  cards: Iterable<Card>;
}

/** One supported site: which URLs it covers and how to read its paper cards. */
export interface SiteAdapter {
  name: string;
  /** Match patterns; the manifest's content-script matches and host permissions are built from these. */
  matches: string[];
  /** Reads only; never throws on odd markup: a card it cannot read is skipped. */
  read(doc: Document, url: URL): PageRead;
  /** Page regions whose changes never add or remove cards (e.g. what MathJax rewrites): not worth a re-scan. */
  quietRegions?: string;
  /**
   * Attributes whose changes may change the cards besides `href` (always watched), e.g. an attribute the site
   * keeps its page data in and replaces on client-side navigation. Watched on the whole page.
   */
  watchAttributes?: readonly string[];
}

/** What a scan skipped, for the debug log. */
export interface ScanStats {
  skipped: number;
}
