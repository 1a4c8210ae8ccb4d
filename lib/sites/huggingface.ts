import { z } from 'zod/mini';
import { arxivLinks, canonicalArxivId, type PaperDraft, paperIdFromUrl } from '../paper';
import { clip, collapseWhitespace, firstTag } from './dom';
import type { Card, ScanStats, SiteAdapter } from './types';

// The page embeds its data as JSON in Svelte hydration blocks; every field may be missing.
const HfAuthor = z.object({ name: z.optional(z.string()) });
const HfPaper = z.object({
  id: z.string(),
  title: z.optional(z.string()),
  summary: z.optional(z.string()),
  authors: z.optional(z.array(HfAuthor)),
  publishedAt: z.optional(z.string()),
  upvotes: z.optional(z.number()),
  githubRepo: z.optional(z.nullable(z.string())),
});
type HfPaper = z.infer<typeof HfPaper>;
const Props = z.record(z.string(), z.unknown());

const ORIGIN = 'https://huggingface.co';
// DailyPapers (the /papers lists, whose props hold `dailyPapers` or `searchResults`) and PaperContent
// (a paper page, `paper`); other Svelte blocks on the page (header, user menu) hold no papers.
const PAPER_BLOCKS = '[data-target="DailyPapers"][data-props], [data-target="PaperContent"][data-props]';

// The page keeps the server's JSON while the app navigates (the props are not updated), so the same text
// comes back on every scan: parse each text once. Entries are validated when a card first asks for them,
// so that a long page's scan can be spread over several tasks.
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
      const text = element.getAttribute('data-props') ?? '';
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
    const parsed = HfPaper.safeParse(candidate);
    if (parsed.success) return factsOf(parsed.data);
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
  const props = Props.safeParse(parseJson(text));
  if (!props.success) return byId;
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
  for (const value of Object.values(props.data)) {
    if (Array.isArray(value)) for (const entry of value) add(entry);
  }
  if ('paper' in props.data) add(props.data);
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

function draftFor(id: string, facts: PaperFacts | undefined, shown: { title: string; authors: string[] }, page: URL): PaperDraft | null {
  const links = arxivLinks(id);
  const title = facts?.title ?? clip(shown.title, 2000);
  if (!links || !title) return null;
  return {
    id,
    authors: shown.authors,
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

// List pages (/papers, /papers/date|week|month/…, /papers/trending, /papers?q=…): each card is an
// <article> whose title is `h3 a[href="/papers/<id>"]`. The visible cards are the truth: the JSON may
// describe another list (the daily one on a search page, the first day after client-side navigation),
// so it only enriches cards by id. The control goes after the <h3>, outside the link.
function* listCards(doc: Document, page: URL, data: EmbeddedPapers, stats: ScanStats): Generator<Card> {
  const seen = new Set<string>();
  const root = doc.querySelector('main') ?? doc.body;
  if (!root) return;
  for (const article of root.querySelectorAll('article')) {
    const heading = firstTag(article, 'h3', (h3) => paperLink(h3) !== null);
    const link = paperLink(heading);
    const id = link ? paperIdFromUrl(link.getAttribute('href') ?? '', ORIGIN) : null;
    // Avatars (li[title]) show the first few authors; the JSON, when it has the paper, has them all.
    const shown = { title: collapseWhitespace(link?.textContent), authors: namesFromTitles(article.getElementsByTagName('li')) };
    const paper = id ? draftFor(id, data.get(id), shown, page) : null;
    if (!paper || !heading) {
      stats.skipped++;
      continue;
    }
    if (seen.has(paper.id)) continue;
    seen.add(paper.id);
    yield { paper, anchor: heading, placement: 'after', container: [article] };
  }
}

/** The `/papers/<id>` link in a card's title heading. */
function paperLink(heading: Element | null): Element | null {
  return firstTag(heading, 'a', (a) => /^(https:\/\/huggingface\.co)?\/papers\//.test(a.getAttribute('href') ?? ''));
}

function namesFromTitles(elements: Iterable<Element>): string[] {
  const names: string[] = [];
  for (const element of elements) {
    if (!element.hasAttribute('title')) continue;
    const name = clip(collapseWhitespace(element.getAttribute('title')), 500);
    if (name) names.push(name);
  }
  return names.slice(0, 5000);
}

// A paper page (/papers/<id>): one card, titled by the page's <h1>, described by its PaperContent block.
function paperPageCard(doc: Document, page: URL, id: string, data: EmbeddedPapers, stats: ScanStats): Card[] {
  const heading = doc.querySelector('main h1') ?? doc.querySelector('h1');
  const paper = heading ? draftFor(id, data.get(id), { title: collapseWhitespace(heading.textContent), authors: [] }, page) : null;
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
  read(doc, url) {
    const single = singlePaperId(url);
    return { kind: single ? 'paper' : 'listing', cards: cardsOf(doc, url, single) };
  },
};
