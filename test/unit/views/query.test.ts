import { describe, expect, it } from 'vitest';
import { countStatuses, countTags, filterPredicate, sortPapers } from '@/lib/views/query';
import { ids, paper } from './papers';

describe('sortPapers', () => {
  const a = paper(1, { title: 'beta', publishedAt: '2024-01-02', upvotes: 5 });
  const b = paper(2, { title: 'Alpha', upvotes: 50 });
  const c = paper(3, { title: 'gamma 10', publishedAt: '2024-03-01' });
  const d = paper(4, { title: 'gamma 9', publishedAt: '2023-12-31', upvotes: 5 });
  const all = [a, b, c, d];

  it('lists the newest save first', () => {
    expect(ids(sortPapers(all, 'savedAt'))).toEqual(ids([d, c, b, a]));
  });
  it('lists titles alphabetically, ignoring case and reading numbers as numbers', () => {
    expect(ids(sortPapers(all, 'title'))).toEqual(ids([b, a, d, c]));
  });
  it('lists the newest publication first and papers without a date last', () => {
    expect(ids(sortPapers(all, 'publishedAt'))).toEqual(ids([c, a, d, b]));
  });
  it('lists the most upvoted first, ties by newest save, papers without upvotes last', () => {
    expect(ids(sortPapers(all, 'upvotes'))).toEqual(ids([b, d, a, c]));
  });
  it('orders papers saved in the same millisecond as the reversed savedAt index does: id descending', () => {
    const same = [paper(7, { savedAt: 5 }), paper(9, { savedAt: 5 }), paper(8, { savedAt: 5 })];
    expect(ids(sortPapers(same, 'savedAt'))).toEqual(['arxiv:2401.00009', 'arxiv:2401.00008', 'arxiv:2401.00007']);
  });
  it('does not reorder its input', () => {
    sortPapers(all, 'title');
    expect(ids(all)).toEqual(ids([a, b, c, d]));
  });
});

describe('filterPredicate', () => {
  const rl = paper(1, { tags: ['RL', 'robotics'], status: 'read' });
  const nlp = paper(2, { tags: ['nlp'], status: 'unread' });
  const both = paper(3, { tags: ['rl', 'nlp'], status: 'reading' });
  const none = paper(4);
  const all = [rl, nlp, both, none];
  const run = (tags: string[], statuses: ('unread' | 'reading' | 'read')[]) => {
    const keep = filterPredicate({ tags, statuses });
    return ids(keep ? all.filter(keep) : all);
  };

  it('is null when nothing is chosen, so callers can skip the pass', () => {
    expect(filterPredicate({ tags: [], statuses: [] })).toBeNull();
  });
  it('keeps papers carrying every chosen tag, in any case', () => {
    expect(run(['rl'], [])).toEqual(ids([rl, both]));
    expect(run(['rl', 'NLP'], [])).toEqual(ids([both]));
  });
  it('keeps papers with any of the chosen statuses', () => {
    expect(run([], ['read', 'reading'])).toEqual(ids([rl, both]));
  });
  it('combines tags and statuses', () => {
    expect(run(['rl'], ['reading'])).toEqual(ids([both]));
    expect(run(['nlp'], ['read'])).toEqual([]);
  });
});

describe('counts', () => {
  const all = [
    paper(1, { tags: ['rl', 'nlp'] }),
    paper(2, { tags: ['RL'], status: 'read' }),
    paper(3, { tags: ['vision'], status: 'read' }),
  ];
  it('counts tags across spellings, most used first, then by name', () => {
    expect(countTags(all)).toEqual([
      { tag: 'rl', count: 2 },
      { tag: 'nlp', count: 1 },
      { tag: 'vision', count: 1 },
    ]);
  });
  it('counts statuses', () => {
    expect(countStatuses(all)).toEqual({ unread: 1, reading: 0, read: 2 });
  });
});
