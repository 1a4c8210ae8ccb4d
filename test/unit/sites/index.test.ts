import { describe, expect, it } from 'vitest';
import { adapters, adaptersFor, siteMatches } from '@/lib/sites';

const names = (url: string) => adaptersFor(url).map((adapter) => adapter.name);

describe('the site registry', () => {
  it('asks only for the supported page kinds of the two sites, never for every URL', () => {
    expect(siteMatches).toEqual([
      'https://huggingface.co/papers*',
      'https://arxiv.org/list/*',
      'https://arxiv.org/catchup*',
      'https://arxiv.org/search*',
      'https://arxiv.org/abs/*',
    ]);
    for (const adapter of adapters) expect(adapter.matches.join(' ')).not.toMatch(/<all_urls>|\*:\/\/|https:\/\/\*/);
  });

  it('routes each supported page to its adapter', () => {
    for (const url of [
      'https://huggingface.co/papers',
      'https://huggingface.co/papers/date/2025-03-04',
      'https://huggingface.co/papers/week/2025-W10',
      'https://huggingface.co/papers/month/2025-03',
      'https://huggingface.co/papers/trending',
      'https://huggingface.co/papers?q=control+theory',
      'https://huggingface.co/papers/2503.01785',
    ])
      expect(names(url)).toEqual(['huggingface']);
    for (const url of [
      'https://arxiv.org/list/cs.IT/new',
      'https://arxiv.org/list/cs.IT/recent?skip=0&show=2000',
      'https://arxiv.org/list/cs.LG/pastweek?show=25',
      'https://arxiv.org/list/hep-th/9901',
      'https://arxiv.org/catchup/cs.CV/2025-03-04?abs=True',
      'https://arxiv.org/search/?query=mamba&searchtype=all',
      'https://arxiv.org/search/advanced?advanced=&terms-0-term=x',
      'https://arxiv.org/abs/2503.01785v2',
      'https://arxiv.org/abs/hep-th/9901001',
    ])
      expect(names(url)).toEqual(['arxiv']);
  });

  it('leaves other pages alone', () => {
    for (const url of [
      'https://arxiv.org/',
      'https://arxiv.org/pdf/2503.01785',
      'https://arxiv.org/html/2503.01785v1',
      'https://huggingface.co/models',
      'https://huggingface.co/',
      'http://arxiv.org/abs/2503.01785',
      'https://example.org/list/cs.IT/new',
    ])
      expect(names(url)).toEqual([]);
  });
});
