import type { PaperDraft } from '../paper';

/** A paper card found on a page: what the page says about the paper, and where its control goes. */
export interface Card {
  paper: PaperDraft;
  /** The element the control is attached to; stable across re-renders. */
  anchor: Element;
  /** `append` puts the control inside the anchor (last child); `after` puts it right after the anchor. */
  placement: 'append' | 'after';
  /** The elements that make up the whole card on the page (hidden by the "hide saved/read" filters). */
  container?: Element[];
}

/** One supported site: which URLs it covers and how to read its paper cards. */
export interface SiteAdapter {
  name: string;
  /** Match patterns; the manifest's content-script matches and host permissions are built from these. */
  matches: string[];
  /** Reads only; never throws on odd markup: a card it cannot read is skipped and counted. */
  findCards(doc: Document, url: URL): Card[];
  /** The same cards one at a time, so that the content script can give the page its turn on long lists. */
  scanCards(doc: Document, url: URL): Iterable<Card>;
  /** Page regions whose changes never add or remove cards (e.g. what MathJax rewrites): not worth a re-scan. */
  quietRegions?: string;
}

/** What a scan skipped, for the debug log. */
export interface ScanStats {
  skipped: number;
}
