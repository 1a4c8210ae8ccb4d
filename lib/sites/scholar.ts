import { canonicalDoi, canonicalScholarId, paperIdFromUrl } from '../paper';
import { collapseWhitespace } from '../text';
import { CardList, yearIn } from './cards';
import { clip, firstByClass, readableText } from './dom';
import type { Card, PageRead, SiteAdapter } from './types';

const ORIGIN = 'https://scholar.google.com';

/** The cluster number in a Scholar link (`/scholar?cluster=…`, `cites=…`), or null. */
function clusterOfLink(href: string | null | undefined, param: 'cluster' | 'cites'): string | null {
  if (!href) return null;
  try {
    const value = new URL(href, ORIGIN).searchParams.get(param)?.split(',')[0] ?? '';
    return /^\d{1,20}$/.test(value) ? value : null;
  } catch {
    return null;
  }
}

const scholarId = (cluster: string | null | undefined) => (cluster ? canonicalScholarId(cluster) : null);

/**
 * The paper a result links: any URL form the id schemes know, else a publisher page that carries the DOI in
 * its path (`dl.acm.org/doi/abs/10.1145/…`, `link.springer.com/article/10.1007/…`), which Scholar links often.
 */
function idOfLink(href: string): string | null {
  const known = paperIdFromUrl(href, ORIGIN);
  if (known) return known;
  let path: string;
  try {
    path = decodeURIComponent(new URL(href, ORIGIN).pathname);
  } catch {
    return null;
  }
  const doi =
    /\/doi\/(?:abs\/|full\/|pdf\/|epdf\/)?(10\.\d{4,9}\/.+)$/.exec(path) ?? /^\/(?:article|chapter)\/(10\.\d{4,9}\/.+)$/.exec(path);
  return doi?.[1] ? canonicalDoi(doi[1]) : null;
}

/** `H Aldriye, A Alkhalaf, M Alkhalaf - International Journal of …, 2019 - host` → authors, venue, year. */
function byline(element: Element | null): { authors: string[]; venue?: string; year?: number } {
  const parts = collapseWhitespace((element?.textContent ?? '').replace(/\u00a0/g, ' ')).split(/\s+-\s+/);
  const authors = (parts[0] ?? '')
    .split(/\s*,\s*/)
    .map((name) => name.replace(/…$/, '').trim())
    .filter(Boolean)
    .map((name) => clip(name, 500));
  // The last part is the host (`dl.acm.org`); [CITATION] items have none.
  const second = parts[1] ?? '';
  const source = parts.length > 2 || !/^[\w.-]+\.[a-z]{2,}$/i.test(second) ? second : '';
  const year = yearIn(/(?:^|,\s*)(\d{4})$/.exec(source)?.[1]);
  const venue = source.replace(/,?\s*\d{4}$/, '').trim();
  return { authors: authors.slice(0, 5000), ...(venue ? { venue } : {}), ...(year ? { year } : {}) };
}

// Results (/scholar?q=…, cites=…, cluster=…): div.gs_r[data-cid] cards in #gs_res_ccl_mid; h3.gs_rt holds the
// title (a link to the publisher, or a span for [CITATION] items, after type labels in span.gs_ctc/gs_ctu),
// div.gs_a the byline, div.gs_ggs the full-text link. Ids come from the links (an arXiv or DOI URL) and
// the cluster. The control goes after the title.
function* resultCards(doc: Document, list: CardList): Generator<Card> {
  const root = doc.getElementById('gs_res_ccl_mid') ?? doc.body;
  for (const result of [...(root?.querySelectorAll('.gs_r[data-cid]') ?? [])]) {
    const cid = result.getAttribute('data-cid') ?? '';
    const heading = firstByClass(result, 'gs_rt');
    const title = heading ? ([...heading.children].find((child) => child.id === cid) ?? heading.querySelector('a[href]')) : null;
    const links = [title, ...result.querySelectorAll('.gs_ggs a[href]')].map((a) => a?.getAttribute('href') ?? '');
    const cluster = [...result.querySelectorAll('.gs_fl a[href*="cluster="]')]
      .map((a) => clusterOfLink(a.getAttribute('href'), 'cluster'))
      .find(Boolean);
    const shown = byline(firstByClass(result, 'gs_a'));
    const href = title?.localName === 'a' ? (title.getAttribute('href') ?? '') : '';
    const clusterId = scholarId(cluster ?? cid);
    const url = /^https?:\/\//.test(href) ? href : clusterId ? `${ORIGIN}/scholar?cluster=${clusterId.slice('scholar:'.length)}` : '';
    const card = list.card(
      {
        ids: [...links.map((link) => (link ? idOfLink(link) : null)), clusterId],
        title: readableText(title),
        authors: shown.authors,
        url,
        venue: shown.venue,
        year: shown.year,
      },
      heading,
      'after',
      [result],
    );
    if (card) yield card;
  }
}

// Profiles (/citations?user=…): table#gsc_a_t rows tr.gsc_a_tr; a.gsc_a_at is the title (linking the profile's
// own view of the paper), two div.gs_gray (authors; venue with its ", year"), a.gsc_a_ac the "cited by" link,
// whose cites= is the cluster. Rows without citations show no cluster and no other id: they get no control.
// "Show more" appends rows; the page watcher re-scans.
function* profileCards(doc: Document, list: CardList): Generator<Card> {
  for (const row of [...doc.querySelectorAll('tr.gsc_a_tr')]) {
    const title = firstByClass(row, 'gsc_a_at');
    const [people, source] = [...row.getElementsByClassName('gs_gray')];
    const cluster = clusterOfLink(firstByClass(row, 'gsc_a_ac')?.getAttribute('href'), 'cites');
    const venue = collapseWhitespace(
      [...(source?.childNodes ?? [])]
        .filter((node) => !(node.nodeType === 1 && (node as Element).classList.contains('gs_oph')))
        .map((node) => node.textContent)
        .join(''),
    );
    const card = list.card(
      {
        ids: [scholarId(cluster)],
        title: readableText(title),
        authors: (collapseWhitespace(people?.textContent).split(/\s*,\s*/) ?? [])
          .map((name) => name.replace(/\.\.\.$|…$/, '').trim())
          .filter(Boolean)
          .map((name) => clip(name, 500)),
        url: cluster ? `${ORIGIN}/scholar?cluster=${cluster}` : '',
        venue: venue || undefined,
        year: yearIn(firstByClass(row, 'gsc_a_y')?.textContent) ?? yearIn(source?.textContent),
      },
      title,
      'after',
      [row],
    );
    if (card) yield card;
  }
}

export const scholar: SiteAdapter = {
  name: 'scholar',
  matches: ['https://scholar.google.com/scholar*', 'https://scholar.google.com/citations*'],
  read(doc: Document, url: URL): PageRead {
    const list = new CardList('scholar', url);
    const cards = url.pathname === '/citations' ? profileCards(doc, list) : url.pathname === '/scholar' ? resultCards(doc, list) : null;
    return {
      kind: 'listing',
      cards: (function* () {
        if (cards) yield* cards;
        list.report('scholar');
      })(),
    };
  },
};
