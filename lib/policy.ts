import type { Request, RequestType } from './messages';
import type { Failure } from './protocol';

/**
 * Who may ask the background for what. Content scripts run inside pages we do not control: a page can script the
 * controls we put in it and, in a compromised renderer, send messages as the content script. So a content script
 * gets only what a paper card needs, for a bounded number of papers; whatever reads or rewrites the whole library
 * comes only from the extension's own pages (popup, library page). One table, here, decides.
 */

/** What the browser tells the background about a message's sender (`runtime.MessageSender`, the fields we use). */
export interface MessageSender {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number };
}

/** Who sent a message: one of our pages, a content script in a supported page, or anyone else. */
export type Caller = 'extension' | 'content' | 'unknown';

export interface SenderContext {
  /** This extension's id (`runtime.id`). */
  extensionId: string;
  /** This extension's origin with a trailing slash (`runtime.getURL('/')`). */
  extensionOrigin: string;
  /** True for a page URL where our content script runs (a supported site). */
  isSupportedPage: (url: string) => boolean;
}

/** The most papers one request from a page may touch: a long listing (arXiv shows up to 2,000) and some margin. */
export const MAX_PAGE_IDS = 2500;

export function callerOf(sender: MessageSender | undefined, context: SenderContext): Caller {
  if (!sender || sender.id !== context.extensionId || typeof sender.url !== 'string') return 'unknown';
  if (sender.url.startsWith(context.extensionOrigin)) return 'extension';
  if (sender.tab !== undefined && context.isSupportedPage(sender.url)) return 'content';
  return 'unknown';
}

/** Requests a card (or the page toolbar) needs, with the number of papers each touches. */
const PAGE_REQUESTS: { [T in RequestType]?: (request: Extract<Request, { type: T }>) => number } = {
  // The distinct papers asked for: a page names each card both by id and as a card (with its title and author).
  states: (r) => new Set([...r.ids, ...(r.cards ?? []).map((card) => card.id)]).size,
  tags: () => 0,
  save: (r) => r.papers.length,
  toggle: () => 1,
  // The card's Undo after an unsave: the paper comes back from the trash as it was.
  untrash: (r) => r.ids.length,
  addTags: (r) => r.ids.length,
  removeTags: (r) => r.ids.length,
  setTags: (r) => r.ids.length,
  setStatus: (r) => r.ids.length,
  openLibrary: () => 0,
};

/** Null when `caller` may send `request`; else the refusal to answer with (nothing is done). */
export function refusal(request: Request, caller: Caller): Failure | null {
  if (caller === 'extension') return null;
  if (caller === 'unknown') return { ok: false, error: `refused: "${request.type}" from an unknown sender` };
  const count = PAGE_REQUESTS[request.type] as ((r: Request) => number) | undefined;
  if (!count) return { ok: false, error: `refused: "${request.type}" is only answered to the extension's own pages` };
  const n = count(request);
  if (n > MAX_PAGE_IDS) return { ok: false, error: `refused: a page may change at most ${MAX_PAGE_IDS} papers at once (asked ${n})` };
  return null;
}
