import { canonicalArxivId, canonicalDblpId, paperIdFromUrl } from '../paper';
import { collapseWhitespace } from '../text';
import { CardList, yearIn } from './cards';
import { clip, firstByClass, readableText } from './dom';
import type { Card, PageRead, SiteAdapter } from './types';

const ORIGIN = 'https://dblp.org';

// dblp's record types that are papers; `editor` (a proceedings volume) and `data` (an artifact) are not.
const PAPER_TYPES = ['inproceedings', 'article', 'informal', 'incollection', 'book', 'reference'];

/** `Jiaqi Wang 0001` → `Jiaqi Wang`: dblp numbers people who share a name. */
function personName(text: string | null | undefined): string {
  return clip(collapseWhitespace(text).replace(/\s+\d{4}$/, ''), 500);
}

/** The entry's item property elements named `name`, in page order. */
function byItemProp(root: Element, name: string): Element[] {
  return [...root.getElementsByTagName('span')].filter((span) => span.getAttribute('itemprop') === name);
}

/** The ids the electronic editions (`li.ee` links: doi.org, arxiv.org, openreview.net, …) name. */
function editionIds(entry: Element): (string | null)[] {
  const ids: (string | null)[] = [];
  for (const item of entry.getElementsByClassName('ee')) {
    for (const link of item.getElementsByTagName('a')) ids.push(paperIdFromUrl(link.getAttribute('href') ?? '', ORIGIN));
  }
  return ids;
}

/** A row of a paper (not a proceedings volume, not a data artifact). */
function isPaperEntry(entry: Element): boolean {
  return entry.localName === 'li' && PAPER_TYPES.some((type) => entry.classList.contains(type));
}

// Person (/pid/…), table-of-contents (/db/conf/…, /db/journals/…) and search pages list the same rows:
// ul.publ-list > li.entry.<type>[id=<dblp key>] (li.year separators between), each with nav.publ (the electronic
// editions in li.ee) and cite.data: span[itemprop=author] > span[itemprop=name], span.title (ending in a period),
// span[itemprop=isPartOf] > span[itemprop=name] (the venue), span[itemprop=volumeNumber] (`abs/2503.01785` for CoRR)
// and span[itemprop=datePublished]. The control goes after the title.
function entryCard(entry: Element, list: CardList): Card | null {
  const cite = firstByClass(entry, 'data');
  const title = cite ? byItemProp(cite, 'name').find((span) => span.classList.contains('title')) : undefined;
  if (!cite || !title) {
    list.stats.skipped++;
    return null;
  }
  const key = entry.id;
  const venue = byItemProp(cite, 'isPartOf')
    .map((part) => byItemProp(part, 'name')[0])
    .find(Boolean);
  const volume = collapseWhitespace(byItemProp(cite, 'volumeNumber')[0]?.textContent);
  // A CoRR record is an arXiv paper: its volume is `abs/<arXiv id>` (`cs.LG/0212034` for the oldest).
  const corr = collapseWhitespace(venue?.textContent) === 'CoRR' ? volume.replace(/^abs\//, '') : '';
  const dblpId = key ? canonicalDblpId(key) : null;
  return list.card(
    {
      ids: [...editionIds(entry), corr ? canonicalArxivId(corr) : null, dblpId],
      // dblp ends every title with a period (but not a "?" or "!" it already ends with).
      title: readableText(title).replace(/(?<!\.)\.$/, ''),
      authors: byItemProp(cite, 'author')
        .map((author) => personName(byItemProp(author, 'name')[0]?.textContent))
        .filter(Boolean)
        .slice(0, 5000),
      url: dblpId ? `${ORIGIN}/rec/${key}.html` : '',
      venue: collapseWhitespace(venue?.textContent) || undefined,
      year: yearIn(byItemProp(cite, 'datePublished')[0]?.textContent),
    },
    title,
    'after',
    [entry],
  );
}

function* entryCards(doc: Document, list: CardList): Generator<Card> {
  for (const entry of [...doc.getElementsByClassName('entry')]) {
    if (!isPaperEntry(entry)) continue;
    const card = entryCard(entry, list);
    if (card) yield card;
  }
}

// A record page (/rec/<key>.html) shows its one record as the same row, in #publ-section; whatever else the page
// lists (outside that section) is not the page's paper. The row is found by its key, else it is the section's
// first paper row; a proceedings volume's record has none.
const RECORD_PATH = /^\/rec\/(.+)\.html$/;

function recordCard(doc: Document, key: string, list: CardList): Card[] {
  const section = doc.getElementById('publ-section');
  const entries = [...(section?.getElementsByClassName('entry') ?? [])].filter(isPaperEntry);
  const entry = entries.find((each) => each.id === key) ?? entries[0];
  const card = entry ? entryCard(entry, list) : null;
  return card ? [card] : [];
}

function decodeSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export const dblp: SiteAdapter = {
  name: 'dblp',
  // The search page fills its result list by script after load: the page watcher re-scans.
  matches: ['https://dblp.org/pid/*', 'https://dblp.org/db/*', 'https://dblp.org/search*', 'https://dblp.org/rec/*'],
  read(doc: Document, url: URL): PageRead {
    const list = new CardList('dblp', url);
    if (url.pathname.startsWith('/rec/')) {
      const key = RECORD_PATH.exec(url.pathname)?.[1];
      // `/rec/<key>.bib`, `.xml`, `.ris`: the record's exports, not a page of it.
      if (!key) return { kind: 'paper', cards: [] };
      const cards = recordCard(doc, decodeSafe(key), list);
      list.report('dblp');
      return { kind: 'paper', cards };
    }
    return {
      kind: 'listing',
      cards: (function* () {
        yield* entryCards(doc, list);
        list.report('dblp');
      })(),
    };
  },
};
