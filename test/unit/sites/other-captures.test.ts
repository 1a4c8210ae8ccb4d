import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { Card } from '@/lib/sites/types';
import { type Capture, readsCaptures } from './expect-cards';

// Real server HTML of the venue sites, kept next to the repository (../shared/pages/other-sites); absent in some
// checkouts. The fixtures follow these pages; this test reads the pages themselves.
const capturesDir = fileURLToPath(new URL('../../../../shared/pages/other-sites/', import.meta.url));
const captures = existsSync(capturesDir)
  ? readdirSync(capturesDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((dir) => readdirSync(`${capturesDir}${dir.name}`).map((name) => `${dir.name}/${name}`))
      .filter((name) => name.endsWith('.html'))
  : [];

const idsOf = (cards: Card[]) => cards.map((c) => c.paper.id);

/** What each known capture stands for (its real URL), which adapter reads it, and what it holds. */
const known: Record<string, Capture & { adapter: string | null }> = {
  'openreview/submissions-NeurIPS2025-page1_2026-02_raw.html': {
    url: 'https://openreview.net/submissions?venue=NeurIPS.cc%2F2025%2FConference',
    adapter: 'openreview',
    check(cards) {
      // The excerpt keeps 7 of the page's 25 cards, all in the hidden streaming slot.
      expect(idsOf(cards)).toEqual(
        ['RxWILaXuhb', 'ZeFMtRBy4Z', 'LPUr2CexmX', 'lClK4uBxSG', 'XsBzmJzJ2l', 'yrrU5YChQr', 'nZ4mFzCZIx'].map((id) => `openreview:${id}`),
      );
      expect(cards[1]?.paper).toMatchObject({
        title: 'REVE: A Foundation Model for EEG - Adapting to Any Setup with Large-Scale Pretraining on 25,000 Subjects',
        venue: 'NeurIPS 2025 poster',
        year: 2025,
      });
      expect(cards[1]?.paper.authors).toHaveLength(8);
      expect(cards[4]?.paper.authors).toEqual(['Miranda Anna Christ', 'Adrián Csiszárik', 'Gergely Becsó', 'Dániel Varga']);
      expect(cards.map((c) => c.paper.venue)).toEqual([
        'NeurIPS 2025 poster',
        'NeurIPS 2025 poster',
        'Submitted to NeurIPS 2025',
        'NeurIPS 2025 spotlight',
        'NeurIPS 2025 spotlight',
        'NeurIPS 2025 poster',
        'NeurIPS 2025 poster',
      ]);
    },
  },
  'acl-anthology/paper-2023.findings-emnlp.725_2026-08-26_raw.html': {
    url: 'https://aclanthology.org/2023.findings-emnlp.725/',
    adapter: 'acl',
    check(cards) {
      expect(cards.map((c) => [c.paper.id, c.paper.aliases])).toEqual([
        ['doi:10.18653/v1/2023.findings-emnlp.725', ['acl:2023.findings-emnlp.725']],
      ]);
      expect(cards[0]?.paper).toMatchObject({
        title: 'HuatuoGPT, Towards Taming Language Model to Be a Doctor',
        venue: 'Findings of the Association for Computational Linguistics: EMNLP 2023',
        year: 2023,
        publishedAt: '2023-12',
        pdfUrl: 'https://aclanthology.org/2023.findings-emnlp.725.pdf',
      });
      // The names the page shows (the meta tags say "Feng Jiang (蒋峰)" and "Hardy Chen").
      expect(cards[0]?.paper.authors.slice(0, 7)).toEqual([
        'Hongbo Zhang',
        'Junying Chen',
        'Feng Jiang',
        'Fei Yu',
        'Zhihong Chen',
        'Jianquan Li',
        'Guiming Chen',
      ]);
      expect(cards[0]?.paper.authors).toHaveLength(13);
      expect(cards[0]?.paper.abstract).toMatch(/^In this paper, we present HuatuoGPT, .* in most cases\.$/);
    },
  },
  'neurips/proceedings-2023-book_2026_raw.html': {
    url: 'https://papers.nips.cc/paper_files/paper/2023',
    adapter: 'neurips',
    check(cards) {
      expect(cards).toHaveLength(7);
      expect(cards[0]?.paper).toMatchObject({
        id: 'neurips:2023/0001ca33ba34ce0351e4612b744b3936',
        title: 'Modelling Cellular Perturbations with the Sparse Additive Mechanism Shift Variational Autoencoder',
        authors: ['Michael Bereket', 'Theofanis Karaletsos'],
        venue: 'Advances in Neural Information Processing Systems 36',
        year: 2023,
      });
      expect(cards[6]?.paper.id).toBe('neurips:2023/00ba06ba5c324efdfb068865ca44cf0b');
      expect(cards[6]?.paper.pdfUrl).toBe(
        'https://papers.nips.cc/paper_files/paper/2023/file/00ba06ba5c324efdfb068865ca44cf0b-Paper-Datasets_and_Benchmarks.pdf',
      );
    },
  },
  'pmlr/volume-v235-ICML2024_raw.html': {
    url: 'https://proceedings.mlr.press/v235/',
    adapter: 'pmlr',
    check(cards) {
      expect(cards.map((c) => c.paper.aliases)).toEqual(
        ['abad-rocamora24a', 'abe24a', 'abhyankar24a', 'acharya24a', 'achituve24a', 'achtibat24a'].map((key) => [`pmlr:v235/${key}`]),
      );
      expect(idsOf(cards)).toEqual(
        ['AZWqXfM6z9', '9U29U3cDKq', 'wDDGQabYPQ', 'MurkwIl0h3', 'GiHo83ozsF', 'emtXYlBrNF'].map((id) => `openreview:${id}`),
      );
      expect(cards[5]?.paper).toMatchObject({
        title: 'AttnLRP: Attention-Aware Layer-Wise Relevance Propagation for Transformers',
        venue: 'Proceedings of the 41st International Conference on Machine Learning',
        year: 2024,
      });
      expect(cards[5]?.paper.authors).toEqual([
        'Reduan Achtibat',
        'Sayed Mohammad Vakilzadeh Hatefi',
        'Maximilian Dreyer',
        'Aakriti Jain',
        'Thomas Wiegand',
        'Sebastian Lapuschkin',
        'Wojciech Samek',
      ]);
    },
  },
  'cvf/CVPR2017-all-papers_raw.html': {
    url: 'https://openaccess.thecvf.com/CVPR2017',
    adapter: 'cvf',
    check(cards) {
      expect(idsOf(cards)).toEqual([
        'arxiv:1609.05600',
        'arxiv:1707.00383',
        'arxiv:1608.06049',
        'arxiv:1707.05055',
        'cvf:CVPR2017/Trigeorgis_Face_Normals_In-The-Wild',
      ]);
      expect(cards[1]?.paper).toMatchObject({
        aliases: ['cvf:CVPR2017/Zhao_Physics_Inspired_Optimization'],
        title: 'Physics Inspired Optimization on Semantic Transfer Features: An Alternative Method for Room Layout Estimation',
        authors: ['Hao Zhao', 'Ming Lu', 'Anbang Yao', 'Yiwen Guo', 'Yurong Chen', 'Li Zhang'],
        venue: 'Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition (CVPR)',
        year: 2017,
      });
    },
  },
  'google-scholar/search-results_q-geology-olympus-range_2020-11-23_raw.html': {
    url: 'https://scholar.google.com/scholar?q=Geology+of+the+Olympus+Range+area&hl=en',
    adapter: 'scholar',
    check(cards) {
      expect(cards).toHaveLength(10);
      expect(cards[0]?.paper).toMatchObject({
        id: 'scholar:15801554877513113826',
        title: 'Geology of the Olympus Range Area, Southern Victoria Land',
        authors: ['MJ Isaac', 'TJ Chinn', 'SW Edbrooke', 'PJ Forsyth'],
        year: 1996,
      });
      expect(cards[1]?.paper).toMatchObject({
        id: 'scholar:8188755959889491825',
        title: 'Plutonic rocks from the Cape Roberts hinterland: Wilson piedmont glacier, southern Victoria land, Antarctica',
        authors: ['PJ Forsyth', 'N Mortimer', 'IM Turnbull'],
        venue: 'Terra Antartica',
        year: 2002,
      });
      for (const card of cards) expect(card.paper.id).toMatch(/^(scholar|doi|arxiv):/);
    },
  },
  'google-scholar/search-results_2023-12_two-entries_rendered-dom.html': {
    url: 'https://scholar.google.com/scholar?q=automated+grading&hl=en',
    adapter: 'scholar',
    check(cards) {
      expect(cards.map((c) => [c.paper.id, c.paper.aliases])).toEqual([
        ['scholar:3885100108290384890', undefined],
        ['doi:10.1145/1930464.1930480', ['scholar:3601791113138077281']],
      ]);
      expect(cards[1]?.paper).toMatchObject({
        authors: ['P Ihantola', 'T Ahoniemi', 'V Karavirta'],
        venue: 'Proceedings of the 10th …',
        year: 2010,
      });
    },
  },
  // No adapter covers PubMed (not in this sites): its page gets nothing.
  'pubmed/search-term-endometriosis-sort-date_2023-11_two-cards_raw.html': {
    url: 'https://pubmed.ncbi.nlm.nih.gov/?term=endometriosis&sort=date',
    adapter: null,
    check(cards) {
      expect(cards).toEqual([]);
    },
  },
};

readsCaptures('venue adapters on the real page captures in ../shared/pages/other-sites', capturesDir, captures, known, (capture) =>
  capture.adapter ? [capture.adapter] : [],
);
