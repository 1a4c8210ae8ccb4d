import { canonicalAclId, canonicalDoi } from '../paper';
import { collapseWhitespace } from '../text';
import { CardList, isoDate, metaContent, metaContents, yearIn } from './cards';
import { clip, firstByClass, namesOf, readableText } from './dom';
import type { Card, PageRead, SiteAdapter } from './types';

const ORIGIN = 'https://aclanthology.org';
// Anthology ids as the site links them: `/2024.acl-long.1/` (2020 on) and `/P19-1001/` (before).
const PAPER_PATH = /^(?:https:\/\/aclanthology\.org)?\/(\d{4}\.[a-z0-9-]+\.\d+|[A-Z]\d{2}-\d{4})\/$/;

/** The year an Anthology id is from: `2024.acl-long.1` → 2024, `P19-1001` → 2019, `J79-1001` → 1979. */
function yearOfId(id: string): number | undefined {
  const modern = /^(\d{4})\./.exec(id);
  if (modern) return Number(modern[1]);
  const old = /^[A-Z](\d{2})-/.exec(id);
  if (!old) return undefined;
  const yy = Number(old[1]);
  return yy >= 50 ? 1900 + yy : 2000 + yy;
}

/** Front matter (`2024.acl-long.0`, `P19-1000`) is the volume's preface and index, not a paper. */
function isFrontMatter(id: string): boolean {
  return /\.0$/.test(id) || /^[A-Z]\d{2}-\d000$/.test(id);
}

// Event (/events/<event>/) and volume (/volumes/<id>/) pages: one entry per paper, `.d-sm-flex` (a div in the
// Bootstrap 5 generation, a p before) holding the badge column and `span.d-block > strong > a.align-middle`
// (the title, linking /<id>/) followed by the author links. Found by the title link's href; the abstract is a
// collapsed sibling `#abstract-<id with . as -->`. The control goes after the <strong> title.
function* listingCards(doc: Document, list: CardList): Generator<Card> {
  const volumeTitle = readableText(doc.getElementById('title'));
  for (const strong of [...doc.getElementsByTagName('strong')]) {
    const link = [...strong.children].find((child) => child.localName === 'a' && PAPER_PATH.test(child.getAttribute('href') ?? ''));
    const id = PAPER_PATH.exec(link?.getAttribute('href') ?? '')?.[1];
    if (!link || !id || isFrontMatter(id)) continue;
    const entry = strong.closest('.d-sm-flex') ?? strong.parentElement;
    const byline = strong.parentElement;
    const authors = namesOf([...(byline?.getElementsByTagName('a') ?? [])].filter((a) => a.getAttribute('href')?.includes('/people/')));
    const abstractBox = doc.getElementById(`abstract-${id.replace(/\./g, '--')}`);
    const container = entry ? [entry] : [];
    if (abstractBox && entry && abstractBox.previousElementSibling === entry) container.push(abstractBox);
    const card = list.card(
      {
        ids: [canonicalAclId(id)],
        title: readableText(link),
        authors,
        url: `${ORIGIN}/${id}/`,
        pdfUrl: `${ORIGIN}/${id}.pdf`,
        abstract: readableText(abstractBox) || undefined,
        venue: clip(sectionTitle(strong) || volumeTitle, 500) || undefined,
        year: yearOfId(id),
      },
      strong,
      'after',
      container,
    );
    if (card) yield card;
  }
}

/** On an event page, the title of the volume section the entry is in (`<div id=2024acl-long><h4><a …>`). */
function sectionTitle(element: Element): string {
  for (let section = element.parentElement; section; section = section.parentElement) {
    const heading = [...section.children].find((child) => child.localName === 'h4');
    const volume = [...(heading?.getElementsByTagName('a') ?? [])].find((a) => /\/volumes\/[^/]+\/$/.test(a.getAttribute('href') ?? ''));
    if (volume) return readableText(volume);
  }
  return '';
}

// A paper page (/<id>/): one card from its citation_* meta tags (the DOI only where the volume has one), the
// visible author links (the meta names may differ from what the page shows), and `h2#title`.
function paperCard(doc: Document, url: URL, list: CardList): Card[] {
  const pathId = PAPER_PATH.exec(url.pathname)?.[1] ?? '';
  const heading = doc.querySelector('h2#title');
  const shownId = [...doc.querySelectorAll('dl dt')].find((dt) => collapseWhitespace(dt.textContent) === 'Anthology ID:');
  const id = collapseWhitespace(shownId?.nextElementSibling?.textContent) || pathId;
  const date = metaContent(doc, 'citation_publication_date');
  const pdf = metaContent(doc, 'citation_pdf_url');
  const visible = namesOf([...(doc.querySelector('p.lead')?.getElementsByTagName('a') ?? [])]);
  const card = list.card(
    {
      ids: [canonicalAclId(id), canonicalDoi(metaContent(doc, 'citation_doi'))],
      title: metaContent(doc, 'citation_title') || readableText(heading),
      authors: visible.length > 0 ? visible : metaContents(doc, 'citation_author'),
      url: `${ORIGIN}/${id}/`,
      pdfUrl: pdf.startsWith(`${ORIGIN}/`) ? pdf : undefined,
      abstract: readableText(firstByClass(doc.body, 'acl-abstract')?.querySelector('span')) || undefined,
      venue: metaContent(doc, 'citation_conference_title') || metaContent(doc, 'citation_journal_title') || undefined,
      year: yearIn(date) ?? yearOfId(id),
      publishedAt: isoDate(date),
    },
    heading,
    'after',
  );
  return card ? [card] : [];
}

export const acl: SiteAdapter = {
  name: 'acl',
  matches: ['https://aclanthology.org/*'],
  read(doc: Document, url: URL): PageRead {
    const list = new CardList('acl', url);
    if (PAPER_PATH.test(url.pathname)) {
      const cards = paperCard(doc, url, list);
      list.report('acl');
      return { kind: 'paper', cards };
    }
    if (!/^\/(events|volumes)\//.test(url.pathname)) return { kind: 'listing', cards: [] };
    return {
      kind: 'listing',
      cards: (function* () {
        yield* listingCards(doc, list);
        list.report('acl');
      })(),
    };
  },
};
