import { describe, expect, it } from 'vitest';
import { normalizeTag, suggestTags, uniqueTags, withoutTags, withTags } from '@/lib/tags';

describe('tag normalization', () => {
  it('trims and collapses whitespace, keeps multi-word tags and case', () => {
    expect(normalizeTag('  Reinforcement \n  Learning ')).toBe('Reinforcement Learning');
  });
  it('drops empties and case-insensitive duplicates, first spelling wins', () => {
    expect(uniqueTags(['RL', ' rl ', '', '  ', 'Vision', 'vision', 'RL'])).toEqual(['RL', 'Vision']);
  });
  it('adds and removes without regard to case', () => {
    expect(withTags(['RL'], ['rl', 'new'])).toEqual(['RL', 'new']);
    expect(withoutTags(['RL', 'Vision', 'x'], ['rl', 'VISION'])).toEqual(['x']);
  });
});

describe('suggestTags', () => {
  const all = [
    { tag: 'reinforcement learning', count: 9 },
    { tag: 'vision', count: 7 },
    { tag: 'RL', count: 5 },
    { tag: 'robotics', count: 5 },
    { tag: 'graphs', count: 1 },
  ];
  it('offers the most used first when nothing is typed, without tags the paper has', () => {
    expect(suggestTags(all, '', ['Vision']).map((s) => s.tag)).toEqual(['reinforcement learning', 'RL', 'robotics', 'graphs']);
  });
  it('puts prefix matches before substring matches, then by count', () => {
    expect(suggestTags(all, 'r', []).map((s) => s.tag)).toEqual(['reinforcement learning', 'RL', 'robotics', 'graphs']);
    expect(suggestTags(all, 'ph', []).map((s) => s.tag)).toEqual(['graphs']);
    expect(suggestTags(all, 'RO', []).map((s) => s.tag)).toEqual(['robotics']);
  });
  it('limits the list', () => {
    expect(suggestTags(all, '', [], 2)).toHaveLength(2);
  });
});
