// Run with `npx vitest bench test/unit/views/search.bench.ts`: the in-memory haystack scan against MiniSearch at 10k.
import MiniSearch from 'minisearch';
import { bench, describe } from 'vitest';
import type { Paper } from '@/lib/paper';
import { TextSearch } from '@/lib/views/search';
import { paperRecord } from '../../../bench/data.mjs';

// The bench's own papers (bench/data.mjs): one generator of synthetic papers for every measurement.
const papers = Array.from({ length: 10_000 }, (_, i) => paperRecord(i));
const QUERIES = ['r', 're', 'rei', 'rein', 'reinf', 'reinforcement', 'reinforcement l', 'reinforcement learning'];

function miniSearch(list: readonly Paper[]) {
  const index = new MiniSearch<Paper>({
    fields: ['title', 'authorText', 'abstract', 'tagText', 'note'],
    extractField: (doc, field) =>
      field === 'authorText' ? doc.authors.join(' ') : field === 'tagText' ? doc.tags.join(' ') : String(doc[field as keyof Paper] ?? ''),
  });
  index.addAll(list);
  return index;
}

describe('index build at 10k', () => {
  bench('haystack: warm every paper', () => {
    new TextSearch().warm(papers);
  });
  bench('MiniSearch: addAll', () => {
    miniSearch(papers);
  });
});

const warmed = new TextSearch();
warmed.warm(papers);
const index = miniSearch(papers);

describe('typing "reinforcement learning" at 10k (8 keystrokes)', () => {
  bench('haystack scan (narrowing)', () => {
    for (const q of QUERIES) warmed.filter(papers, q);
  });
  bench('haystack scan (fresh each keystroke)', () => {
    for (const q of QUERIES) new TextSearch().filter(papers, q);
  });
  bench('MiniSearch prefix AND', () => {
    for (const q of QUERIES) index.search(q, { prefix: true, combineWith: 'AND' });
  });
});
