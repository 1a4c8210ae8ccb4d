import { canonicalDoi, paperIdFromUrl } from '../paper';
import { collapseWhitespace } from '../text';
import { CardList, isoDate, yearIn } from './cards';
import { clip, firstByClass, namesOf, readableText } from './dom';
import type { Card, PageRead, SiteAdapter } from './types';

const ORIGIN = 'https://www.semanticscholar.org';

/** The elements under `root` whose `data-test-id` is `name`. */
function byTestId(root: Element | Document, name: string): Element[] {
  return [...root.querySelectorAll(`[data-test-id="${name}"]`)];
}

/** The ids the links under `root` name (arXiv PDF links, doi.org, the paper's own `/paper/…/<40 hex>`). */
function linkIds(root: Element): (string | null)[] {
  return [...root.getElementsByTagName('a')].map((a) => paperIdFromUrl(a.getAttribute('href') ?? '', ORIGIN));
}

/** The DOI a `.doi__link` shows (its text, else its href). */
function shownDoi(root: Element | Document): string | null {
  const link = root.querySelector('.doi__link');
  return link ? (canonicalDoi(collapseWhitespace(link.textContent)) ?? canonicalDoi(link.getAttribute('href') ?? '')) : null;
}

// Result rows (search, author pages, a paper page's citation and reference lists) are one component:
// div.cl-paper-row > a[data-test-id=title-link] (href /paper/<slug>/<paper id>) > h2.cl-paper-title, then
// .cl-paper-authors (a.cl-paper-authors__author-link), .cl-paper-venue, .cl-paper-pubdates and the controls row
// whose links include the PDF's source (arxiv.org when it is an arXiv paper). The control goes after the title link.
function* rowCards(doc: Document, list: CardList): Generator<Card> {
  for (const row of [...doc.getElementsByClassName('cl-paper-row')]) {
    const titleLink =
      byTestId(row, 'title-link')[0] ??
      [...row.getElementsByTagName('a')].find((a) => paperIdFromUrl(a.getAttribute('href') ?? '', ORIGIN)?.startsWith('s2:'));
    const href = titleLink?.getAttribute('href') ?? '';
    const authors = namesOf(row.getElementsByClassName('cl-paper-authors__author-link'));
    const card = list.card(
      {
        ids: [...linkIds(row), shownDoi(row)],
        title: readableText(titleLink),
        authors,
        url: href ? new URL(href, ORIGIN).href : '',
        venue: collapseWhitespace(firstByClass(row, 'cl-paper-venue')?.textContent) || undefined,
        year: yearIn(firstByClass(row, 'cl-paper-pubdates')?.textContent),
      },
      titleLink,
      'after',
      [row],
    );
    if (card) yield card;
  }
}

interface Article {
  name?: unknown;
  description?: unknown;
  author?: unknown;
  datePublished?: unknown;
  publication?: unknown;
}

/** The ScholarlyArticle of the page's schema data (`script.schema-data`: `@graph[1][0]`), or {}. */
function schemaArticle(doc: Document): Article {
  const script = doc.querySelector('script.schema-data');
  try {
    const graph = (JSON.parse(script?.textContent ?? '') as { '@graph'?: unknown })['@graph'];
    const article = Array.isArray(graph) && Array.isArray(graph[1]) ? graph[1][0] : undefined;
    return typeof article === 'object' && article !== null ? (article as Article) : {};
  } catch {
    return {};
  }
}

const textOf = (value: unknown): string => (typeof value === 'string' ? clip(collapseWhitespace(value), 50_000) : '');

// A paper page (/paper/<slug>/<paper id>): the header (h1[data-test-id=paper-detail-title], the author list, the
// year, li[data-test-id=paper-doi] > .doi__link, the source links such as "arXiv") and the schema data; the
// paper id from the URL. The control goes after the h1. The citation and reference lists below are result rows.
function paperCard(doc: Document, url: URL, list: CardList): Card | null {
  const heading = byTestId(doc, 'paper-detail-title')[0] ?? doc.querySelector('h1');
  const header = heading?.closest('.fresh-paper-detail-page__header') ?? heading?.parentElement;
  const article = schemaArticle(doc);
  const names = Array.isArray(article.author)
    ? article.author.map((author) => textOf((author as { name?: unknown } | null)?.name)).filter(Boolean)
    : [];
  const date = textOf(article.datePublished);
  const sources = header ? byTestId(header, 'paper-link').concat(byTestId(header, 'paper-doi')) : [];
  return list.card(
    {
      ids: [...sources.flatMap(linkIds), header ? shownDoi(header) : null, paperIdFromUrl(url)],
      title: textOf(article.name) || readableText(heading),
      authors:
        names.length > 0
          ? names.slice(0, 5000).map((name) => clip(name, 500))
          : namesOf(header?.querySelectorAll('[data-heap-id="author_name"]') ?? []),
      url: `${url.origin}${url.pathname}`,
      abstract: textOf(article.description) || undefined,
      venue: textOf(article.publication) || undefined,
      year: yearIn(date) ?? yearIn(header ? byTestId(header, 'paper-year')[0]?.textContent : ''),
      publishedAt: isoDate(date),
    },
    heading,
    'after',
    header ? [header] : undefined,
  );
}

export const semanticscholar: SiteAdapter = {
  name: 'semanticscholar',
  // The pages render client-side and re-render often: the page watcher re-scans; rows are keyed on their paper id.
  matches: [
    'https://www.semanticscholar.org/search*',
    'https://www.semanticscholar.org/author/*',
    'https://www.semanticscholar.org/paper/*',
  ],
  read(doc: Document, url: URL): PageRead {
    const list = new CardList('semanticscholar', url);
    const single = paperIdFromUrl(url)?.startsWith('s2:') ?? false;
    return {
      kind: single ? 'paper' : 'listing',
      cards: (function* () {
        if (single) {
          const main = paperCard(doc, url, list);
          if (main) yield main;
        }
        yield* rowCards(doc, list);
        list.report('semanticscholar');
      })(),
    };
  },
};
