import { describe, expect, it } from 'vitest';
import { adaptersFor } from '@/lib/sites';
import { PAGES } from '../../fixtures/pages.mjs';
import { VENUE_PAGES } from '../../helpers/venue-pages';

const names = (url: string) => adaptersFor(url).map((adapter) => adapter.name);

describe('adaptersFor', () => {
  it.each([...PAGES, ...VENUE_PAGES].map(({ url }) => [url]))('%s has its site’s adapter', (url) => {
    expect(names(url).length).toBeGreaterThan(0);
  });

  it.each([
    ['https://arxiv.org/help/api', []],
    ['https://huggingface.co/models', []],
    ['https://example.org/papers/date/2025-03-04', []],
    ['http://huggingface.co.evil.example/papers', []],
    ['not a url', []],
  ])('%s has none', (url, expected) => {
    expect(names(url)).toEqual(expected);
  });

  it('answers for the URL it is given, also after another (the last answer is kept, not reused)', () => {
    expect(names('https://arxiv.org/abs/2503.01785')).toEqual(['arxiv']);
    expect(names('https://arxiv.org/abs/2503.01785')).toEqual(['arxiv']);
    expect(names('https://arxiv.org/help')).toEqual([]);
    expect(names('https://huggingface.co/papers')).toEqual(['huggingface']);
  });
});
