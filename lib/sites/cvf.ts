import { paperIdFromUrl } from '../paper';
import { collapseWhitespace } from '../text';
import { firstLast } from './arxiv';
import { CardList, metaContent, metaContents, yearIn } from './cards';
import { clip, namesOf, readableText } from './dom';
import type { Card, PageRead, SiteAdapter } from './types';

/** The arXiv id of an `[arXiv]` link among these elements' links, or null. */
function arxivIn(elements: readonly Element[]): string | null {
  for (const element of elements) {
    for (const link of element.getElementsByTagName('a')) {
      const id = paperIdFromUrl(link.getAttribute('href') ?? '');
      if (id?.startsWith('arxiv:')) return id;
    }
  }
  return null;
}

/** `booktitle = {…}` and `year = {…}` of the entry's BibTeX (div.bibref), which names the proceedings. */
function bibtexField(element: Element | null | undefined, field: string): string {
  const text = element?.textContent ?? '';
  return collapseWhitespace(new RegExp(`\\b${field}\\s*=\\s*\\{([^{}]*)\\}`, 'i').exec(text)?.[1]);
}

// Listings (/CVPR2017 and, from 2018 on, /CVPR2024?day=YYYY-MM-DD or ?day=all): in #content's <dl>, each paper
// is a dt.ptitle (the title, linking …/html/<key>.html) and the two dd after it: the authors (one
// form.authsearch each) and the links ([pdf], [supp], [arXiv], the BibTeX in div.bibref). Landing pages that
// only link day pages have no dt.ptitle. The control goes at the end of the dt.
function* listingCards(doc: Document, page: URL, list: CardList): Generator<Card> {
  for (const dt of [...doc.querySelectorAll('dt.ptitle')]) {
    const link = [...dt.getElementsByTagName('a')].find((a) => /_paper\.html$/.test(a.getAttribute('href') ?? ''));
    const href = link ? new URL(link.getAttribute('href') ?? '', page).href : '';
    const dds: Element[] = [];
    for (let next = dt.nextElementSibling; next && next.localName === 'dd' && dds.length < 2; next = next.nextElementSibling)
      dds.push(next);
    const [people, extras] = dds;
    const pdf = [...(extras?.getElementsByTagName('a') ?? [])].find((a) => /_paper\.pdf$/.test(a.getAttribute('href') ?? ''));
    const bib = extras?.querySelector('.bibref');
    const id = href ? paperIdFromUrl(href) : null;
    const card = list.card(
      {
        ids: [id, arxivIn(extras ? [extras] : [])],
        title: readableText(link),
        authors: namesOf(people?.querySelectorAll('form.authsearch a, form a') ?? []),
        url: href,
        pdfUrl: pdf ? new URL(pdf.getAttribute('href') ?? '', page).href : undefined,
        venue: clip(bibtexField(bib, 'booktitle'), 500) || undefined,
        year: yearIn(bibtexField(bib, 'year')) ?? yearIn(id?.split('/')[0]),
      },
      dt,
      'append',
      [dt, ...dds],
    );
    if (card) yield card;
  }
}

// Paper pages (…/html/<key>.html): one card from the citation_* meta tags ("Last, First" authors), the
// #papertitle and #abstract, and the [arXiv] link when there is one. The control goes after the title.
function paperCard(doc: Document, url: URL, list: CardList): Card[] {
  const heading = doc.getElementById('papertitle');
  const content = doc.getElementById('content') ?? doc.body;
  const id = paperIdFromUrl(url);
  const pdf = metaContent(doc, 'citation_pdf_url');
  const bib = doc.querySelector('.bibref');
  const card = list.card(
    {
      ids: [id, arxivIn(content ? [content] : [])],
      title: metaContent(doc, 'citation_title') || readableText(heading),
      authors: metaContents(doc, 'citation_author').map((name) => clip(firstLast(name), 500)),
      url: `${url.origin}${url.pathname}`,
      pdfUrl: pdf.startsWith('https://') || pdf.startsWith('http://') ? pdf : undefined,
      abstract: readableText(doc.getElementById('abstract')) || undefined,
      venue: clip(bibtexField(bib, 'booktitle'), 500) || undefined,
      year: yearIn(bibtexField(bib, 'year')) ?? yearIn(metaContent(doc, 'citation_publication_date')) ?? yearIn(id?.split('/')[0]),
    },
    heading,
    'after',
  );
  return card ? [card] : [];
}

export const cvf: SiteAdapter = {
  name: 'cvf',
  // The conferences' listings and the paper pages under /content…; not the site's search or menus.
  matches: [
    'https://openaccess.thecvf.com/CVPR*',
    'https://openaccess.thecvf.com/ICCV*',
    'https://openaccess.thecvf.com/WACV*',
    'https://openaccess.thecvf.com/ACCV*',
    'https://openaccess.thecvf.com/content*',
  ],
  read(doc: Document, url: URL): PageRead {
    const list = new CardList('cvf', url);
    if (/\/html\/[^/]+_paper\.html$/.test(url.pathname)) {
      const cards = paperCard(doc, url, list);
      list.report('cvf');
      return { kind: 'paper', cards };
    }
    return {
      kind: 'listing',
      cards: (function* () {
        yield* listingCards(doc, url, list);
        list.report('cvf');
      })(),
    };
  },
};
