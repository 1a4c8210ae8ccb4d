import { describe, expect, it } from 'vitest';
import { embeddedPapers, huggingface } from '@/lib/sites/huggingface';
import type { Card } from '@/lib/sites/types';
import { fixturePage, pageAt } from '../../helpers/dom';
import { fixture } from '../../helpers/fixtures';
import { readCards } from './expect-cards';

// Hugging Face as served in 2026 (fixtures that follow ../shared/pages/huggingface; see each fixture's header).

/** One expected card: id, title, authors and abstract exactly as saved. */
type Full = [id: string, title: string, authors: string[], abstract: string | undefined];

function read(doc: Document, url: URL): Card[] {
  return readCards(huggingface, doc, url);
}

function expectFull(cards: Card[], expected: Full[]): void {
  expect(cards.map(({ paper }) => [paper.id, paper.title, paper.authors, paper.abstract])).toEqual(expected);
}

const KANDINSKY: Full = [
  'arxiv:2610.05608',
  'Kandinsky 6.0 Video: Foundation Models for Synchronized Video and Audio Generation',
  ['Team Kandinsky', 'Julia Agafonova', 'Bulat Akhmatov', 'Vladimir Arkhipkin', 'Denis Dimitrov'],
  'We present Kandinsky 6.0 Video, a family of foundation diffusion models for synchronized text-to-audio-video generation, trained jointly on paired video and sound. A single transformer denoises video and audio latents together, so that speech, music and effects stay in step with the picture.',
];
const MINERU: Full = [
  'arxiv:2509.22186',
  'MinerU2.5: A Decoupled Vision-Language Model for Efficient High-Resolution Document Parsing',
  ['Junbo Niu', 'Zheng Liu', 'Zhuangcheng Gu', 'Bin Wang', 'Linke Ouyang', 'Xiaomeng Zhao', 'Tao Chu', 'Tianyao He'],
  'We introduce MinerU2.5, a 1.2B-parameter document parsing vision-language model that achieves state-of-the-art recognition accuracy while maintaining exceptional computational efficiency. Our approach employs a coarse-to-fine, two-stage parsing strategy that decouples global layout analysis from local content recognition.',
];
const PYTORCH: Full = [
  'arxiv:2006.15704',
  'PyTorch Distributed: Experiences on Accelerating Data Parallel Training',
  [
    'Shen Li',
    'Yanli Zhao',
    'Rohan Varma',
    'Omkar Salpekar',
    'Pieter Noordhuis',
    'Teng Li',
    'Adam Paszke',
    'Jeff Smith',
    'Brian Vaughan',
    'Pritam Damania',
    'Soumith Chintala',
  ],
  'This paper presents the design, implementation, and evaluation of the PyTorch distributed data parallel module. PyTorch is a widely-adopted scientific computing package used in deep learning research and applications.',
];
const YOLO: Full = [
  'arxiv:2606.03748',
  'Ultralytics YOLO26: Unified Real-Time End-to-End Vision Models',
  ['Glenn Jocher', 'Jing Qiu', 'Ayush Chaurasia', 'Muhammad Rizwan Munawar'],
  'We present YOLO26, a unified family of real-time vision models for detection, segmentation, pose estimation and oriented boxes. Its end-to-end head removes non-maximum suppression at inference, and a revised training recipe improves accuracy at every scale.',
];
// Hugging Face usernames the 2026 cards show in li[title] and "Submitted by": never authors.
const USERNAMES = [
  'ouyanglinke',
  'wanderkid',
  'Chokoyo',
  'starriver030515',
  'Niujunbo2002',
  'soumithchintala',
  'hongcchen',
  'mteplitskiy',
  'liwei-ai',
  'ohaddad',
  'hmueller',
  'raviiyer',
  'vvasilev',
  'taesiri',
  'nielsr',
];

function expectNoUsernames(cards: Card[]): void {
  for (const { paper } of cards) for (const name of USERNAMES) expect(paper.authors).not.toContain(name);
}

describe('huggingface adapter on the trending list of October 2026 (one <article>, two copies of the card)', () => {
  const { doc, url } = fixturePage('huggingface/papers-trending-2026-10.html', 'https://huggingface.co/papers/trending');
  const cards = read(doc, url);

  it('finds one card per paper, not one per copy, with the JSON’s authors and abstract (never ai_summary)', () => {
    expectFull(cards, [KANDINSKY, MINERU, PYTORCH, YOLO]);
    expectNoUsernames(cards);
    for (const { paper } of cards) expect(doc.body.textContent).not.toContain(paper.abstract);
  });

  it('takes date, upvotes and repository from the JSON entry of the same id', () => {
    expect(cards.map((c) => [c.paper.publishedAt, c.paper.upvotes, c.paper.githubRepo])).toEqual([
      ['2026-10-04T09:12:01.000Z', 117, 'https://github.com/kandinskylab/kandinsky-6'],
      ['2025-09-26T10:33:00.000Z', 180, 'https://github.com/opendatalab/MinerU'],
      ['2020-06-28T20:39:45.000Z', 13, 'https://github.com/pytorch/pytorch'],
      ['2026-06-02T17:59:11.000Z', 42, 'https://github.com/ultralytics/ultralytics'],
    ]);
  });

  it('puts the control at the end of the article, shared by the desktop and the mobile copy', () => {
    for (const card of cards) {
      expect(card.anchor.matches('article.relative.overflow-hidden.rounded-xl.border')).toBe(true);
      expect(card.placement).toBe('append');
      expect(card.container).toEqual([card.anchor]);
      expect(card.anchor.querySelectorAll('h3 a')).toHaveLength(2);
    }
  });

  it('finds the cards by their title links whatever wraps them', () => {
    const html = fixture('huggingface/papers-trending-2026-10.html')
      .replaceAll('<article class=', '<div data-card class=')
      .replaceAll('</article>', '</div>');
    const { doc, url } = pageAt(html, 'https://huggingface.co/papers/trending');
    const cards = read(doc, url);
    expectFull(cards, [KANDINSKY, MINERU, PYTORCH, YOLO]);
    for (const card of cards) expect(card.container).toEqual([card.anchor.closest('[data-card]')]);
  });
});

describe('huggingface adapter on a search page of October 2026', () => {
  const { doc, url } = fixturePage(
    'huggingface/papers-q-source-citations-2026-10.html',
    'https://huggingface.co/papers?q=source%20citations',
  );
  const cards = read(doc, url);

  it('finds every hit (a <div>, not an <article>) with searchResults’ authors and abstract, not the day’s list', () => {
    expectFull(cards, [
      [
        'arxiv:2606.00683',
        'OCC-RAG: Optimal Cognitive Core for Faithful Question Answering',
        ['Darius Feher', 'Ryan Levy', 'Roman Gomez', 'Tanvir Hossain'],
        'Recent progress in the development of language models has been defined by scale, yet faithfulness to the retrieved sources has not kept pace. We introduce OCC-RAG, a small cognitive core trained to answer only from its context, and evaluate it on answerable (MuSiQue) and refusal (MuSiQue-Un) benchmarks.',
      ],
      [
        'arxiv:2609.11115',
        'Benchmark Radar: A Living Database and Search Engine for AI Benchmarks and Evaluation',
        ['Yuxuan Zhang', 'Mei Chen', 'Graham Neubig'],
        'Benchmark researchers and developers of large language models (LLMs) struggle to keep track of thousands of evaluation suites. Benchmark Radar is a continuously updated database and search engine over benchmarks, their tasks and their results, built for discovery and reproducible analysis.',
      ],
      [
        'arxiv:2502.20581',
        'The Noisy Path from Source to Citation: Measuring How Scholars Engage with Past Research',
        ['Hong Chen', 'Misha Teplitskiy', 'David Jurgens'],
        'Academic citations are widely used for evaluating research and tracing knowledge flows. Such uses typically rely on raw citation counts and neglect variability in citation types. We measure how faithfully citing papers represent the findings they cite.',
      ],
      [
        'arxiv:2605.08583',
        "Source or It Didn't Happen: A Multi-Agent Framework for Citation Hallucination Detection",
        ['Ziyang Wang', 'Amir Houmansadr'],
        'Large language models are increasingly used in scientific writing, where fabricated references are a growing risk. We present CiteTracer, a multi-agent framework that retrieves, verifies and explains each citation. Code: https://github.com/aaFrostnova/CiteTracer.',
      ],
      [
        'arxiv:2609.00319',
        'Sources of Truth: A Multi-Platform, Multilingual Audit of Citations in AI Mental Health Information Queries',
        [
          'Ana Lopez',
          'Priya Raman',
          'Jonas Weber',
          'Chen Li',
          'Fatima Noor',
          'Kenji Sato',
          'Olga Ivanova',
          'Samuel Okafor',
          'Lea Martin',
          'Tomas Novak',
        ],
        'Online health information seeking is shifting from search engines to conversational AI systems. We audit the citations that five platforms give to mental health questions asked in six languages.',
      ],
    ]);
    expectNoUsernames(cards);
    expect(embeddedPapers(doc).has('arxiv:2610.01873')).toBe(true);
  });

  it('makes the whole hit the card, with the control right after its title', () => {
    for (const card of cards) {
      expect(card.container).toHaveLength(1);
      expect(card.container?.[0]?.matches('div.relative.flex.gap-4.rounded-xl.border.p-4')).toBe(true);
      expect(card.anchor.localName).toBe('h3');
      expect(card.placement).toBe('after');
    }
  });
});

const WEEK_CARDS: Full[] = [
  ['arxiv:2603.12088', 'Diffusion Planners Need Less Data Than You Think', [], undefined],
  ['arxiv:2603.13366', 'Thinking in Uncertainty: Mitigating Hallucinations in MLRMs', [], undefined],
  ['arxiv:2603.10517', 'A Census of Open Speech Corpora', [], undefined],
];
const WEEK_FULL: Full[] = [
  [
    'arxiv:2603.12088',
    'Diffusion Planners Need Less Data Than You Think',
    ['Hannah Müller', 'Kofi Mensah', 'Ravi Iyer', 'Yuki Tanaka'],
    'Diffusion planners are thought to need large offline datasets. We show that with a task-aware noise schedule they match strong baselines with a tenth of the data.',
  ],
  [
    'arxiv:2603.13366',
    'Thinking in Uncertainty: Mitigating Hallucinations in MLRMs',
    ['Avery Brooks', 'Noah Kim'],
    'Multimodal large reasoning models hallucinate more as their chains of thought grow. We teach them to reason about their own uncertainty and abstain when evidence is missing.',
  ],
  [
    'arxiv:2603.10517',
    'A Census of Open Speech Corpora',
    ['Ines Duarte', 'Mateo Ruiz', 'Aylin Demir'],
    'We count, license-check and deduplicate 412 open speech corpora in 96 languages. The census comes with a loader and a leaderboard of coverage per language.',
  ],
];

describe('huggingface adapter on the daily list of March 2026 and its Daily/Weekly/Monthly switch', () => {
  const DAY = 'https://huggingface.co/papers/date/2026-03-18';

  it('reads every grid card of the day from the JSON', () => {
    const { doc, url } = fixturePage('huggingface/papers-date-2026-03-18.html', DAY);
    const cards = read(doc, url);
    expectFull(cards, [
      [
        'arxiv:2603.16790',
        'InCoder-32B: Code Foundation Model for Industrial Scenarios',
        ['Jian Yang', 'Wei Zhang', 'Shark Liu', 'Zhoujun Li'],
        'Code large language models excel on general programming benchmarks but stumble on industrial code. We present InCoder-32B, trained on chip design, embedded systems and compiler code.',
      ],
      [
        'arxiv:2603.13366',
        'Thinking in Uncertainty: Mitigating Hallucinations in MLRMs',
        ['Avery Brooks', 'Noah Kim'],
        'Multimodal large reasoning models hallucinate more as their chains of thought grow. We teach them to reason about their own uncertainty and abstain when evidence is missing.',
      ],
      [
        'arxiv:2603.15402',
        'Token Budgets for Agentic Search',
        ['Li Wei', 'Sara Costa', 'Omar Haddad'],
        'Search agents spend most of their tokens reading pages they never use. We learn a budget policy that decides when to read, skim or stop.',
      ],
    ]);
    expectNoUsernames(cards);
    for (const card of cards) {
      expect(card.container?.map((e) => e.localName)).toEqual(['article']);
      expect([card.anchor.localName, card.placement]).toEqual(['h3', 'after']);
    }
  });

  /** What the app does on "Weekly" (the fixture's own script does the same in a browser): new list, props gone. */
  function switchToWeek(doc: Document): Element {
    const block = doc.querySelector('[data-target="DailyPapers"]');
    const template = doc.getElementById('fixture-week-cards') as HTMLTemplateElement | null;
    if (!block || !template) throw new Error('fixture changed');
    block.removeAttribute('data-props');
    block.querySelector('.grid.gap-5')?.replaceChildren(template.content.cloneNode(true));
    return block;
  }

  it('saves only the titles while the props are absent, and the full data once they are back', () => {
    const { doc, url } = fixturePage('huggingface/papers-date-2026-03-18.html', DAY);
    const block = switchToWeek(doc);
    const week = new URL('https://huggingface.co/papers/week/2026-W12');
    expectFull(read(doc, week), WEEK_CARDS);
    expectNoUsernames(read(doc, week));
    block.setAttribute('data-props', doc.getElementById('fixture-week-props')?.textContent ?? '');
    expectFull(read(doc, week), WEEK_FULL);
    expect(read(doc, week).map((c) => c.paper.upvotes)).toEqual([88, 71, 40]);
    expect(url.pathname).toBe('/papers/date/2026-03-18');
  });

  it('describes only the cards the old period’s props know while they are stale', () => {
    const { doc } = fixturePage('huggingface/papers-date-2026-03-18.html', DAY);
    const dayProps = doc.querySelector('[data-target="DailyPapers"]')?.getAttribute('data-props') ?? '';
    switchToWeek(doc).setAttribute('data-props', dayProps);
    const cards = read(doc, new URL('https://huggingface.co/papers/week/2026-W12'));
    expectFull(cards, [WEEK_CARDS[0] as Full, WEEK_FULL[1] as Full, WEEK_CARDS[2] as Full]);
    expect(cards[1]?.paper.upvotes).toBe(36);
  });
});

describe('huggingface adapter on a paper page of 2026', () => {
  it('makes one card from the PaperContent paper, not the ai_summary it shows nor the papers its comments link', () => {
    const { doc, url } = fixturePage('huggingface/papers-2609.11115.html', 'https://huggingface.co/papers/2609.11115');
    const cards = read(doc, url);
    expectFull(cards, [
      [
        'arxiv:2609.11115',
        'Benchmark Radar: A Living Database and Search Engine for AI Benchmarks and Evaluation',
        ['Yuxuan Zhang', 'Mei Chen', 'Graham Neubig'],
        'Benchmark researchers and developers of large language models (LLMs) struggle to keep track of thousands of evaluation suites. Benchmark Radar is a continuously updated database and search engine over benchmarks, their tasks and their results, built for discovery and reproducible analysis.',
      ],
    ]);
    expect(cards[0]?.paper).toMatchObject({
      upvotes: 173,
      githubRepo: 'https://github.com/benchmark-radar/radar',
      publishedAt: '2026-09-09T16:20:00.000Z',
    });
    expect([cards[0]?.anchor.localName, cards[0]?.placement]).toEqual(['h1', 'after']);
  });
});

describe('huggingface cards on odd markup', () => {
  it('makes one card per paper even when the paper is shown twice', () => {
    const html = `<main><div class="grid">
      <div class="hit"><h3><a href="/papers/2401.00001">One</a></h3><a href="/papers/2401.00001#community">2</a></div>
      <div class="hit"><h3><a href="/papers/2401.00002">Two</a></h3><a href="/login?next=%2Fpapers%2F2401.00002">up</a></div>
      <div class="hit"><h3><a href="https://huggingface.co/papers/2401.00001">One again</a></h3></div>
    </div></main>`;
    const { doc, url } = pageAt(html, 'https://huggingface.co/papers?q=one');
    const cards = read(doc, url);
    expect(cards.map((c) => [c.paper.id, c.paper.title, c.container?.[0]?.className])).toEqual([
      ['arxiv:2401.00001', 'One', 'hit'],
      ['arxiv:2401.00002', 'Two', 'hit'],
    ]);
  });

  it('never takes an element that holds another paper’s links for the card', () => {
    const html = `<main><div class="list">
      <div class="row"><div class="card"><h3><a href="/papers/2401.00001">One</a></h3><a href="https://arxiv.org/abs/2401.00001">arXiv</a></div>
      <div class="card"><h3><a href="/papers/2401.00002">Two</a></h3><a href="/papers/2401.00002">thumb</a></div></div>
    </div></main>`;
    const { doc, url } = pageAt(html, 'https://huggingface.co/papers');
    expect(read(doc, url).map((c) => [c.paper.id, c.container?.[0]?.className])).toEqual([
      ['arxiv:2401.00001', 'card'],
      ['arxiv:2401.00002', 'card'],
    ]);
  });

  it('skips title headings that link two papers', () => {
    const html = `<main><article><h3><a href="/papers/2401.00001">One</a> <a href="/papers/2401.00002">Two</a></h3></article></main>`;
    const { doc, url } = pageAt(html, 'https://huggingface.co/papers');
    expect(read(doc, url)).toEqual([]);
  });
});
