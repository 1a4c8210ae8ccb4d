import { describe, expect, it, vi } from 'vitest';
import { paperSchemas } from '@/lib/paper';
import { arxiv, firstLast } from '@/lib/sites/arxiv';
import { fixturePage, pageAt } from '../../helpers/dom';
import { type Expected, expectCards, readCards } from './expect-cards';

const VISUAL_RFT: Expected = [
  'arxiv:2503.01785',
  'Visual-RFT: Visual Reinforcement Fine-Tuning',
  ['Ziyu Liu', 'Zeyi Sun', 'Yuhang Zang', 'Xiaoyi Dong', 'Yuhang Cao', 'Haodong Duan', 'Dahua Lin', 'Jiaqi Wang'],
];
const KNN: Expected = [
  'arxiv:2503.01802',
  'Sparse $k$-NN Attention for Gigapixel Pathology Images',
  ['Amélie Dubois', 'Søren Kjær', 'Wei Li'],
];
const PHI4: Expected = [
  'arxiv:2503.01743',
  'Phi-4-Mini Technical Report: Compact yet Powerful Multimodal Language Models via Mixture-of-LoRAs',
  ['Abdelrahman Abouelenin', 'Atabak Ashfaq', 'Adam Atkinson'],
];
const COCONUT: Expected = [
  'arxiv:2412.06769',
  'Training Large Language Models to Reason in a Continuous Latent Space',
  ['Shibo Hao', 'Sainbayar Sukhbaatar', 'DiJia Su', 'Xian Li', 'Zhiting Hu', 'Jason Weston', 'Yuandong Tian'],
];
const DEPTH: Expected = [
  'arxiv:2502.19204',
  'Distill Any Depth: Distillation Creates a Stronger Monocular Depth Estimator',
  ['Xiankang He', 'Dongyan Guo', 'Hongji Li', 'Ruibo Li', 'Ying Cui', 'Chi Zhang'],
];
const MAMBA: Expected = ['arxiv:2312.00752', 'Mamba: Linear-Time Sequence Modeling with Selective State Spaces', ['Albert Gu', 'Tri Dao']];
const MAMBA_360: Expected = [
  'arxiv:2404.16112',
  'Mamba-360: Survey of State Space Models as Transformer Alternative for Long Sequence Modelling: Methods, Applications, and Challenges',
  ['Badri Narayana Patro', 'Vijay Srinivas Agneeswaran'],
];

describe('arxiv adapter on a /new listing (current markup)', () => {
  const NEW = 'https://arxiv.org/list/cs.CV/new';
  const { doc, url } = fixturePage('arxiv/list-cs.CV-new.html', NEW);
  const cards = readCards(arxiv, doc, url);

  it('reads every dt + dd pair of the new, cross-list and replacement sections, in page order', () => {
    expectCards(cards, [VISUAL_RFT, KNN, PHI4, COCONUT, DEPTH]);
  });

  it('keeps the abstract, the primary category, the links and where the paper was seen', () => {
    expect(cards[0]?.paper).toMatchObject({
      url: 'https://arxiv.org/abs/2503.01785',
      pdfUrl: 'https://arxiv.org/pdf/2503.01785',
      primaryClass: 'cs.CV',
      source: { site: 'arxiv', page: 'cs.CV/new', url: NEW },
    });
    expect(cards[0]?.paper.abstract).toMatch(/^Reinforcement Fine-Tuning \(RFT\) in Large Reasoning Models .* on visual tasks\.$/);
    expect(cards[1]?.paper.abstract).toContain('brings the cost down to $O(n \\log n)$ while');
    // A cross-list keeps its own primary category, not the listing's.
    expect(cards[2]?.paper.primaryClass).toBe('cs.CL');
  });

  it('mounts each control at the end of its dt, never inside a .mathjax node', () => {
    for (const card of cards) {
      expect(card.anchor.localName).toBe('dt');
      expect(card.placement).toBe('append');
      expect(card.anchor.closest('.mathjax')).toBeNull();
    }
  });

  it('gives every draft a shape the library accepts', () => {
    for (const card of cards) expect(paperSchemas().PaperDraft.safeParse(card.paper).success).toBe(true);
  });
});

describe('arxiv adapter on other listing pages', () => {
  it('reads a catch-up page like a /new listing', () => {
    const CATCHUP = 'https://arxiv.org/catchup/cs.CV/2025-03-04?abs=True';
    const { doc, url } = fixturePage('arxiv/catchup-cs.CV-2025-03-04.html', CATCHUP);
    const cards = readCards(arxiv, doc, url);
    expectCards(cards, [VISUAL_RFT, KNN, PHI4, COCONUT, DEPTH]);
    expect(cards[0]?.paper.source).toEqual({ site: 'arxiv', page: 'catchup/cs.CV/2025-03-04?abs=True', url: CATCHUP });
  });

  it('reads a /recent listing, whose entries have no abstract', () => {
    const { doc, url } = fixturePage('arxiv/list-cs.CV-recent.html', 'https://arxiv.org/list/cs.CV/recent?skip=0&show=4');
    const cards = readCards(arxiv, doc, url);
    expectCards(cards, [VISUAL_RFT, KNN, PHI4, DEPTH]);
    expect(cards.map((c) => c.paper.abstract)).toEqual([undefined, undefined, undefined, undefined]);
    expect(cards[0]?.paper.source?.page).toBe('cs.CV/recent');
  });

  it('reads the pre-2024 markup (span.list-identifier, "Authors:" label) on a /pastweek listing', () => {
    const { doc, url } = fixturePage('arxiv/list-cs.LG-pastweek.html', 'https://arxiv.org/list/cs.LG/pastweek?skip=0&show=4');
    const cards = readCards(arxiv, doc, url);
    expectCards(cards, [
      ['arxiv:2310.04400', 'Warmup Schedules for Adaptive Optimizers Revisited', ['Marta Kowalczyk', 'José Ángel Ruiz', 'Priya Natarajan']],
      [
        'arxiv:2310.04418',
        'Functional Interpolation for Relative Positions Improves Long Context Transformers',
        [
          'Shanda Li',
          'Chong You',
          'Guru Guruganesh',
          'Joshua Ainslie',
          'Santiago Ontanon',
          'Manzil Zaheer',
          'Sumit Sanghai',
          'Yiming Yang',
          'Sanjiv Kumar',
          'Srinadh Bhojanapalli',
        ],
      ],
      [
        'arxiv:2310.04444',
        "What's the Magic Word? A Control Theory of LLM Prompting",
        ['Aman Bhargava', 'Cameron Witkowski', 'Shi-Zhuo Looi', 'Matt Thomson'],
      ],
      [
        'arxiv:2310.03714',
        'DSPy: Compiling Declarative Language Model Calls into Self-Improving Pipelines',
        ['Omar Khattab', 'Arnav Singhvi', 'Paridhi Maheshwari'],
      ],
    ]);
    expect(cards.map((c) => c.paper.primaryClass)).toEqual(['cs.LG', 'cs.LG', 'cs.CL', 'cs.CL']);
    for (const card of cards) expect(card.anchor.localName).toBe('dt');
  });

  it('reads old-style ids on a pre-2024 month listing (/list/<archive>/<yymm>)', () => {
    const { doc, url } = fixturePage('arxiv/list-hep-th-9901.html', 'https://arxiv.org/list/hep-th/9901');
    const cards = readCards(arxiv, doc, url);
    expectCards(cards, [
      ['arxiv:hep-th/9901001', 'Boundary States of D-Branes on Orbifolds', ['Alice Rivera', 'Bohdan Kovalenko']],
      ['arxiv:hep-th/9901002', 'Large $N$ Limits of Matrix Models with Boundaries', ['Kenji Ito']],
      ['arxiv:math.QA/9901010', 'Quantum Groups at Roots of $1$ and Link Invariants', ['Tomasz Nowicki']],
    ]);
    expect(cards[2]?.paper).toMatchObject({ url: 'https://arxiv.org/abs/math.QA/9901010', primaryClass: 'math.QA' });
    expect(cards[0]?.paper.source?.page).toBe('hep-th/9901');
  });
});

describe('arxiv adapter on search results', () => {
  it('reads li.arxiv-result cards, dropping version suffixes and search-hit highlighting', () => {
    const SEARCH = 'https://arxiv.org/search/?query=mamba&searchtype=all&source=header';
    const { doc, url } = fixturePage('arxiv/search-query-mamba.html', SEARCH);
    const cards = readCards(arxiv, doc, url);
    expectCards(cards, [
      MAMBA,
      [
        'arxiv:2401.09417',
        'Vision Mamba: Efficient Visual Representation Learning with Bidirectional State Space Model',
        ['Lianghui Zhu', 'Bencheng Liao', 'Qian Zhang', 'Xinlong Wang', 'Wenyu Liu', 'Xinggang Wang'],
      ],
      MAMBA_360,
      // The page lists the first authors and "et al. (5 additional authors not shown)": only the names shown.
      ['arxiv:2402.03302', 'Swin-UMamba: Mamba-based UNet with ImageNet-based pretraining', ['Jiarun Liu', 'Hao Yang', 'Hong-Yu Zhou']],
    ]);
    expect(cards.map((c) => c.paper.primaryClass)).toEqual(['cs.LG', 'cs.CV', 'cs.LG', 'eess.IV']);
    expect(cards[3]?.paper.doi).toBe('10.1007/978-3-031-72114-4_59');
    expect(cards[0]?.paper.source).toEqual({ site: 'arxiv', page: 'search/?query=mamba&searchtype=all&source=header', url: SEARCH });
  });

  it('takes the full abstract, without the short preview or the "Less" toggle', () => {
    const { doc, url } = fixturePage('arxiv/search-query-mamba.html', 'https://arxiv.org/search/?query=mamba&searchtype=all');
    const [first, , , last] = readCards(arxiv, doc, url);
    expect(first?.paper.abstract).toBe(
      'Foundation models, now powering most of the exciting applications in deep learning, are almost universally based on the Transformer architecture and its core attention module. We integrate selective SSMs into a simplified end-to-end neural network architecture without attention or even MLP blocks (Mamba).',
    );
    expect(last?.paper.abstract).toMatch(/We propose Swin-UMamba, a Mamba-based model .* where \$n\$ scales are fused\.$/);
  });

  it('mounts on the id line, which MathJax leaves alone', () => {
    const { doc, url } = fixturePage('arxiv/search-query-mamba.html', 'https://arxiv.org/search/?query=mamba&searchtype=all');
    for (const card of readCards(arxiv, doc, url)) {
      expect(card.anchor.matches('p.list-title')).toBe(true);
      expect(card.placement).toBe('append');
    }
  });

  it('reads advanced search results (category tags inside the id line)', () => {
    const ADVANCED = 'https://arxiv.org/search/advanced?advanced=&terms-0-term=state+space&terms-0-field=title';
    const { doc, url } = fixturePage('arxiv/search-advanced.html', ADVANCED);
    const cards = readCards(arxiv, doc, url);
    expectCards(cards, [MAMBA_360, MAMBA]);
    expect(cards.map((c) => c.paper.primaryClass)).toEqual(['cs.LG', 'cs.LG']);
  });
});

describe('arxiv adapter on an abstract page', () => {
  const ABS = 'https://arxiv.org/abs/2503.01785v2';
  const { doc, url } = fixturePage('arxiv/abs-2503.01785v2.html', ABS);
  const cards = readCards(arxiv, doc, url);

  it('makes one card from the citation_* meta tags, without the version', () => {
    expectCards(cards, [VISUAL_RFT]);
    expect(cards[0]?.paper).toMatchObject({
      url: 'https://arxiv.org/abs/2503.01785',
      pdfUrl: 'https://arxiv.org/pdf/2503.01785',
      publishedAt: '2025-03-03',
      primaryClass: 'cs.CV',
      source: { site: 'arxiv', page: 'abs/2503.01785v2', url: ABS },
    });
    expect(cards[0]?.paper.abstract).toMatch(/^Reinforcement Fine-Tuning .* on visual tasks\.$/);
  });

  it('puts the control right after the title heading, not inside it', () => {
    expect(cards[0]?.anchor.matches('h1.title')).toBe(true);
    expect(cards[0]?.placement).toBe('after');
  });

  it('falls back to the visible title and authors when the meta tags are missing', () => {
    const html = `<div id="abs"><h1 class="title mathjax"><span class="descriptor">Title:</span>A $\\beta$ Paper</h1>
      <div class="authors"><span class="descriptor">Authors:</span><a href="/a/x">Ann Lee</a>, <a href="/a/y">Bo Chen</a></div></div>`;
    const { doc, url } = pageAt(html, 'https://arxiv.org/abs/2401.00001v3');
    expectCards(readCards(arxiv, doc, url), [['arxiv:2401.00001', 'A $\\beta$ Paper', ['Ann Lee', 'Bo Chen']]]);
  });
});

describe('arxiv adapter after MathJax has rendered the page', () => {
  it('reads titles and abstracts back as TeX, leaving out the rendered copies', () => {
    const { doc, url } = fixturePage('arxiv/list-cs.CV-new.html', 'https://arxiv.org/list/cs.CV/new');
    // What MathJax 2 leaves in place of `$k$`: a preview, the rendered formula, and the TeX in a script.
    for (const node of doc.querySelectorAll('.mathjax')) {
      node.innerHTML = node.innerHTML.replace(
        /\$([^$]+)\$/g,
        '<span class="MathJax_Preview"></span><span class="MathJax" role="presentation"><span class="math"><span>𝑘</span></span></span><script type="math/tex">$1</script>',
      );
    }
    const cards = readCards(arxiv, doc, url);
    expect(cards[1]?.paper.title).toBe('Sparse $k$-NN Attention for Gigapixel Pathology Images');
    expect(cards[1]?.paper.abstract).toContain('up to $10^{10}$ pixels');
  });
});

describe('arxiv adapter on odd markup', () => {
  const LIST = 'https://arxiv.org/list/cs.LG/new';

  it('skips entries it cannot read and counts them in one debug line', () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const html = `<div id="dlpage"><dl id="articles">
      <dt><a href="/abs/2401.00001" title="Abstract">arXiv:2401.00001</a></dt>
      <dd><div class="list-title mathjax"><span class="descriptor">Title:</span> Fine</div><div class="list-authors"><a>Ann Lee</a></div></dd>
      <dt><a href="/abs/not-an-id" title="Abstract">arXiv:???</a></dt><dd><div class="list-title">Bad id</div></dd>
      <dt><a href="/abs/2401.00002" title="Abstract">arXiv:2401.00002</a></dt><dd><div class="list-authors">No title</div></dd>
      <dd><div class="list-title">A dd without its dt</div></dd>
      <dt><a href="/abs/2401.00003" title="Abstract">arXiv:2401.00003</a></dt>
      <dt><a href="/abs/2401.00004" title="Abstract">arXiv:2401.00004</a></dt><dd><div class="list-title">Author list unavailable</div><div class="list-authors">(author list is unavailable)</div></dd>
      <dt><a href="/abs/2401.00001v2" title="Abstract">arXiv:2401.00001v2</a></dt><dd><div class="list-title">Fine, listed twice</div></dd>
      <dt><a href="/abs/2401.00005" title="Abstract">arXiv:2401.00005</a></dt>
    </dl></div>`;
    const { doc, url } = pageAt(html, LIST);
    expectCards(readCards(arxiv, doc, url), [
      ['arxiv:2401.00001', 'Fine', ['Ann Lee']],
      ['arxiv:2401.00004', 'Author list unavailable', []],
    ]);
    // Bad id, no title, dd without dt, dt without dd (twice).
    expect(debug).toHaveBeenCalledWith('[paper-shelf] arxiv: skipped 5 unreadable card(s)');
    debug.mockRestore();
  });

  it('reads every form of abstract link: relative, versioned, with a slash, a query or an absolute URL', () => {
    const entry = (href: string, title: string) =>
      `<dt><a href="${href}" title="Abstract">x</a></dt><dd><div class="list-title">${title}</div></dd>`;
    const html = `<div id="dlpage"><dl>${[
      entry('/abs/2401.00006/', 'Slash'),
      entry('/abs/2401.00007?context=cs', 'Query'),
      entry('/abs/hep-th%2F9901001', 'Encoded'),
      entry('https://arxiv.org/abs/2401.00008v3', 'Absolute'),
    ].join('')}</dl></div>`;
    const { doc, url } = pageAt(html, LIST);
    expect(readCards(arxiv, doc, url).map((c) => [c.paper.id, c.paper.title])).toEqual([
      ['arxiv:2401.00006', 'Slash'],
      ['arxiv:2401.00007', 'Query'],
      ['arxiv:hep-th/9901001', 'Encoded'],
      ['arxiv:2401.00008', 'Absolute'],
    ]);
  });

  it('ignores dl lists outside #dlpage and pages it does not know', () => {
    const html = '<dl><dt><a href="/abs/2401.00001" title="Abstract">x</a></dt><dd><div class="list-title">T</div></dd></dl>';
    expect(readCards(arxiv, pageAt(html, LIST).doc, new URL(LIST))).toEqual([]);
    const dlpage = `<div id="dlpage">${html}</div>`;
    expect(readCards(arxiv, pageAt(dlpage, 'https://arxiv.org/help/api').doc, new URL('https://arxiv.org/help/api'))).toEqual([]);
  });

  it('skips an abstract page without a title heading to mount on', () => {
    const html = '<meta name="citation_title" content="T"><meta name="citation_arxiv_id" content="2401.00001">';
    const { doc, url } = pageAt(html, 'https://arxiv.org/abs/2401.00001');
    expect(readCards(arxiv, doc, url)).toEqual([]);
  });

  it('clips hostile lengths so the library accepts the draft', () => {
    const title = 'x'.repeat(10_000);
    const html = `<meta name="citation_title" content="${title}"><meta name="citation_arxiv_id" content="2401.00001"><h1 class="title">t</h1>`;
    const { doc, url } = pageAt(html, 'https://arxiv.org/abs/2401.00001');
    const [card] = readCards(arxiv, doc, url);
    expect(card?.paper.title).toHaveLength(2000);
    expect(paperSchemas().PaperDraft.safeParse(card?.paper).success).toBe(true);
  });

  it('never throws on an empty document', () => {
    for (const page of [LIST, 'https://arxiv.org/search/?query=x', 'https://arxiv.org/abs/2401.00001', 'https://arxiv.org/catchup']) {
      const { doc, url } = pageAt('', page);
      expect(readCards(arxiv, doc, url)).toEqual([]);
    }
  });
});

describe('firstLast', () => {
  it('turns "Last, First" into "First Last"', () => {
    expect(firstLast('Geng, Yi')).toBe('Yi Geng');
    expect(firstLast('van der Berg, Jan')).toBe('Jan van der Berg');
    expect(firstLast('Smith, John, Jr')).toBe('John Smith Jr');
    expect(firstLast('ATLAS Collaboration')).toBe('ATLAS Collaboration');
  });
});
