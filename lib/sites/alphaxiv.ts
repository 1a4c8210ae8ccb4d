import { paperIdFromUrl } from '../paper';
import { collapseWhitespace } from '../text';
import { CardList, isoDate, metaContent, yearIn } from './cards';
import { clip, readableText } from './dom';
import type { Card, PageRead, SiteAdapter } from './types';

const ORIGIN = 'https://www.alphaxiv.org';
// A paper's links on alphaXiv: /abs/<arXiv id>[vN] and /overview/<arXiv id>.
const PAPER_LINK = /^(?:https:\/\/(?:www\.)?alphaxiv\.org)?\/(?:abs|overview)\/./;

/** The arXiv id an alphaXiv paper link names, or null. */
function linkId(link: Element): string | null {
  const href = link.getAttribute('href') ?? '';
  return PAPER_LINK.test(href) ? paperIdFromUrl(href, ORIGIN) : null;
}

/** The widest element around `link` that holds links to no other paper: the card (its class names are generated). */
function cardAround(link: Element, id: string, body: Element | null): Element {
  let card = link;
  for (let parent = card.parentElement; parent && parent !== body; parent = parent.parentElement) {
    const others = [...parent.getElementsByTagName('a')].some((a) => {
      const other = linkId(a);
      return other !== null && other !== id;
    });
    if (others) break;
    card = parent;
  }
  return card;
}

// Listing pages (the explore feed, `/` and `/explore`, which load and append cards client-side): a card is found
// by its links to /abs/<id> or /overview/<id> (the markup is generated, class names say nothing); the title is the
// link with the longest text. Cards show no author list that can be told from the rest: the paper page completes it.
function* listingCards(doc: Document, list: CardList): Generator<Card> {
  const byId = new Map<string, Element[]>();
  for (const link of doc.getElementsByTagName('a')) {
    const id = linkId(link);
    if (id) byId.set(id, [...(byId.get(id) ?? []), link]);
  }
  for (const [id, links] of byId) {
    const title = links.reduce((best, link) => (readableText(link).length > readableText(best).length ? link : best));
    const card = list.card(
      { ids: [id], title: readableText(title), authors: [], url: `${ORIGIN}/abs/${id.slice('arxiv:'.length)}` },
      title,
      'after',
      [cardAround(title, id, doc.body)],
    );
    if (card) yield card;
  }
}

interface Article {
  headline?: unknown;
  name?: unknown;
  abstract?: unknown;
  author?: unknown;
  datePublished?: unknown;
}

/** The page's JSON-LD ScholarlyArticle, or {}. */
function scholarlyArticle(doc: Document): Article {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const data: unknown = JSON.parse(script.textContent ?? '');
      for (const item of Array.isArray(data) ? data : [data]) {
        if (typeof item === 'object' && item !== null && (item as { '@type'?: unknown })['@type'] === 'ScholarlyArticle')
          return item as Article;
      }
    } catch {
      // Not JSON: another script's data.
    }
  }
  return {};
}

const textOf = (value: unknown): string => (typeof value === 'string' ? clip(collapseWhitespace(value), 50_000) : '');

// A paper page (/abs/<id>, /overview/<id>): the arXiv id from the URL, the title and abstract from the JSON-LD
// ScholarlyArticle (else og:title without " | alphaXiv"), the authors from it where it names them. The control
// goes after the page's h1.
function paperCard(doc: Document, url: URL, list: CardList): Card | null {
  const article = scholarlyArticle(doc);
  const heading = doc.querySelector('main h1') ?? doc.querySelector('h1');
  const authors = Array.isArray(article.author)
    ? article.author.map((author) => textOf((author as { name?: unknown } | null)?.name)).filter(Boolean)
    : [];
  const date = textOf(article.datePublished);
  return list.card(
    {
      ids: [paperIdFromUrl(url)],
      title:
        textOf(article.headline) ||
        textOf(article.name) ||
        metaContent(doc, 'og:title').replace(/\s*\|\s*alphaXiv$/, '') ||
        readableText(heading),
      authors: authors.slice(0, 5000).map((name) => clip(name, 500)),
      url: `${url.origin}${url.pathname}`,
      abstract: textOf(article.abstract) || undefined,
      year: yearIn(date),
      publishedAt: isoDate(date.slice(0, 10)),
    },
    heading,
    'after',
  );
}

export const alphaxiv: SiteAdapter = {
  name: 'alphaxiv',
  matches: [
    'https://www.alphaxiv.org/',
    'https://www.alphaxiv.org/explore*',
    'https://www.alphaxiv.org/abs/*',
    'https://www.alphaxiv.org/overview/*',
  ],
  read(doc: Document, url: URL): PageRead {
    const list = new CardList('alphaxiv', url);
    const single = /^\/(?:abs|overview)\/./.test(url.pathname);
    return {
      kind: single ? 'paper' : 'listing',
      cards: (function* () {
        if (single) {
          const card = paperCard(doc, url, list);
          if (card) yield card;
        } else yield* listingCards(doc, list);
        list.report('alphaxiv');
      })(),
    };
  },
};
