import { paperIdFromUrl } from '../paper';
import { collapseWhitespace } from '../text';
import { firstLast } from './arxiv';
import { CardList, isoDate, metaContent, metaContents, yearIn } from './cards';
import { clip, firstByClass, readableText } from './dom';
import type { Card, PageRead, SiteAdapter } from './types';

const ORIGIN = 'https://proceedings.mlr.press';

/** `Elias Abad Rocamora,&nbsp;Yongtao Wu` → the names (the volume page joins them with a no-break space). */
function splitNames(text: string | null | undefined): string[] {
  return collapseWhitespace((text ?? '').replace(/\u00a0/g, ' '))
    .split(/\s*,\s*/)
    .filter(Boolean)
    .map((name) => clip(name, 500))
    .slice(0, 5000);
}

/** The OpenReview forum some volumes link (ICML from 2024 on): the same paper under another id. */
function openReviewId(root: Element | null | undefined): string | null {
  for (const link of root?.getElementsByTagName('a') ?? []) {
    const href = link.getAttribute('href') ?? '';
    if (!href.startsWith('https://openreview.net/')) continue;
    const id = paperIdFromUrl(href);
    if (id?.startsWith('openreview:')) return id;
  }
  return null;
}

// Volume pages (/v<vol>/): one div.paper per paper: p.title, p.details > span.authors + span.info (the
// proceedings' title in <i>), p.links with [abs] (the paper page, whose name is the key), Download PDF and, in
// some volumes, OpenReview. The control goes at the end of the title.
function* volumeCards(doc: Document, list: CardList): Generator<Card> {
  const year = yearIn(doc.querySelector('main h2, .page-content h2, h2')?.textContent);
  for (const paper of [...doc.getElementsByClassName('paper')]) {
    const title = firstByClass(paper, 'title');
    const links = firstByClass(paper, 'links');
    const abs = [...(links?.getElementsByTagName('a') ?? [])].find((a) =>
      paperIdFromUrl(a.getAttribute('href') ?? '', ORIGIN)?.startsWith('pmlr:'),
    );
    const absUrl = abs ? new URL(abs.getAttribute('href') ?? '', ORIGIN).href : '';
    const pdf = [...(links?.getElementsByTagName('a') ?? [])]
      .find((a) => /\.pdf$/i.test(a.getAttribute('href') ?? ''))
      ?.getAttribute('href');
    const info = firstByClass(paper, 'info');
    const card = list.card(
      {
        ids: [abs ? paperIdFromUrl(absUrl) : null, openReviewId(links)],
        title: readableText(title),
        authors: splitNames(firstByClass(paper, 'authors')?.textContent),
        url: absUrl,
        pdfUrl: pdf?.startsWith('https://') ? pdf : undefined,
        venue: readableText(info?.querySelector('i')) || undefined,
        year: year ?? yearIn(info?.textContent),
      },
      title,
      'append',
      [paper],
    );
    if (card) yield card;
  }
}

// A paper page (/v<vol>/<key>.html): one card from its citation_* meta tags ("Last, First" authors), the
// h1 title and the #abstract; the control goes after the h1.
function paperCard(doc: Document, url: URL, list: CardList): Card[] {
  const heading = doc.querySelector('article h1, .post-content h1, h1');
  const date = metaContent(doc, 'citation_publication_date');
  const pdf = metaContent(doc, 'citation_pdf_url');
  const card = list.card(
    {
      ids: [paperIdFromUrl(url), openReviewId(doc.getElementById('extras') ?? doc.body)],
      title: metaContent(doc, 'citation_title') || readableText(heading),
      authors: metaContents(doc, 'citation_author').map((name) => clip(firstLast(name), 500)),
      url: `${url.origin}${url.pathname}`,
      pdfUrl: pdf.startsWith('https://') ? pdf : undefined,
      abstract: readableText(doc.getElementById('abstract')) || undefined,
      venue: metaContent(doc, 'citation_conference_title') || metaContent(doc, 'citation_journal_title') || undefined,
      year: yearIn(date),
      publishedAt: isoDate(date),
    },
    heading,
    'after',
  );
  return card ? [card] : [];
}

export const pmlr: SiteAdapter = {
  name: 'pmlr',
  // MathJax typesets titles and abstracts after load.
  quietRegions: 'mjx-container, .MathJax, .MathJax_Preview, script[type^="math/"]',
  matches: ['https://proceedings.mlr.press/v*'],
  read(doc: Document, url: URL): PageRead {
    const list = new CardList('pmlr', url);
    if (/^\/v\d+\/?$/.test(url.pathname)) {
      return {
        kind: 'listing',
        cards: (function* () {
          yield* volumeCards(doc, list);
          list.report('pmlr');
        })(),
      };
    }
    if (!/^\/v\d+\/[\w-]+\.html$/.test(url.pathname)) return { kind: 'listing', cards: [] };
    const cards = paperCard(doc, url, list);
    list.report('pmlr');
    return { kind: 'paper', cards };
  },
};
