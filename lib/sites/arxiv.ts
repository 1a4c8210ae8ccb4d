import { arxivLinks, canonicalArxivId, type PaperDraft, type PaperSource, paperIdFromUrl } from '../paper';
import { collapseWhitespace } from '../text';
import { childElements, clip, firstByClass, firstTag, namesOf, readableText } from './dom';
import type { Card, ScanStats, SiteAdapter } from './types';

const ORIGIN = 'https://arxiv.org';

/** What a page shows about one paper, before it becomes a draft. */
interface Shown {
  id: string | null;
  title: string;
  authors: string[];
  abstract?: string;
  primaryClass?: string;
  publishedAt?: string;
  pdfUrl?: string;
  doi?: string;
}

function draftOf(shown: Shown & { id: string }, source: PaperSource): PaperDraft | null {
  const links = arxivLinks(shown.id);
  if (!links || !shown.title) return null;
  const draft: PaperDraft = {
    id: shown.id,
    title: clip(shown.title, 2000),
    authors: shown.authors,
    url: links.abs,
    pdfUrl: clip(shown.pdfUrl || links.pdf, 2000),
    source,
  };
  if (shown.abstract) draft.abstract = clip(shown.abstract, 50_000);
  if (shown.primaryClass) draft.primaryClass = shown.primaryClass;
  if (shown.publishedAt) draft.publishedAt = shown.publishedAt;
  if (shown.doi) draft.doi = clip(shown.doi, 500);
  return draft;
}

/** Makes cards, skipping (and counting) what cannot be read and papers already on the page. */
class CardList {
  private readonly seen = new Set<string>();
  constructor(
    private readonly source: PaperSource,
    private readonly stats: ScanStats,
  ) {}

  add(shown: Shown, anchor: Element | null, placement: Card['placement'], container: readonly Element[]): Card[] {
    const id = shown.id;
    const paper = id && anchor ? draftOf({ ...shown, id }, this.source) : null;
    if (!paper || !anchor) {
      this.stats.skipped++;
      return [];
    }
    if (this.seen.has(paper.id)) return [];
    this.seen.add(paper.id);
    return [{ paper, anchor, placement, container }];
  }
}

/** `Information Theory (cs.IT)` → `cs.IT`. */
function categoryIn(text: string | null | undefined): string | undefined {
  const match = /\(([A-Za-z-]+(?:\.[A-Za-z-]+)?)\)\s*$/.exec(collapseWhitespace(text));
  return match?.[1];
}

// Listing links are relative (`/abs/<id>`): read them without building a URL, as a listing has thousands.
const RELATIVE_ABS = /^\/abs\/([^?#%]+?)\/?$/;

function idFromLink(link: Element | null | undefined): string | null {
  const href = link?.getAttribute('href');
  if (!href) return null;
  const relative = RELATIVE_ABS.exec(href)?.[1];
  return relative ? canonicalArxivId(relative) : paperIdFromUrl(href, ORIGIN);
}

// Listings (/list/…/new|recent|pastweek|<yymm>) and catch-up pages: each paper is a <dt> (id, links)
// followed by its <dd> (title, authors, subjects, abstract on /new), inside one or more <dl> sections.
// Pre-2024 pages wrap the id link in span.list-identifier and label authors with "Authors:"; the same
// reads work for both. The control goes at the end of the <dt>: the <dd>'s title and abstract are
// .mathjax nodes that MathJax rewrites after load, which would throw our control away.
function* listingCards(doc: Document, list: CardList, stats: ScanStats): Generator<Card> {
  const root = doc.getElementById('dlpage');
  if (!root) return;
  for (const section of root.querySelectorAll('dl')) {
    let dt: Element | null = null;
    for (const child of childElements(section)) {
      if (child.localName === 'dt') {
        if (dt) stats.skipped++;
        dt = child;
      } else if (child.localName === 'dd') {
        if (dt) yield* list.add(readListing(dt, child), dt, 'append', [dt, child]);
        else stats.skipped++;
        dt = null;
      }
    }
    if (dt) stats.skipped++;
  }
}

function readListing(dt: Element, dd: Element): Shown {
  const link =
    firstTag(dt, 'a', (a) => a.getAttribute('title') === 'Abstract') ??
    firstTag(dt, 'a', (a) => a.getAttribute('href')?.includes('/abs/') === true);
  const shown: Shown = {
    id: idFromLink(link),
    title: readableText(firstByClass(dd, 'list-title')),
    authors: namesOf(firstByClass(dd, 'list-authors')?.getElementsByTagName('a') ?? []),
  };
  const abstract = readableText(firstTag(dd, 'p', (p) => p.classList.contains('mathjax')));
  if (abstract) shown.abstract = abstract;
  const primaryClass = categoryIn(firstByClass(dd, 'primary-subject')?.textContent);
  if (primaryClass) shown.primaryClass = primaryClass;
  return shown;
}

// Search results (/search/?query=…, /search/advanced?…): one li.arxiv-result per paper. The id line
// (p.list-title) is plain text, so the control goes there; the title and abstract are .mathjax nodes.
function* searchCards(doc: Document, list: CardList): Generator<Card> {
  for (const result of doc.querySelectorAll('li.arxiv-result')) {
    const head = firstByClass(result, 'list-title');
    const shown: Shown = {
      id: idFromLink(firstTag(head, 'a', (a) => a.getAttribute('href')?.includes('/abs/') === true)),
      title: readableText(firstTag(result, 'p', (p) => p.classList.contains('title'))),
      authors: namesOf(firstByClass(result, 'authors')?.getElementsByTagName('a') ?? []),
    };
    // The full abstract ends with a "△ Less" link that only toggles the view.
    const abstract = readableText(firstByClass(result, 'abstract-full'), ['a']);
    if (abstract) shown.abstract = abstract;
    // Category tags carry their full name as a tooltip (DOI tags do not); the primary one comes first.
    const primaryClass = collapseWhitespace(result.querySelector('.tag[data-tooltip]')?.textContent);
    if (/^[A-Za-z-]+(\.[A-Za-z-]+)?$/.test(primaryClass)) shown.primaryClass = primaryClass;
    const doi = result.querySelector('a[href^="https://doi.org/"]')?.getAttribute('href');
    if (doi) shown.doi = decodeURIComponentSafe(doi.slice('https://doi.org/'.length));
    yield* list.add(shown, head, 'append', [result]);
  }
}

// Abstract pages (/abs/<id>[vN]): one card, read from the citation_* meta tags (Google Scholar's), which
// hold the plain title, "Last, First" authors and the version-less id. The control goes after the title.
function abstractCard(doc: Document, url: URL, list: CardList): Card[] {
  const meta = (name: string) => collapseWhitespace(doc.querySelector(`meta[name="${name}"]`)?.getAttribute('content'));
  const heading = doc.querySelector('h1.title');
  const metaAuthors = [...doc.querySelectorAll('meta[name="citation_author"]')]
    .map((tag) => clip(firstLast(collapseWhitespace(tag.getAttribute('content'))), 500))
    .filter(Boolean);
  const shown: Shown = {
    id: canonicalArxivId(meta('citation_arxiv_id')) ?? paperIdFromUrl(url),
    title: meta('citation_title') || readableText(heading),
    authors: metaAuthors.length > 0 ? metaAuthors.slice(0, 5000) : namesOf(doc.querySelectorAll('.authors a')),
  };
  const abstract = meta('citation_abstract') || readableText(doc.querySelector('blockquote.abstract'));
  if (abstract) shown.abstract = abstract;
  const date = /^(\d{4})\/(\d{2})\/(\d{2})$/.exec(meta('citation_date'));
  if (date) shown.publishedAt = `${date[1]}-${date[2]}-${date[3]}`;
  const pdfUrl = meta('citation_pdf_url');
  if (pdfUrl.startsWith('https://')) shown.pdfUrl = pdfUrl;
  const doi = meta('citation_doi');
  if (doi) shown.doi = doi;
  const primaryClass = categoryIn(doc.querySelector('.subjects .primary-subject')?.textContent);
  if (primaryClass) shown.primaryClass = primaryClass;
  // The page is the card: the heading stands for it (the page filters never hide a paper page's card).
  return list.add(shown, heading, 'after', heading ? [heading] : []);
}

/** `Geng, Yi` → `Yi Geng`; `Smith, John, Jr` → `John Smith Jr`; a name without a comma stays as it is. */
export function firstLast(name: string): string {
  const [last, first, ...rest] = name.split(/\s*,\s*/);
  if (!first) return collapseWhitespace(name);
  return collapseWhitespace([first, last, ...rest].join(' '));
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

type ArxivPage = 'listing' | 'search' | 'abstract';

function pageOf(url: URL): ArxivPage | null {
  if (/^\/(list|catchup)\//.test(url.pathname) || url.pathname === '/catchup') return 'listing';
  if (/^\/search(\/|$)/.test(url.pathname)) return 'search';
  if (url.pathname.startsWith('/abs/')) return 'abstract';
  return null;
}

/** Where the papers were seen: `cs.IT/new` for listings, the path and query otherwise. */
function sourceOf(url: URL): PaperSource {
  const path = decodeURIComponentSafe(url.pathname).replace(/^\/(list\/)?/, '');
  const page = url.pathname.startsWith('/list/') ? path.replace(/\/$/, '') : `${path}${url.search}`;
  return { site: 'arxiv', page: clip(page, 2000), url: clip(url.href, 2000) };
}

function* cardsOf(doc: Document, url: URL, page: ArxivPage | null): Generator<Card> {
  const stats: ScanStats = { skipped: 0 };
  const list = new CardList(sourceOf(url), stats);
  if (page === 'listing') yield* listingCards(doc, list, stats);
  else if (page === 'search') yield* searchCards(doc, list);
  else if (page === 'abstract') yield* abstractCard(doc, url, list);
  if (stats.skipped > 0) console.debug(`[paper-shelf] arxiv: skipped ${stats.skipped} unreadable card(s)`);
}

export const arxiv: SiteAdapter = {
  name: 'arxiv',
  // MathJax typesets titles and abstracts after load, rewriting thousands of nodes on a long listing.
  quietRegions: '.mathjax, mjx-container, .MathJax, .MathJax_Preview, .MathJax_Display, script[type^="math/"]',
  // Only the pages that show papers: listings, catch-up, search results and abstract pages.
  matches: ['https://arxiv.org/list/*', 'https://arxiv.org/catchup*', 'https://arxiv.org/search*', 'https://arxiv.org/abs/*'],
  read(doc, url) {
    const page = pageOf(url);
    return { kind: page === 'abstract' ? 'paper' : 'listing', cards: cardsOf(doc, url, page) };
  },
};
