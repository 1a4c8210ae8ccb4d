import { arxivLinks, canonicalArxivId, type PaperDraft, paperIdFromUrl } from '../paper';
import { collapseWhitespace } from '../text';
import { clip } from './dom';
import type { Card, ScanStats, SiteAdapter } from './types';

// The page embeds its data as JSON in Svelte hydration blocks; every field may be missing.
interface HfPaper {
  id: string;
  title?: string;
  // The abstract. Never `ai_summary`, the machine summary the cards show under the title.
  summary?: string;
  authors?: { name?: string }[];
  publishedAt?: string;
  upvotes?: number;
  githubRepo?: string | null;
}

const optionalOf = (value: unknown, type: 'string' | 'number') => value === undefined || typeof value === type;

/**
 * An entry of the page's data as a paper, or null when a field it has is of the wrong kind. Checked by hand, not
 * with zod: the content script ships without it (see paperSchemas in lib/paper.ts); the background checks every
 * draft it is sent.
 */
function hfPaper(value: unknown): HfPaper | null {
  if (!isObject(value) || typeof value.id !== 'string') return null;
  if (!optionalOf(value.title, 'string') || !optionalOf(value.summary, 'string') || !optionalOf(value.publishedAt, 'string')) return null;
  if (!optionalOf(value.upvotes, 'number') || (typeof value.upvotes === 'number' && !Number.isFinite(value.upvotes))) return null;
  if (value.githubRepo !== null && !optionalOf(value.githubRepo, 'string')) return null;
  const authors = value.authors;
  if (authors !== undefined && !(Array.isArray(authors) && authors.every((a) => isObject(a) && optionalOf(a.name, 'string')))) return null;
  return value as unknown as HfPaper;
}

/** The attribute the page keeps its data in; the app replaces it when it re-renders a list (a period switch). */
const PROPS_ATTR = 'data-props';
// DailyPapers (the /papers lists, whose props hold `dailyPapers` and, on a search, `searchResults`) and PaperContent
// (a paper page, `paper`); other Svelte blocks on the page (header, user menu) hold no papers.
const PAPER_BLOCKS = '[data-target="DailyPapers"][data-props], [data-target="PaperContent"][data-props]';

// The same text comes back on every scan while the app leaves the props alone: parse each text once. Entries are
// validated when a card first asks for them, so that a long page's scan can be spread over several tasks.
interface Block {
  text: string;
  /** Candidate entries by canonical id, in page order (a later one may be valid where an earlier is not). */
  raw: Map<string, unknown[]>;
  facts: Map<string, PaperFacts | null>;
}
const parsedBlocks = new WeakMap<Element, Block>();

/** Looks papers up in every paper data block on the page, by canonical id; malformed entries are ignored. */
class EmbeddedPapers {
  private readonly blocks: Block[] = [];

  constructor(doc: Document) {
    for (const element of doc.querySelectorAll(PAPER_BLOCKS)) {
      const text = element.getAttribute(PROPS_ATTR) ?? '';
      let block = parsedBlocks.get(element);
      if (block?.text !== text) {
        block = { text, raw: entriesInProps(text), facts: new Map() };
        parsedBlocks.set(element, block);
      }
      this.blocks.push(block);
    }
  }

  get ids(): string[] {
    return [...new Set(this.blocks.flatMap((block) => [...block.raw.keys()]))];
  }

  get(id: string): PaperFacts | undefined {
    for (const block of this.blocks) {
      let facts = block.facts.get(id);
      if (facts === undefined) {
        facts = validFacts(block.raw.get(id) ?? []);
        block.facts.set(id, facts);
      }
      if (facts) return facts;
    }
    return undefined;
  }
}

/** The first candidate that passes the schema, cleaned. */
function validFacts(candidates: readonly unknown[]): PaperFacts | null {
  for (const candidate of candidates) {
    const paper = hfPaper(candidate);
    if (paper) return factsOf(paper);
  }
  return null;
}

/** Every valid paper of the page's data blocks, by canonical id (what enrichment can draw on). */
export function embeddedPapers(doc: Document): Map<string, PaperFacts> {
  const papers = new EmbeddedPapers(doc);
  const byId = new Map<string, PaperFacts>();
  for (const id of papers.ids) {
    const facts = papers.get(id);
    if (facts) byId.set(id, facts);
  }
  return byId;
}

/**
 * Entries in one block's props: `paper` itself, and every list of `{ paper }` entries or of papers
 * (`dailyPapers`, `searchResults`, …), keyed by the id they claim; the schema is checked on use.
 */
function entriesInProps(text: string): Map<string, unknown[]> {
  const byId = new Map<string, unknown[]>();
  const props = parseJson(text);
  if (!isObject(props)) return byId;
  // Runs for each of a long page's entries in the scan's first slice: plain checks here, the schema on use.
  const add = (raw: unknown) => {
    const paper = isObject(raw) && 'paper' in raw ? raw.paper : raw;
    const claimed = isObject(paper) ? paper.id : undefined;
    if (typeof claimed !== 'string') return;
    const id = canonicalArxivId(claimed);
    if (!id) return;
    const candidates = byId.get(id);
    if (candidates) candidates.push(paper);
    else byId.set(id, [paper]);
  };
  for (const value of Object.values(props)) {
    if (Array.isArray(value)) for (const entry of value) add(entry);
  }
  if ('paper' in props) add(props);
  return byId;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** What the JSON says about a paper, cleaned and bounded once, when its block is parsed. */
type PaperFacts = Partial<Pick<PaperDraft, 'title' | 'authors' | 'abstract' | 'publishedAt' | 'upvotes' | 'githubRepo'>>;

function factsOf(data: HfPaper): PaperFacts {
  const facts: PaperFacts = {};
  const title = clip(collapseWhitespace(data.title), 2000);
  if (title) facts.title = title;
  const authors = (data.authors ?? []).map((a) => clip(collapseWhitespace(a.name), 500)).filter(Boolean);
  if (authors.length > 0) facts.authors = authors.slice(0, 5000);
  const abstract = clip(collapseWhitespace(data.summary), 50_000);
  if (abstract) facts.abstract = abstract;
  if (data.publishedAt && data.publishedAt.length <= 64) facts.publishedAt = data.publishedAt;
  if (Number.isSafeInteger(data.upvotes)) facts.upvotes = data.upvotes;
  if (data.githubRepo && data.githubRepo.length <= 2000) facts.githubRepo = data.githubRepo;
  return facts;
}

/**
 * The paper's draft: everything but the id from the JSON entry of the same id. Without one, only what the card truly
 * shows of the paper, its title; the authors stay empty (the avatars' titles are usernames, the `<p>` may be the machine
 * summary) and the library fills them in from the first page whose JSON has the paper.
 */
function draftFor(id: string, facts: PaperFacts | undefined, shownTitle: string, page: URL): PaperDraft | null {
  const links = arxivLinks(id);
  const title = facts?.title ?? clip(shownTitle, 2000);
  if (!links || !title) return null;
  return {
    id,
    authors: [],
    url: links.abs,
    pdfUrl: links.pdf,
    source: { site: 'huggingface', page: clip(page.pathname + page.search, 2000), url: clip(page.href, 2000) },
    ...facts,
    title,
  };
}

/** `/papers/<id>` of a single paper page, as a canonical id; null on list pages (`/papers/trending`…). */
function singlePaperId(url: URL): string | null {
  if (!/^\/papers\/[^/]+\/?$/.test(url.pathname)) return null;
  return paperIdFromUrl(url);
}

// A card's links to its own paper: the title, thumbnail, abstract and authors links (/papers/<id>, #community), the
// upvote button of a logged-out reader (/login?next=/papers/<id>) and the arXiv button.
const PAPER_HREF = /^(?:https:\/\/huggingface\.co)?\/papers\/([^/?#]+)\/?(?:[?#]|$)/;
const LOGIN_HREF = /^(?:https:\/\/huggingface\.co)?\/login\?next=([^&#]+)/;
const ARXIV_HREF = /^https?:\/\/(?:www\.)?arxiv\.org\/(?:abs|pdf)\/([^?#]+?)\/?(?:[?#]|$)/;

/** The paper a link points to, as a canonical id, or null (other pages, users, organizations). */
function paperOfHref(href: string): string | null {
  const login = LOGIN_HREF.exec(href);
  if (login) return paperOfHref(decode(login[1] ?? ''));
  const match = PAPER_HREF.exec(href) ?? ARXIV_HREF.exec(href);
  return match ? canonicalArxivId(decode(match[1] ?? '')) : null;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Marks an element that holds links to more than one paper. */
const MIXED = '';

/**
 * Which paper each element around the paper links holds links to: its id, or MIXED when it holds links to several.
 * Each link marks its ancestors up to `root`; a walk stops where the marks above are already settled.
 */
function markPapers(root: Element, links: ReadonlyMap<Element, string>): Map<Element, string> {
  const marks = new Map<Element, string>();
  for (const [link, id] of links) {
    for (let node: Element | null = link; node && node !== root; node = node.parentElement) {
      const mark = marks.get(node);
      if (mark === undefined) marks.set(node, id);
      else if (mark === id || mark === MIXED) break;
      else marks.set(node, MIXED);
    }
  }
  return marks;
}

/**
 * The card of a paper whose title link is `title`: the smallest element around its title heading that holds the
 * paper's links (all those in the region that holds no other paper's) and no other paper's. A card with no link but
 * its title is the largest such region short of a page section (one with an h1 or h2). Null when the heading itself
 * holds another paper's link.
 */
function cardElement(title: Element, id: string, root: Element, marks: Map<Element, string>, ownLinks: readonly Element[]): Element | null {
  const heading = title.closest('h3') ?? title;
  if (marks.get(heading) !== id) return null;
  let region = heading;
  for (let parent = region.parentElement; parent && parent !== root && marks.get(parent) === id; parent = parent.parentElement) {
    region = parent;
  }
  let card = heading;
  for (const link of ownLinks) {
    if (!region.contains(link)) continue;
    while (!card.contains(link) && card.parentElement) card = card.parentElement;
  }
  if (card !== heading) return card;
  // Only the title links to the paper: climb to the outermost element that is still about this paper alone.
  card = heading;
  for (
    let parent = heading.parentElement;
    parent && region.contains(parent) && !parent.querySelector('h1, h2');
    parent = parent.parentElement
  ) {
    card = parent;
  }
  return card;
}

// List pages (/papers, /papers/date|week|month/…, /papers/trending, /papers?q=…). A card is found by its title,
// `h3 a[href="/papers/<id>"]`, whatever element wraps it (an <article> today, a <div> on search pages). The cards are
// the truth: the JSON may describe another list (the day's list on a search page, the old period for a moment after
// a Daily/Weekly/Monthly switch), so it only describes the cards whose id it has.
function* listCards(doc: Document, page: URL, data: EmbeddedPapers, stats: ScanStats): Generator<Card> {
  // The whole body, not <main>: the title links are what make a card, wherever the page nests them.
  const root = doc.body;
  if (!root) return;
  const links = new Map<Element, string>();
  const byPaper = new Map<string, Element[]>();
  const titles: [Element, string][] = [];
  const titlesOf = new Map<string, Element[]>();
  const known = new Map<string, string | null>();
  // Static lists: walking a live collection of thousands of links is quadratic in some DOMs (jsdom).
  const inHeadings = new Set(root.querySelectorAll('h3 a[href]'));
  for (const link of root.querySelectorAll('a[href]')) {
    const href = link.getAttribute('href') ?? '';
    let id = known.get(href);
    if (id === undefined) {
      id = paperOfHref(href);
      known.set(href, id);
    }
    if (!id) continue;
    links.set(link, id);
    const own = byPaper.get(id);
    if (own) own.push(link);
    else byPaper.set(id, [link]);
    if (inHeadings.has(link) && PAPER_HREF.test(href)) {
      titles.push([link, id]);
      const same = titlesOf.get(id);
      if (same) same.push(link);
      else titlesOf.set(id, [link]);
    }
  }
  const marks = markPapers(root, links);
  const seen = new Set<string>();
  for (const [title, id] of titles) {
    if (seen.has(id)) continue;
    const card = cardElement(title, id, root, marks, byPaper.get(id) ?? []);
    const paper = card ? draftFor(id, data.get(id), collapseWhitespace(title.textContent), page) : null;
    if (!card || !paper) {
      stats.skipped++;
      continue;
    }
    seen.add(id);
    const copies = (titlesOf.get(id) ?? []).filter((other) => card.contains(other)).length;
    yield placed(paper, card, title, copies);
  }
}

/**
 * Where a card's control goes. A card that holds its title more than once holds several layouts of itself (2026's
 * trending cards: a desktop row `hidden md:flex` of fixed height and a mobile column `md:hidden`, one shown at a time):
 * the control goes at the end of the card, shared by every layout, where it takes no room from a fixed-height row and
 * stays shown across the breakpoint. Otherwise right after the title heading, outside the link.
 */
function placed(paper: PaperDraft, card: Element, title: Element, copies: number): Card {
  const heading = title.closest('h3') ?? title;
  return copies > 1
    ? { paper, anchor: card, placement: 'append', container: [card] }
    : { paper, anchor: heading, placement: 'after', container: [card] };
}

// A paper page (/papers/<id>): one card, titled by the page's <h1>, described by its PaperContent block.
function paperPageCard(doc: Document, page: URL, id: string, data: EmbeddedPapers, stats: ScanStats): Card[] {
  const heading = doc.querySelector('main h1') ?? doc.querySelector('h1');
  const paper = heading ? draftFor(id, data.get(id), collapseWhitespace(heading.textContent), page) : null;
  if (!paper || !heading) {
    stats.skipped++;
    return [];
  }
  // The page is the card: the heading stands for it (the page filters never hide a paper page's card).
  return [{ paper, anchor: heading, placement: 'after', container: [heading] }];
}

function* cardsOf(doc: Document, url: URL, single: string | null): Generator<Card> {
  const stats: ScanStats = { skipped: 0 };
  const data = new EmbeddedPapers(doc);
  yield* single ? paperPageCard(doc, url, single, data, stats) : listCards(doc, url, data, stats);
  if (stats.skipped > 0) console.debug(`[paper-shelf] huggingface: skipped ${stats.skipped} unreadable card(s)`);
}

export const huggingface: SiteAdapter = {
  name: 'huggingface',
  matches: ['https://huggingface.co/papers*'],
  // A period switch (Daily / Weekly / Monthly) re-renders the list and replaces the props, absent for a moment.
  watchAttributes: [PROPS_ATTR],
  read(doc, url) {
    const single = singlePaperId(url);
    return { kind: single ? 'paper' : 'listing', cards: cardsOf(doc, url, single) };
  },
};
