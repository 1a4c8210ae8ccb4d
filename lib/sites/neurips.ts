import { paperIdFromUrl } from '../paper';
import { collapseWhitespace } from '../text';
import { firstLast } from './arxiv';
import { CardList, isoDate, metaContent, metaContents, yearIn } from './cards';
import { clip, readableText } from './dom';
import type { Card, PageRead, SiteAdapter } from './types';

const ORIGIN = 'https://papers.nips.cc';

function splitNames(text: string | null | undefined): string[] {
  return collapseWhitespace(text)
    .split(/\s*,\s*/)
    .filter(Boolean)
    .map((name) => clip(name, 500))
    .slice(0, 5000);
}

/** The proceedings' title on a book page: `Advances in Neural Information Processing Systems 36`. */
function bookTitle(doc: Document): string {
  return readableText(doc.querySelector('h1.book-title')) || readableText(doc.querySelector('.container-fluid h2, .col h2'));
}

// Book pages (/paper_files/paper/<year>): ul.paper-list > li (class and data-track = the track) holding
// a[title="paper title"][href=…/hash/<hash>-Abstract-<Track>.html] and span.paper-authors (a comma list).
// Cards are found by their abstract links. The control goes right after the title link.
function* bookCards(doc: Document, page: URL, list: CardList): Generator<Card> {
  const venue = clip(bookTitle(doc), 500) || undefined;
  for (const item of [...doc.querySelectorAll('ul.paper-list > li')]) {
    const link = [...item.getElementsByTagName('a')].find((a) => /\/hash\/[0-9a-f]{32}-Abstract/.test(a.getAttribute('href') ?? ''));
    const href = link ? new URL(link.getAttribute('href') ?? '', page.origin || ORIGIN).href : '';
    const id = href ? paperIdFromUrl(href) : null;
    const card = list.card(
      {
        ids: [id],
        title: readableText(link),
        authors: splitNames(item.querySelector('.paper-authors, i')?.textContent),
        url: href,
        pdfUrl: href
          ? href
              .replace('/hash/', '/file/')
              .replace(/-Abstract(-\w+)?\.html$/, (_m, track: string | undefined) => `-Paper${track ?? ''}.pdf`)
          : undefined,
        venue,
        year: id ? Number(id.slice('neurips:'.length, 'neurips:'.length + 4)) : undefined,
      },
      link,
      'after',
      [item],
    );
    if (card) yield card;
  }
}

// Abstract pages (…/hash/<hash>-Abstract-<Track>.html): one card from the citation_* meta tags ("Last, First"
// authors in the new theme) and the title heading (h1.paper-title; h4 in the old theme).
function paperCard(doc: Document, url: URL, list: CardList): Card[] {
  const heading = doc.querySelector('h1.paper-title') ?? doc.querySelector('.container-fluid h4, .col h4');
  const date = metaContent(doc, 'citation_publication_date');
  const pdf = metaContent(doc, 'citation_pdf_url');
  const id = paperIdFromUrl(url);
  const card = list.card(
    {
      ids: [id],
      title: metaContent(doc, 'citation_title') || readableText(heading),
      authors: metaContents(doc, 'citation_author').map((name) => clip(firstLast(name), 500)),
      url: `${url.origin}${url.pathname}`,
      pdfUrl: pdf.startsWith('https://') ? pdf : undefined,
      abstract: readableText(doc.querySelector('p.paper-abstract, .paper-abstract')) || undefined,
      venue: metaContent(doc, 'citation_conference_title') || metaContent(doc, 'citation_journal_title') || undefined,
      year: yearIn(date) ?? (id ? Number(id.slice('neurips:'.length, 'neurips:'.length + 4)) : undefined),
      publishedAt: isoDate(date),
    },
    heading,
    'after',
  );
  return card ? [card] : [];
}

export const neurips: SiteAdapter = {
  name: 'neurips',
  quietRegions: 'mjx-container, .MathJax, .MathJax_Preview, script[type^="math/"]',
  // papers.nips.cc and proceedings.neurips.cc serve the same proceedings; /paper/… is the pre-2022 path.
  matches: [
    'https://papers.nips.cc/paper_files/paper/*',
    'https://papers.nips.cc/paper/*',
    'https://proceedings.neurips.cc/paper_files/paper/*',
    'https://proceedings.neurips.cc/paper/*',
  ],
  read(doc: Document, url: URL): PageRead {
    const list = new CardList('neurips', url);
    if (/^\/(?:paper_files\/)?paper\/\d{4}\/?$/.test(url.pathname)) {
      return {
        kind: 'listing',
        cards: (function* () {
          yield* bookCards(doc, url, list);
          list.report('neurips');
        })(),
      };
    }
    if (!/\/hash\/[0-9a-f]{32}-Abstract(-\w+)?\.html$/.test(url.pathname)) return { kind: 'listing', cards: [] };
    const cards = paperCard(doc, url, list);
    list.report('neurips');
    return { kind: 'paper', cards };
  },
};
