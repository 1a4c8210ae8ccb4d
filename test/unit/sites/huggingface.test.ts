import { describe, expect, it, vi } from 'vitest';
import { embeddedPapers, huggingface } from '@/lib/sites/huggingface';
import { fixturePage, pageAt } from '../../helpers/dom';
import { type Expected, expectCards, readCards } from './expect-cards';

const DAILY = 'https://huggingface.co/papers/date/2025-03-04';

describe('huggingface adapter on a daily list page', () => {
  const { doc, url } = fixturePage('huggingface/papers-date-2025-03-04.html', DAILY);
  const cards = readCards(huggingface, doc, url);

  it('finds every card, in page order, with canonical ids', () => {
    expect(cards.map((c) => c.paper.id)).toEqual([
      'arxiv:2503.01785',
      'arxiv:2503.01743',
      'arxiv:2503.00808',
      'arxiv:2503.02130',
      'arxiv:2503.01307',
    ]);
  });

  it('enriches cards from the DailyPapers JSON by id', () => {
    const first = cards[0]?.paper;
    expect(first).toMatchObject({
      title: 'Visual-RFT: Visual Reinforcement Fine-Tuning',
      url: 'https://arxiv.org/abs/2503.01785',
      pdfUrl: 'https://arxiv.org/pdf/2503.01785',
      publishedAt: '2025-03-03T18:16:32.000Z',
      upvotes: 52,
      githubRepo: 'https://github.com/Liuziyu77/Visual-RFT',
      source: { site: 'huggingface', page: '/papers/date/2025-03-04', url: DAILY },
    });
    expect(first?.authors).toEqual([
      'Ziyu Liu',
      'Zeyi Sun',
      'Yuhang Zang',
      'Xiaoyi Dong',
      'Yuhang Cao',
      'Haodong Duan',
      'Dahua Lin',
      'Jiaqi Wang',
    ]);
    expect(first?.abstract).toMatch(/^Reinforcement Fine-Tuning \(RFT\)/);
    expect(cards[3]?.paper.title).toBe(
      'Cognitive Behaviors that Enable Self-Improving Reasoners, or, Four Habits of Highly Effective STaRs',
    );
  });

  it('tolerates missing fields in the JSON', () => {
    expect(cards[4]?.paper.abstract).toBeUndefined();
    expect(cards[4]?.paper.title).toBe('Liger: Linearizing Large Language Models to Gated Recurrent Structures');
  });

  it('anchors each control after the card title', () => {
    for (const card of cards) {
      expect(card.anchor.localName).toBe('h3');
      expect(card.placement).toBe('after');
    }
  });
});

describe('huggingface adapter on odd markup', () => {
  it('matches JSON by id, not by position, and takes only the title from a card the JSON lacks (avatars are users)', () => {
    const html = `<main>
      <div data-target="DailyPapers" data-props='{"dailyPapers":[{"paper":{"id":"2401.00002","title":"Second","authors":[{"name":"B"}]}}]}'></div>
      <article><h3><a href="/papers/2401.00001">First from the card</a></h3><p>An ai_summary</p><ul><li title="annauser"></li></ul></article>
      <article><h3><a href="/papers/2401.00002">Second on the card</a></h3></article>
    </main>`;
    const { doc, url } = pageAt(html, 'https://huggingface.co/papers?q=first');
    const cards = readCards(huggingface, doc, url);
    expect(cards.map((c) => [c.paper.id, c.paper.title, c.paper.authors, c.paper.abstract])).toEqual([
      ['arxiv:2401.00001', 'First from the card', [], undefined],
      ['arxiv:2401.00002', 'Second', ['B'], undefined],
    ]);
  });

  it('skips articles that are not paper cards and survives broken JSON', () => {
    const html = `<main>
      <div data-target="DailyPapers" data-props="{not json"></div>
      <article><h3>No link</h3></article>
      <article><h3><a href="/papers/trending">Trending</a></h3></article>
      <article><a href="/papers/2401.00001">thumbnail only</a></article>
      <article><h3><a href="/papers/2401.00003">Ok</a></h3></article>
    </main>`;
    const { doc, url } = pageAt(html, 'https://huggingface.co/papers');
    expect(readCards(huggingface, doc, url).map((c) => c.paper.id)).toEqual(['arxiv:2401.00003']);
  });

  it('ignores JSON entries of the wrong shape', () => {
    const html = `<div data-target="DailyPapers" data-props='{"dailyPapers":[{"paper":{"id":42}},{"paper":{"id":"2401.00001","upvotes":"many"}},{"paper":{"id":"2401.00004","title":"Fine"}}, null]}'></div>`;
    const { doc } = pageAt(html, 'https://huggingface.co/papers');
    expect([...embeddedPapers(doc).keys()]).toEqual(['arxiv:2401.00004']);
  });

  it.each([
    ['a title that is no text', { title: 7 }],
    ['a summary that is no text', { summary: ['x'] }],
    ['a date that is no text', { publishedAt: 20240101 }],
    ['authors that are no list', { authors: 'Ada' }],
    ['an author whose name is no text', { authors: [{ name: 3 }] }],
    ['an author that is no object', { authors: ['Ada'] }],
    ['a repository that is no text', { githubRepo: 5 }],
  ])('ignores an entry with %s, and takes the next valid one for the same paper', (_, wrong) => {
    const entries = [
      { paper: { id: '2401.00001', title: 'Wrong', ...wrong } },
      { paper: { id: '2401.00001', title: 'Right', githubRepo: null } },
    ];
    const html = `<div data-target="DailyPapers" data-props='${JSON.stringify({ dailyPapers: entries })}'></div>`;
    const { doc } = pageAt(html, 'https://huggingface.co/papers');
    expect(embeddedPapers(doc).get('arxiv:2401.00001')?.title).toBe('Right');
  });

  it('reads lists of bare papers as well as lists of { paper } entries', () => {
    const props = JSON.stringify({
      searchResults: [{ id: '2310.04444', title: 'Bare', summary: 'A bare entry.', authors: [{ name: 'Ada L' }] }],
      dailyPapers: [{ paper: { id: '2401.00004', title: 'Wrapped' } }],
    });
    const html = `<main><div data-target="DailyPapers" data-props='${props}'></div>
      <article><h3><a href="/papers/2310.04444">Bare on the card</a></h3></article></main>`;
    const { doc, url } = pageAt(html, 'https://huggingface.co/papers?q=bare');
    expect([...embeddedPapers(doc).keys()].sort()).toEqual(['arxiv:2310.04444', 'arxiv:2401.00004']);
    expect(readCards(huggingface, doc, url).map((c) => [c.paper.title, c.paper.abstract, c.paper.authors])).toEqual([
      ['Bare', 'A bare entry.', ['Ada L']],
    ]);
  });

  it('never throws on an empty document', () => {
    const { doc, url } = pageAt('', 'https://huggingface.co/papers');
    expect(readCards(huggingface, doc, url)).toEqual([]);
  });
});

const VISUAL_RFT: Expected = [
  'arxiv:2503.01785',
  'Visual-RFT: Visual Reinforcement Fine-Tuning',
  ['Ziyu Liu', 'Zeyi Sun', 'Yuhang Zang', 'Xiaoyi Dong', 'Yuhang Cao', 'Haodong Duan', 'Dahua Lin', 'Jiaqi Wang'],
];
const EUREKA: Expected = [
  'arxiv:2503.07365',
  'MM-Eureka: Exploring Visual Aha Moment with Rule-based Large-scale Reinforcement Learning',
  ['Fanqing Meng', 'Lingxiao Du', 'Zongkai Liu', 'Zhixiang Zhou'],
];
const WAN: Expected = [
  'arxiv:2503.20314',
  'Wan: Open and Advanced Large-Scale Video Generative Models',
  ['Ang Wang', 'Baole Ai', 'Bin Wen', 'Chaojie Mao'],
];

describe('huggingface adapter on the daily list at /papers', () => {
  it('reads the same cards as on the dated page', () => {
    const { doc, url } = fixturePage('huggingface/papers-date-2025-03-04.html', 'https://huggingface.co/papers');
    const cards = readCards(huggingface, doc, url);
    expect(cards.map((c) => c.paper.id)).toEqual([
      'arxiv:2503.01785',
      'arxiv:2503.01743',
      'arxiv:2503.00808',
      'arxiv:2503.02130',
      'arxiv:2503.01307',
    ]);
    expect(cards[0]?.paper.source?.page).toBe('/papers');
  });
});

describe('huggingface adapter on a weekly list', () => {
  const WEEK = 'https://huggingface.co/papers/week/2025-W10';
  const { doc, url } = fixturePage('huggingface/papers-week-2025-W10.html', WEEK);
  const cards = readCards(huggingface, doc, url);

  it('lists the visible cards in page order, enriched by id from JSON in another order', () => {
    expectCards(cards, [
      EUREKA,
      VISUAL_RFT,
      [
        'arxiv:2503.01743',
        'Phi-4-Mini Technical Report: Compact yet Powerful Multimodal Language Models via Mixture-of-LoRAs',
        ['Abdelrahman Abouelenin', 'Atabak Ashfaq', 'Adam Atkinson'],
      ],
      // Not in the JSON: the card's own title, and no authors (avatar titles are never taken for authors).
      ['arxiv:2503.02130', 'Cognitive Behaviors that Enable Self-Improving Reasoners, or, Four Habits of Highly Effective STaRs', []],
      [
        'arxiv:2503.05592',
        'R1-Searcher: Incentivizing the Search Capability in LLMs via Reinforcement Learning',
        ['Huatong Song', 'Jinhao Jiang', 'Yingqian Min', 'Jie Chen', 'Zhipeng Chen', 'Wayne Xin Zhao', 'Lei Fang', 'Ji-Rong Wen'],
      ],
    ]);
  });

  it('takes upvotes, dates and repositories from the matching JSON entry only', () => {
    expect(cards.map((c) => c.paper.upvotes)).toEqual([61, 52, 44, undefined, 18]);
    expect(cards[4]?.paper).toMatchObject({
      publishedAt: '2025-03-07T17:14:44.000Z',
      githubRepo: 'https://github.com/RUCAIBox/R1-Searcher',
      source: { site: 'huggingface', page: '/papers/week/2025-W10', url: WEEK },
    });
    expect(cards[3]?.paper.abstract).toBeUndefined();
  });

  it('makes no card for a paper that is only in the JSON', () => {
    expect(cards.map((c) => c.paper.id)).not.toContain('arxiv:2503.20314');
    expect(embeddedPapers(doc).has('arxiv:2503.20314')).toBe(true);
  });
});

describe('huggingface adapter on a monthly list', () => {
  it('reads every card', () => {
    const { doc, url } = fixturePage('huggingface/papers-month-2025-03.html', 'https://huggingface.co/papers/month/2025-03');
    const cards = readCards(huggingface, doc, url);
    expectCards(cards, [
      [
        'arxiv:2503.14476',
        'DAPO: An Open-Source LLM Reinforcement Learning System at Scale',
        ['Qiying Yu', 'Zheng Zhang', 'Ruofei Zhu', 'Yufeng Yuan', 'Xiaochen Zuo'],
      ],
      EUREKA,
      WAN,
      VISUAL_RFT,
    ]);
    expect(cards[0]?.paper.upvotes).toBe(139);
  });
});

describe('huggingface adapter on the trending list', () => {
  it('reads every card, old papers included', () => {
    const { doc, url } = fixturePage('huggingface/papers-trending.html', 'https://huggingface.co/papers/trending');
    const cards = readCards(huggingface, doc, url);
    expectCards(cards, [
      ['arxiv:2505.09388', 'Qwen3 Technical Report', ['An Yang', 'Anfeng Li', 'Baosong Yang', 'Beichen Zhang']],
      [
        'arxiv:2501.12948',
        'DeepSeek-R1: Incentivizing Reasoning Capability in LLMs via Reinforcement Learning',
        ['DeepSeek-AI', 'Daya Guo', 'Dejian Yang', 'Haowei Zhang'],
      ],
      ['arxiv:2312.00752', 'Mamba: Linear-Time Sequence Modeling with Selective State Spaces', ['Albert Gu', 'Tri Dao']],
      VISUAL_RFT,
    ]);
    expect(cards[2]?.paper.githubRepo).toBe('https://github.com/state-spaces/mamba');
  });
});

describe('huggingface adapter on search results', () => {
  const SEARCH = 'https://huggingface.co/papers?q=control+theory';
  const { doc, url } = fixturePage('huggingface/papers-q-control-theory.html', SEARCH);
  const cards = readCards(huggingface, doc, url);

  it('lists the visible hits, not the daily list the JSON holds', () => {
    expectCards(cards, [
      // Only Mamba-360 is also in the JSON: the other hits keep their title and no authors (never the avatars').
      ['arxiv:2310.04444', "What's the Magic Word? A Control Theory of LLM Prompting", []],
      [
        'arxiv:2404.16112',
        'Mamba-360: Survey of State Space Models as Transformer Alternative for Long Sequence Modelling: Methods, Applications, and Challenges',
        ['Badri Narayana Patro', 'Vijay Srinivas Agneeswaran'],
      ],
      ['arxiv:2402.17457', 'Why do Learning Rates Transfer? Reconciling Optimization and Scaling Limits for Deep Learning', []],
      ['arxiv:2509.00605', 'Gated Associative Memory: A Parallel O(N) Architecture for Efficient Sequence Modeling', []],
      ['arxiv:2006.00719', 'ADAHESSIAN: An Adaptive Second Order Optimizer for Machine Learning', []],
    ]);
    expect([...embeddedPapers(doc).keys()]).toEqual(['arxiv:2412.18653', 'arxiv:2404.16112', 'arxiv:2412.19638']);
  });

  it('enriches only the hit whose id is in the JSON', () => {
    expect(cards.map((c) => c.paper.abstract !== undefined)).toEqual([false, true, false, false, false]);
    expect(cards[1]?.paper.source).toEqual({ site: 'huggingface', page: '/papers?q=control+theory', url: SEARCH });
  });
});

describe('huggingface adapter on a paper page', () => {
  const PAGE = 'https://huggingface.co/papers/2503.01785';
  const { doc, url } = fixturePage('huggingface/papers-2503.01785.html', PAGE);
  const cards = readCards(huggingface, doc, url);

  it('makes one card, from the PaperContent data, despite links to other papers on the page', () => {
    expectCards(cards, [VISUAL_RFT]);
    expect(cards[0]?.paper).toMatchObject({ upvotes: 52, githubRepo: 'https://github.com/Liuziyu77/Visual-RFT' });
    expect(cards[0]?.anchor.localName).toBe('h1');
    expect(cards[0]?.placement).toBe('after');
  });

  it('reads the title from the h1 when the data block is missing', () => {
    const { doc, url } = pageAt('<main><h1> A  Paper </h1></main>', 'https://huggingface.co/papers/2401.00001');
    expectCards(readCards(huggingface, doc, url), [['arxiv:2401.00001', 'A Paper', []]]);
  });

  it('skips a paper page without a heading', () => {
    const { doc, url } = pageAt('<main><p>Loading</p></main>', 'https://huggingface.co/papers/2401.00001');
    expect(readCards(huggingface, doc, url)).toEqual([]);
  });
});

describe('embeddedPapers', () => {
  it('parses each data block once while its text does not change', () => {
    const { doc } = fixturePage('huggingface/papers-week-2025-W10.html', 'https://huggingface.co/papers/week/2025-W10');
    const parse = vi.spyOn(JSON, 'parse');
    embeddedPapers(doc);
    embeddedPapers(doc);
    expect(parse).toHaveBeenCalledTimes(1);
    const block = doc.querySelector('[data-target="DailyPapers"]');
    block?.setAttribute('data-props', '{"dailyPapers":[{"paper":{"id":"2401.00009","title":"New"}}]}');
    expect([...embeddedPapers(doc).keys()]).toEqual(['arxiv:2401.00009']);
    expect(parse).toHaveBeenCalledTimes(2);
    parse.mockRestore();
  });

  it('reads lists of bare papers and ignores blocks that are not about papers', () => {
    const html = `<div data-target="DailyPapers" data-props='{"papers":[{"id":"2401.00001","title":"Bare"}],"comments":[{"id":"65f1c2aa"}]}'></div>
      <div data-target="UserMenu" data-props='{"dailyPapers":[{"paper":{"id":"2401.00002"}}]}'></div>`;
    expect([...embeddedPapers(pageAt(html, 'https://huggingface.co/papers').doc).keys()]).toEqual(['arxiv:2401.00001']);
  });
});
