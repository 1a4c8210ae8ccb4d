import { canonicalArxivId, canonicalDoi, paperIdFromUrl } from '../paper';
import { collapseWhitespace } from '../text';
import { CardList, isoDate, metaContent, metaContents, type Shown, yearIn } from './cards';
import { childElements, clip, firstByClass, namesOf, readableText } from './dom';
import type { Card, PageRead, SiteAdapter } from './types';

const ORIGIN = 'https://openreview.net';

/** The forum id a link points at (`/forum?id=…`, not a reply's `&noteId=…`), as a canonical id. */
function forumIdOf(link: Element | null | undefined): string | null {
  const href = link?.getAttribute('href');
  if (!href?.includes('forum?')) return null;
  try {
    const url = new URL(href, ORIGIN);
    if (url.pathname !== '/forum' || url.searchParams.has('noteId')) return null;
  } catch {
    return null;
  }
  const id = paperIdFromUrl(href, ORIGIN);
  return id?.startsWith('openreview:') ? id : null;
}

/** What the note's own content fields say: its abstract, and an arXiv id or DOI where a field shows one. */
function contentFields(note: Element | null): { ids: (string | null)[]; abstract?: string } {
  const found: { ids: (string | null)[]; abstract?: string } = { ids: [] };
  const content = firstByClass(note, 'note-content');
  if (!content) return found;
  for (const label of content.getElementsByClassName('note-content-field')) {
    const name = collapseWhitespace(label.textContent).replace(/:$/, '').toLowerCase();
    const value = label.parentElement ? firstByClass(label.parentElement, 'note-content-value') : null;
    if (!value) continue;
    if (name === 'abstract') {
      const abstract = readableText(value);
      if (abstract) found.abstract = abstract;
      continue;
    }
    // Only fields named for the id (an "arXiv" or "DOI" field): a link in the abstract may be another paper.
    if (!/\barxiv\b|\bdoi\b/.test(name)) continue;
    const links = [...value.getElementsByTagName('a')].map((a) => paperIdFromUrl(a.getAttribute('href') ?? '', ORIGIN));
    const text = collapseWhitespace(value.textContent);
    const fromText = /\barxiv\b/.test(name)
      ? canonicalArxivId(text.replace(/^https?:\/\/arxiv\.org\/(abs|pdf)\//, ''))
      : canonicalDoi(text);
    found.ids.push(...links.filter((id) => id?.startsWith('arxiv:') || id?.startsWith('doi:')), fromText);
  }
  return found;
}

// Listing pages: /submissions?venue=… (server-rendered) and venue group pages /group?id=… (their tabs render
// the same card component client-side, and replace it on a tab or page switch; the page watcher re-scans).
// Each card is div.note with `h4 > a[href="/forum?id=<forum id>"]`; the control goes right after the h4.
function* listingCards(doc: Document, list: CardList): Generator<Card> {
  for (const note of [...doc.getElementsByClassName('note')]) {
    const heading = [...childElements(note)].find((child) => child.localName === 'h4');
    const link = heading ? [...heading.getElementsByTagName('a')].find((a) => forumIdOf(a) !== null) : undefined;
    if (!heading || !link) continue;
    const id = forumIdOf(link);
    const shown = readNote(note, link, id);
    const item = note.parentElement?.localName === 'li' ? note.parentElement : note;
    const card = list.card(shown, heading, 'after', [item]);
    if (card) yield card;
  }
}

function readNote(note: Element, link: Element, id: string | null): Shown {
  const forum = id?.slice('openreview:'.length) ?? '';
  const authorsBox = firstByClass(note, 'note-authors');
  const linked = namesOf(authorsBox?.getElementsByTagName('a') ?? []);
  // Anonymous venues show plain names or "Anonymous"; no name at all is better than a made-up one.
  const authors =
    linked.length > 0
      ? linked
      : collapseWhitespace(authorsBox?.textContent)
          .split(/\s*,\s*/)
          .filter((name) => name && !/^anonymous\b/i.test(name))
          .map((name) => clip(name, 500));
  let venue = '';
  let date = '';
  for (const item of firstByClass(note, 'note-meta-info')?.getElementsByTagName('li') ?? []) {
    const text = collapseWhitespace(item.textContent);
    if (item.classList.contains('readers') || /^\d+\s+repl/i.test(text)) continue;
    if (/^(published:|\d{1,2} \w+ \d{4})/i.test(text)) date ||= text;
    else venue ||= text;
  }
  const fields = contentFields(note);
  return {
    ids: [id, ...fields.ids],
    title: readableText(link),
    authors,
    url: `${ORIGIN}/forum?id=${encodeURIComponent(forum)}`,
    pdfUrl: `${ORIGIN}/pdf?id=${encodeURIComponent(forum)}`,
    abstract: fields.abstract,
    venue: clip(venue, 500) || undefined,
    year: yearIn(venue) ?? yearIn(date),
  };
}

// A forum page (/forum?id=…): one card, read from its citation_* meta tags (server-rendered metadata); the
// note's content fields add an arXiv id where one is shown. OpenReview's arXiv-discussion page
// (/forum?arxivid=…) is known by the arXiv id in its URL. The control goes after the title heading.
function forumCard(doc: Document, url: URL, list: CardList): Card[] {
  const forum = url.searchParams.get('id') ?? '';
  const forumId = forum ? paperIdFromUrl(`${ORIGIN}/forum?id=${encodeURIComponent(forum)}`) : null;
  const heading = doc.querySelector('.forum-title h2, h2.citation_title, h2.note_content_title');
  const note = heading?.closest('.forum-container, .forum-note, #forum-container') ?? doc.querySelector('.forum-note');
  const fields = contentFields(note ?? null);
  const date = metaContent(doc, 'citation_publication_date') || metaContent(doc, 'citation_online_date');
  const venue = metaContent(doc, 'citation_conference_title') || metaContent(doc, 'citation_journal_title');
  const pdf = metaContent(doc, 'citation_pdf_url');
  const shown: Shown = {
    ids: [forumId, canonicalArxivId(url.searchParams.get('arxivid') ?? ''), canonicalDoi(metaContent(doc, 'citation_doi')), ...fields.ids],
    title: metaContent(doc, 'citation_title') || readableText(heading),
    authors: metaContents(doc, 'citation_author'),
    url: forum ? `${ORIGIN}/forum?id=${encodeURIComponent(forum)}` : url.href,
    pdfUrl: pdf.startsWith(`${ORIGIN}/`) ? pdf : undefined,
    abstract: metaContent(doc, 'citation_abstract') || fields.abstract,
    venue: venue || undefined,
    year: yearIn(date),
    publishedAt: isoDate(date),
  };
  const card = list.card(shown, heading, 'after');
  return card ? [card] : [];
}

export const openreview: SiteAdapter = {
  name: 'openreview',
  // Titles and abstracts are typeset by MathJax 3 after they render.
  quietRegions: 'mjx-container, .MathJax, script[type^="math/"]',
  matches: ['https://openreview.net/group*', 'https://openreview.net/submissions*', 'https://openreview.net/forum*'],
  read(doc: Document, url: URL): PageRead {
    const list = new CardList('openreview', url);
    if (url.pathname === '/forum') {
      const cards = forumCard(doc, url, list);
      list.report('openreview');
      return { kind: 'paper', cards };
    }
    return {
      kind: 'listing',
      cards: (function* () {
        yield* listingCards(doc, list);
        list.report('openreview');
      })(),
    };
  },
};
