import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { canonicalPaperId, paperSchemas } from '@/lib/paper';
import { adaptersFor } from '@/lib/sites';
import type { Card } from '@/lib/sites/types';
import { random as prng } from '../../../bench/data.mjs';
import { fixture } from '../../helpers/fixtures';
import { VENUE_PAGES } from '../../helpers/venue-pages';
import { readCards } from './expect-cards';

// Every fixture, at the URL it stands for.
const FIXTURES: [path: string, url: string][] = [
  ['arxiv/list-cs.CV-new.html', 'https://arxiv.org/list/cs.CV/new'],
  ['arxiv/list-cs.CV-recent.html', 'https://arxiv.org/list/cs.CV/recent'],
  ['arxiv/list-cs.LG-pastweek.html', 'https://arxiv.org/list/cs.LG/pastweek?skip=0&show=4'],
  ['arxiv/list-hep-th-9901.html', 'https://arxiv.org/list/hep-th/9901'],
  ['arxiv/catchup-cs.CV-2025-03-04.html', 'https://arxiv.org/catchup/cs.CV/2025-03-04?abs=True'],
  ['arxiv/search-query-mamba.html', 'https://arxiv.org/search/?query=mamba&searchtype=all'],
  ['arxiv/search-advanced.html', 'https://arxiv.org/search/advanced?terms-0-term=state+space'],
  ['arxiv/abs-2503.01785v2.html', 'https://arxiv.org/abs/2503.01785v2'],
  ['huggingface/papers-date-2025-03-04.html', 'https://huggingface.co/papers/date/2025-03-04'],
  ['huggingface/papers-week-2025-W10.html', 'https://huggingface.co/papers/week/2025-W10'],
  ['huggingface/papers-month-2025-03.html', 'https://huggingface.co/papers/month/2025-03'],
  ['huggingface/papers-trending.html', 'https://huggingface.co/papers/trending'],
  ['huggingface/papers-q-control-theory.html', 'https://huggingface.co/papers?q=control+theory'],
  ['huggingface/papers-2503.01785.html', 'https://huggingface.co/papers/2503.01785'],
  ...VENUE_PAGES.map(({ path, url }): [string, string] => [path, url]),
];

// One window's parser for every page: much faster than a JSDOM per page (the adapters take the URL apart).
const parser = new new JSDOM('').window.DOMParser();
const parse = (html: string) => parser.parseFromString(html, 'text/html');

/** Runs the adapters for `url` over `doc`; they must not throw, and every card must be sound. */
function scan(doc: Document, url: URL): Card[] {
  const cards = adaptersFor(url).flatMap((adapter) => readCards(adapter, doc, url));
  for (const card of cards) {
    const ids = [card.paper.id, ...(card.paper.aliases ?? [])];
    for (const id of ids) expect(canonicalPaperId(id)).toBe(id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(paperSchemas().PaperDraft.safeParse(card.paper).success).toBe(true);
    expect(card.anchor.isConnected).toBe(true);
  }
  // Each paper once, under any of its ids.
  const all = cards.flatMap((c) => [c.paper.id, ...(c.paper.aliases ?? [])]);
  expect(new Set(all).size).toBe(all.length);
  return cards;
}

// The adapters log skipped cards; thousands of those lines would drown the test output.
beforeAll(() => void vi.spyOn(console, 'debug').mockImplementation(() => undefined));
afterAll(() => vi.restoreAllMocks());

describe.each(FIXTURES)('adapters on %s, broken', (path, href) => {
  const html = fixture(path);
  const url = new URL(href);
  // A cut page may lose a link that gave a better id: the card is then known by one of its other ids.
  const fullIds = new Set(scan(parse(html), url).flatMap((c) => [c.paper.id, ...(c.paper.aliases ?? [])]));

  it('never throw on the page cut at 30 byte offsets, and find only papers of the whole page', { timeout: 60_000 }, () => {
    const random = prng(html.length);
    for (let i = 0; i < 30; i++) {
      const cut = i < 15 ? Math.floor((html.length * i) / 15) : Math.floor(random() * html.length);
      for (const card of scan(parse(html.slice(0, cut)), url)) expect(fullIds).toContain(card.paper.id);
    }
  });

  it('never throw while nodes are deleted, moved, duplicated and stripped at random', { timeout: 60_000 }, () => {
    const random = prng(0xc0ffee ^ html.length);
    const pick = <T>(items: ArrayLike<T>): T | undefined => items[Math.floor(random() * items.length)];
    for (let round = 0; round < 5; round++) {
      const doc = parse(html);
      for (let step = 0; step < 30; step++) {
        const all = doc.body?.getElementsByTagName('*') ?? [];
        const node = pick(all);
        const other = pick(all);
        if (!node) break;
        const action = Math.floor(random() * 6);
        if (action === 0) node.remove();
        else if (action === 1 && other && !node.contains(other)) other.append(node);
        else if (action === 2) node.after(node.cloneNode(true));
        else if (action === 3) for (const name of node.getAttributeNames()) node.removeAttribute(name);
        else if (action === 4) node.textContent = random() < 0.5 ? '' : 'x'.repeat(Math.floor(random() * 3000));
        else if (action === 5 && other && !other.contains(node)) node.replaceWith(...other.childNodes);
        if (step % 5 === 4) scan(doc, url);
      }
      scan(doc, url);
    }
  });
});

/** The tags, classes, links and URLs random pages are built of. */
interface Vocabulary {
  tags: string[];
  classes: string[];
  hrefs: string[];
  pages: string[];
}

const ARXIV_AND_HF: Vocabulary = {
  tags: ['div', 'dl', 'dt', 'dd', 'a', 'span', 'p', 'h1', 'h3', 'li', 'ul', 'article', 'main', 'meta', 'script'],
  classes: [
    'list-title',
    'list-authors',
    'mathjax',
    'descriptor',
    'primary-subject',
    'arxiv-result',
    'title',
    'authors',
    'abstract-full',
    'tag',
    'MathJax',
  ],
  hrefs: [
    '/abs/2401.00001',
    '/abs/2401.00001v2',
    '/abs/hep-th/9901001',
    '/abs/',
    '/abs/9999.99999',
    '/papers/2401.00002',
    '/papers/trending',
    'https://doi.org/%E0%A4%A',
    '::bad',
    '',
  ],
  pages: [
    'https://arxiv.org/list/cs.LG/new',
    'https://arxiv.org/search/?query=x',
    'https://arxiv.org/abs/2401.00003',
    'https://huggingface.co/papers',
    'https://huggingface.co/papers/2401.00004',
  ],
};

const VENUES: Vocabulary = {
  tags: [
    'div',
    'dl',
    'dt',
    'dd',
    'a',
    'span',
    'p',
    'h2',
    'h4',
    'strong',
    'li',
    'ul',
    'table',
    'tbody',
    'tr',
    'td',
    'i',
    'form',
    'meta',
    'main',
  ],
  classes: [
    'note',
    'note-authors',
    'note-meta-info',
    'note-content',
    'note-content-field',
    'note-content-value',
    'readers',
    'forum-title',
    'citation_title',
    'd-sm-flex',
    'align-middle',
    'paper',
    'title',
    'authors',
    'info',
    'links',
    'paper-list',
    'paper-authors',
    'book-title',
    'ptitle',
    'authsearch',
    'bibref',
    'gs_r',
    'gs_rt',
    'gs_a',
    'gs_ggs',
    'gs_fl',
    'gsc_a_tr',
    'gsc_a_at',
    'gs_gray',
    'gsc_a_ac',
    'gsc_a_y',
    'entry',
    'inproceedings',
    'informal',
    'editor',
    'data',
    'ee',
    'cl-paper-row',
    'cl-paper-venue',
    'cl-paper-pubdates',
    'cl-paper-authors__author-link',
    'doi__link',
    'fresh-paper-detail-page__header',
  ],
  hrefs: [
    '/forum?id=RxWILaXuhb',
    '/forum?id=RxWILaXuhb&noteId=abc123',
    '/forum?id=',
    'https://openreview.net/forum?id=AZWqXfM6z9',
    '/2024.acl-long.1/',
    '/2024.acl-long.0/',
    '/N19-1423/',
    '/people/a-b/',
    'https://proceedings.mlr.press/v235/abe24a.html',
    '/paper_files/paper/2023/hash/0001ca33ba34ce0351e4612b744b3936-Abstract-Conference.html',
    'content_cvpr_2017/html/A_B_CVPR_2017_paper.html',
    'https://arxiv.org/abs/2503.01785',
    'https://doi.org/10.1000/x',
    'https://dl.acm.org/doi/abs/10.1145/1.2',
    '/scholar?cluster=123',
    'https://scholar.google.com/scholar?oi=bibs&cites=5',
    'https://doi.org/10.48550/arXiv.2503.01785',
    'https://dblp.org/rec/conf/iclr/KingmaW13.html',
    '/paper/X-Y/3f1c2b0a9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a',
    '/abs/2503.01785v2',
    '/overview/hep-th/9901001',
    'javascript:void(0)',
    '::bad',
    '',
  ],
  pages: [
    'https://openreview.net/submissions?venue=X',
    'https://openreview.net/forum?id=RxWILaXuhb',
    'https://aclanthology.org/events/acl-2024/',
    'https://aclanthology.org/N19-1423/',
    'https://proceedings.mlr.press/v235/',
    'https://proceedings.mlr.press/v235/abe24a.html',
    'https://papers.nips.cc/paper_files/paper/2023',
    'https://openaccess.thecvf.com/CVPR2017',
    'https://openaccess.thecvf.com/content/CVPR2024/html/A_B_CVPR_2024_paper.html',
    'https://scholar.google.com/scholar?q=x',
    'https://scholar.google.com/citations?user=x',
    'https://dblp.org/pid/99/9999.html',
    'https://dblp.org/db/conf/iclr/iclr2014.html',
    'https://dblp.org/rec/conf/cvpr/HeZRS16.html',
    'https://www.semanticscholar.org/search?q=x',
    'https://www.semanticscholar.org/paper/X/9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d',
    'https://www.alphaxiv.org/explore',
    'https://www.alphaxiv.org/abs/2503.01785',
  ],
};

describe.each([
  ['arXiv and Hugging Face', ARXIV_AND_HF],
  ['the venue sites', VENUES],
])('adapters on random documents built from %s’ own vocabulary', (_name, vocabulary) => {
  const pick = <T>(random: () => number, items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];

  function randomTree(random: () => number, doc: Document, parent: Element, depth: number): void {
    const count = Math.floor(random() * 5);
    for (let i = 0; i < count; i++) {
      const element = doc.createElement(pick(random, vocabulary.tags) ?? 'div');
      if (random() < 0.6) element.className = pick(random, vocabulary.classes) ?? '';
      if (random() < 0.4) element.setAttribute('href', pick(random, vocabulary.hrefs) ?? '');
      if (random() < 0.2) element.setAttribute('title', random() < 0.5 ? 'Abstract' : 'Ann Lee');
      if (random() < 0.1)
        element.id =
          pick(random, [
            'dlpage',
            'articles',
            'title',
            'gs_res_ccl_mid',
            'papertitle',
            'RxWILaXuhb',
            'conf/iclr/KingmaW13',
            'publ-section',
          ]) ?? '';
      if (random() < 0.1)
        element.setAttribute('name', `citation_${pick(random, ['title', 'arxiv_id', 'doi', 'author', 'publication_date']) ?? ''}`);
      if (random() < 0.1)
        element.setAttribute('content', pick(random, ['2401.00005', 'A title', '10.18653/v1/N19-1423', '2019/6', 'Doe, J']) ?? '');
      if (random() < 0.1)
        element.setAttribute('itemprop', pick(random, ['name', 'author', 'isPartOf', 'volumeNumber', 'datePublished']) ?? '');
      if (random() < 0.1)
        element.setAttribute(
          'data-test-id',
          pick(random, ['title-link', 'paper-detail-title', 'paper-doi', 'paper-link', 'paper-year']) ?? '',
        );
      if (random() < 0.1) element.setAttribute('data-cid', random() < 0.5 ? '-uN63_al6jUJ' : 'RxWILaXuhb');
      if (random() < 0.1) element.setAttribute('data-target', random() < 0.5 ? 'DailyPapers' : 'PaperContent');
      if (random() < 0.1)
        element.setAttribute(
          'data-props',
          random() < 0.5 ? '{"dailyPapers":[{"paper":{"id":"2401.00002","title":"T","upvotes":1.5}}]}' : '{"paper":',
        );
      if (random() < 0.5)
        element.append(pick(random, ['Title: A $k$ paper', 'arXiv:', 'DOI:', 'Anonymous', 'A Lee, B Kim - Venue, 2020 - x.org', '']) ?? '');
      parent.append(element);
      if (depth < 5) randomTree(random, doc, element, depth + 1);
    }
  }

  it('never throw on 300 random pages', { timeout: 60_000 }, () => {
    const random = prng(42);
    let found = 0;
    for (let i = 0; i < 300; i++) {
      const doc = parse('<!doctype html><html><head></head><body></body></html>');
      if (doc.body) randomTree(random, doc, doc.body, 0);
      found += scan(doc, new URL(vocabulary.pages[i % vocabulary.pages.length] ?? 'https://arxiv.org/list/cs.LG/new')).length;
    }
    // The vocabulary is rich enough to reach the card-making paths, not just the early exits.
    expect(found).toBeGreaterThan(10);
  });
});
