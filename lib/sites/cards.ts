import { PAPER_ID, type PaperDraft, type PaperSource, rankIds } from '../paper';
import { collapseWhitespace } from '../text';
import { clip } from './dom';
import type { Card, ScanStats } from './types';

/** What a card shows about one paper, before it becomes a draft. */
export interface Shown {
  /** Every canonical id the card shows (null where a link could not be read), the site's own first. */
  ids: readonly (string | null | undefined)[];
  title: string;
  authors: string[];
  /** The paper's page on the site. */
  url: string;
  pdfUrl?: string | undefined;
  abstract?: string | undefined;
  venue?: string | undefined;
  year?: number | undefined;
  publishedAt?: string | undefined;
}

/** The card's ids, best first and each once (CONTRACT.md): the draft's `id` and `aliases`. */
export function rankedIds(ids: readonly (string | null | undefined)[]): string[] {
  return rankIds(ids.filter((id): id is string => typeof id === 'string' && PAPER_ID.test(id)));
}

/** A bounded draft of what the card shows, or null when it names no id or no title. */
export function draftOf(shown: Shown, source: PaperSource): PaperDraft | null {
  const [id, ...aliases] = rankedIds(shown.ids);
  const title = clip(collapseWhitespace(shown.title), 2000);
  if (!id || !title) return null;
  const draft: PaperDraft = { id, title, authors: shown.authors.slice(0, 5000), url: clip(shown.url, 2000), source };
  if (aliases.length > 0) draft.aliases = aliases.slice(0, 100);
  const doi = [id, ...aliases].find((each) => each.startsWith('doi:'));
  if (doi) draft.doi = clip(doi.slice('doi:'.length), 500);
  if (shown.pdfUrl) draft.pdfUrl = clip(shown.pdfUrl, 2000);
  if (shown.abstract) draft.abstract = clip(shown.abstract, 50_000);
  if (shown.publishedAt && shown.publishedAt.length <= 64) draft.publishedAt = shown.publishedAt;
  if (shown.venue) draft.venue = clip(collapseWhitespace(shown.venue), 500);
  if (shown.year !== undefined && Number.isInteger(shown.year)) draft.year = shown.year;
  return draft;
}

/**
 * Makes cards: skips (and counts) what cannot be read, and any card whose paper is already on the page under
 * one of its ids, so each paper gets one control.
 */
export class CardList {
  readonly stats: ScanStats = { skipped: 0 };
  private readonly seen = new Set<string>();
  readonly source: PaperSource;

  constructor(site: string, url: URL) {
    this.source = { site, page: clip(decodeSafe(url.pathname) + decodeSafe(url.search), 2000), url: clip(url.href, 2000) };
  }

  /** A card, or null when it cannot be read or its paper is already on the page. `container` defaults to the anchor. */
  card(shown: Shown, anchor: Element | null | undefined, placement: Card['placement'], container?: readonly Element[]): Card | null {
    const paper = anchor ? draftOf(shown, this.source) : null;
    if (!paper || !anchor) {
      this.stats.skipped++;
      return null;
    }
    const ids = [paper.id, ...(paper.aliases ?? [])];
    if (ids.some((id) => this.seen.has(id))) return null;
    for (const id of ids) this.seen.add(id);
    return { paper, anchor, placement, container: container && container.length > 0 ? container : [anchor] };
  }

  /** Logs what the scan skipped, for the debug log. */
  report(site: string): void {
    if (this.stats.skipped > 0) console.debug(`[paper-shelf] ${site}: skipped ${this.stats.skipped} unreadable card(s)`);
  }
}

function decodeSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The content of the first `<meta name=…>` (or `property=…`), whitespace collapsed; '' when absent. */
export function metaContent(doc: Document, name: string): string {
  for (const meta of doc.getElementsByTagName('meta')) {
    if (meta.getAttribute('name') === name || meta.getAttribute('property') === name)
      return collapseWhitespace(meta.getAttribute('content'));
  }
  return '';
}

/** The contents of every `<meta name=…>`, in page order, empty ones dropped. */
export function metaContents(doc: Document, name: string): string[] {
  const values: string[] = [];
  for (const meta of doc.getElementsByTagName('meta')) {
    if (meta.getAttribute('name') !== name) continue;
    const value = clip(collapseWhitespace(meta.getAttribute('content')), 500);
    if (value) values.push(value);
  }
  return values.slice(0, 5000);
}

/** The first plausible publication year in a text (`NeurIPS 2025 poster`, `2023/12`), or undefined. */
export function yearIn(text: string | null | undefined): number | undefined {
  const match = /(?:^|\D)((?:19[5-9]|20\d)\d)(?!\d)/.exec(text ?? '');
  return match ? Number(match[1]) : undefined;
}

/** `YYYY/MM/DD`, `YYYY/MM`, `YYYY-MM-DD` → ISO date text (as much as is given), or undefined. */
export function isoDate(text: string): string | undefined {
  const match = /^(\d{4})(?:[/-](\d{1,2}))?(?:[/-](\d{1,2}))?$/.exec(text.trim());
  if (!match) return undefined;
  return [match[1], match[2]?.padStart(2, '0'), match[3]?.padStart(2, '0')].filter(Boolean).join('-');
}

/** An absolute https URL from an href on the page, or '' (javascript: and other schemes are not links). */
export function absoluteUrl(href: string | null | undefined, base: URL | string): string {
  if (!href) return '';
  try {
    const url = new URL(href, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : '';
  } catch {
    return '';
  }
}
