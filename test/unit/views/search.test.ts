import { describe, expect, it } from 'vitest';
import { queryWords, TextSearch } from '@/lib/views/search';
import { ids, paper } from './papers';

const attention = paper(1, { title: 'Attention Is All You Need', authors: ['Ashish Vaswani', 'Noam Shazeer'] });
const bert = paper(2, { title: 'BERT', abstract: 'Bidirectional transformers for language understanding', tags: ['nlp'] });
const rl = paper(3, { title: 'Visual-RFT', tags: ['Reinforcement Learning'], note: 'Read the appendix on GRPO' });
const all = [attention, bert, rl];

describe('TextSearch', () => {
  it('returns everything, in order, for an empty query', () => {
    expect(new TextSearch().filter(all, '   ')).toBe(all);
  });

  it('searches the title, authors, abstract, tags, note and id, ignoring case', () => {
    const search = new TextSearch();
    expect(ids(search.filter(all, 'attention'))).toEqual([attention.id]);
    expect(ids(search.filter(all, 'SHAZEER'))).toEqual([attention.id]);
    expect(ids(search.filter(all, 'bidirectional'))).toEqual([bert.id]);
    expect(ids(search.filter(all, 'reinforcement learning'))).toEqual([rl.id]);
    expect(ids(search.filter(all, 'grpo'))).toEqual([rl.id]);
    expect(ids(search.filter(all, '2401.00002'))).toEqual([bert.id]);
  });

  it('needs every word, in any order', () => {
    const search = new TextSearch();
    expect(ids(search.filter(all, 'need attention'))).toEqual([attention.id]);
    expect(ids(search.filter(all, 'attention bert'))).toEqual([]);
  });

  it('narrows while typing and widens again when text is deleted', () => {
    const search = new TextSearch();
    expect(ids(search.filter(all, 'a'))).toEqual(ids(all));
    expect(ids(search.filter(all, 'at'))).toEqual([attention.id]);
    expect(ids(search.filter(all, 'a'))).toEqual(ids(all));
  });

  it('does not narrow from results over a different list', () => {
    const search = new TextSearch();
    search.filter([attention], '240');
    expect(ids(search.filter(all, '2401'))).toEqual(ids(all));
  });

  it('sees a changed record (a new object) and keeps the old one cached until then', () => {
    const search = new TextSearch();
    expect(search.filter(all, 'transformer')).toHaveLength(1);
    const tagged = { ...attention, tags: ['transformer'] };
    expect(ids(search.filter([tagged, bert, rl], 'transformer'))).toEqual([attention.id, bert.id]);
  });
});

describe('queryWords', () => {
  it('splits on any whitespace and lowercases', () => {
    expect(queryWords('  Vision\tTransformer \n')).toEqual(['vision', 'transformer']);
  });
});
