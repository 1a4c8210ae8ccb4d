import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { canonicalArxivId, PaperDraft } from '@/lib/paper';
import { adaptersFor } from '@/lib/sites';
import type { Card } from '@/lib/sites/types';
import { random as prng } from '../../../bench/data.mjs';
import { fixturesDir } from '../../helpers/dom';
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
];

// One window's parser for every page: much faster than a JSDOM per page (the adapters take the URL apart).
const parser = new new JSDOM('').window.DOMParser();
const parse = (html: string) => parser.parseFromString(html, 'text/html');

/** Runs the adapters for `url` over `doc`; they must not throw, and every card must be sound. */
function scan(doc: Document, url: URL): Card[] {
  const cards = adaptersFor(url).flatMap((adapter) => readCards(adapter, doc, url));
  for (const card of cards) {
    const { id } = card.paper;
    expect(canonicalArxivId(id.replace(/^arxiv:/, ''))).toBe(id);
    expect(PaperDraft.safeParse(card.paper).success).toBe(true);
    expect(card.anchor.isConnected).toBe(true);
  }
  expect(new Set(cards.map((c) => c.paper.id)).size).toBe(cards.length);
  return cards;
}

// The adapters log skipped cards; thousands of those lines would drown the test output.
beforeAll(() => void vi.spyOn(console, 'debug').mockImplementation(() => undefined));
afterAll(() => vi.restoreAllMocks());

describe.each(FIXTURES)('adapters on %s, broken', (path, href) => {
  const html = readFileSync(`${fixturesDir}${path}`, 'utf8');
  const url = new URL(href);
  const fullIds = new Set(scan(parse(html), url).map((c) => c.paper.id));

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

describe('adapters on random documents built from the sites’ own vocabulary', () => {
  const tags = ['div', 'dl', 'dt', 'dd', 'a', 'span', 'p', 'h1', 'h3', 'li', 'ul', 'article', 'main', 'meta', 'script'];
  const classes = [
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
  ];
  const hrefs = [
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
  ];
  const pages = [
    'https://arxiv.org/list/cs.LG/new',
    'https://arxiv.org/search/?query=x',
    'https://arxiv.org/abs/2401.00003',
    'https://huggingface.co/papers',
    'https://huggingface.co/papers/2401.00004',
  ];

  function randomTree(random: () => number, doc: Document, parent: Element, depth: number): void {
    const count = Math.floor(random() * 5);
    for (let i = 0; i < count; i++) {
      const element = doc.createElement(tags[Math.floor(random() * tags.length)] ?? 'div');
      if (random() < 0.6) element.className = classes[Math.floor(random() * classes.length)] ?? '';
      if (random() < 0.4) element.setAttribute('href', hrefs[Math.floor(random() * hrefs.length)] ?? '');
      if (random() < 0.2) element.setAttribute('title', random() < 0.5 ? 'Abstract' : 'Ann Lee');
      if (random() < 0.1) element.id = random() < 0.5 ? 'dlpage' : 'articles';
      if (random() < 0.1) element.setAttribute('name', `citation_${random() < 0.5 ? 'title' : 'arxiv_id'}`);
      if (random() < 0.1) element.setAttribute('content', random() < 0.5 ? '2401.00005' : 'A title');
      if (random() < 0.1) element.setAttribute('data-target', random() < 0.5 ? 'DailyPapers' : 'PaperContent');
      if (random() < 0.1)
        element.setAttribute(
          'data-props',
          random() < 0.5 ? '{"dailyPapers":[{"paper":{"id":"2401.00002","title":"T","upvotes":1.5}}]}' : '{"paper":',
        );
      if (random() < 0.5) element.append(random() < 0.5 ? 'Title: A $k$ paper' : '');
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
      found += scan(doc, new URL(pages[i % pages.length] ?? 'https://arxiv.org/list/cs.LG/new')).length;
    }
    // The vocabulary is rich enough to reach the card-making paths, not just the early exits.
    expect(found).toBeGreaterThan(10);
  });
});
