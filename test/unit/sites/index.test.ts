import { describe, expect, it } from 'vitest';
import { adapters, adaptersFor, siteMatches } from '@/lib/sites';

const names = (url: string) => adaptersFor(url).map((adapter) => adapter.name);

describe('the site registry', () => {
  it('asks only for the supported page kinds of each site, never for every URL', () => {
    expect(siteMatches).toEqual([
      'https://huggingface.co/papers*',
      'https://arxiv.org/list/*',
      'https://arxiv.org/catchup*',
      'https://arxiv.org/search*',
      'https://arxiv.org/abs/*',
      'https://openreview.net/group*',
      'https://openreview.net/submissions*',
      'https://openreview.net/forum*',
      'https://aclanthology.org/*',
      'https://proceedings.mlr.press/v*',
      'https://papers.nips.cc/paper_files/paper/*',
      'https://papers.nips.cc/paper/*',
      'https://proceedings.neurips.cc/paper_files/paper/*',
      'https://proceedings.neurips.cc/paper/*',
      'https://openaccess.thecvf.com/CVPR*',
      'https://openaccess.thecvf.com/ICCV*',
      'https://openaccess.thecvf.com/WACV*',
      'https://openaccess.thecvf.com/ACCV*',
      'https://openaccess.thecvf.com/content*',
      'https://scholar.google.com/scholar*',
      'https://scholar.google.com/citations*',
      'https://dblp.org/pid/*',
      'https://dblp.org/db/*',
      'https://dblp.org/search*',
      'https://dblp.org/rec/*',
      'https://www.semanticscholar.org/search*',
      'https://www.semanticscholar.org/author/*',
      'https://www.semanticscholar.org/paper/*',
      'https://www.alphaxiv.org/',
      'https://www.alphaxiv.org/explore*',
      'https://www.alphaxiv.org/abs/*',
      'https://www.alphaxiv.org/overview/*',
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

  it('routes the venue sites’ listings and paper pages to their adapters', () => {
    const routes: [string, string[]][] = [
      [
        'openreview',
        [
          'https://openreview.net/group?id=ICLR.cc/2025/Conference',
          'https://openreview.net/submissions?venue=NeurIPS.cc%2F2025%2FConference',
          'https://openreview.net/forum?id=RxWILaXuhb',
        ],
      ],
      [
        'acl',
        [
          'https://aclanthology.org/events/acl-2024/',
          'https://aclanthology.org/volumes/2024.acl-long/',
          'https://aclanthology.org/N19-1423/',
        ],
      ],
      ['pmlr', ['https://proceedings.mlr.press/v235/', 'https://proceedings.mlr.press/v235/abe24a.html']],
      [
        'neurips',
        [
          'https://papers.nips.cc/paper_files/paper/2023',
          'https://proceedings.neurips.cc/paper_files/paper/2023/hash/0001ca33ba34ce0351e4612b744b3936-Abstract-Conference.html',
        ],
      ],
      [
        'cvf',
        [
          'https://openaccess.thecvf.com/CVPR2017',
          'https://openaccess.thecvf.com/CVPR2024?day=all',
          'https://openaccess.thecvf.com/content/CVPR2024/html/X_CVPR_2024_paper.html',
        ],
      ],
      [
        'scholar',
        ['https://scholar.google.com/scholar?q=transformers&hl=en', 'https://scholar.google.com/citations?user=ZyX1aBcAAAAJ&hl=en'],
      ],
      [
        'dblp',
        [
          'https://dblp.org/pid/99/9999.html',
          'https://dblp.org/db/conf/iclr/iclr2014.html',
          'https://dblp.org/db/journals/pami/pami45.html',
          'https://dblp.org/search?q=visual+rft',
          'https://dblp.org/rec/conf/iclr/KingmaB14.html',
          'https://dblp.org/rec/journals/corr/abs-2503-01785.html',
        ],
      ],
      [
        'semanticscholar',
        [
          'https://www.semanticscholar.org/search?q=visual%20rft',
          'https://www.semanticscholar.org/author/Ziyu-Liu/2261234567',
          'https://www.semanticscholar.org/paper/Visual-RFT-Liu-Sun/3f1c2b0a9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a',
        ],
      ],
      [
        'alphaxiv',
        [
          'https://www.alphaxiv.org/',
          'https://www.alphaxiv.org/explore',
          'https://www.alphaxiv.org/explore?sort=new',
          'https://www.alphaxiv.org/abs/2503.01785v2',
          'https://www.alphaxiv.org/overview/2503.01785',
        ],
      ],
    ];
    for (const [name, urls] of routes) for (const url of urls) expect(names(url), url).toEqual([name]);
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
      'https://openreview.net/profile?id=~Hao_Wang28',
      'https://openreview.net/',
      'https://proceedings.mlr.press/',
      'https://openaccess.thecvf.com/menu',
      'https://scholar.google.com/',
      'https://papers.nips.cc/',
      'https://dblp.org/',
      'https://dblp.org/faq/index.html',
      'https://dblp.org/record/conf/iclr/KingmaB14.html',
      'https://dblp.uni-trier.de/rec/conf/iclr/KingmaB14.html',
      'https://www.semanticscholar.org/',
      'https://www.semanticscholar.org/me/library',
      'https://www.alphaxiv.org/u/ziyu-liu',
    ])
      expect(names(url)).toEqual([]);
  });
});
