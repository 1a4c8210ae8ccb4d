import { describe, expect, it } from 'vitest';
import { cvf } from '@/lib/sites/cvf';
import { neurips } from '@/lib/sites/neurips';
import { pmlr } from '@/lib/sites/pmlr';
import { fixturePage } from '../../helpers/dom';
import { expectVenueCards } from './venue-cards';

const ICML = 'Proceedings of the 41st International Conference on Machine Learning';
// On the volume page and on its own page: known by the OpenReview forum it links, its PMLR id an alias.
const ABE = {
  id: 'openreview:9U29U3cDKq',
  aliases: ['pmlr:v235/abe24a'],
  title: 'Adaptively Perturbed Mirror Descent for Learning in Games',
  authors: ['Kenshi Abe', 'Kaito Ariu', 'Mitsuki Sakamoto', 'Atsushi Iwasaki'],
  venue: ICML,
  year: 2024,
};

describe('PMLR', () => {
  it('volume page: every div.paper, known by its abs page and the OpenReview forum it links (the better id, rankIds)', () => {
    const { doc, url } = fixturePage('pmlr/v235.html', 'https://proceedings.mlr.press/v235/');
    const read = pmlr.read(doc, url);
    const cards = [...read.cards];
    expect(read.kind).toBe('listing');
    expectVenueCards(cards, [
      {
        id: 'openreview:AZWqXfM6z9',
        aliases: ['pmlr:v235/abad-rocamora24a'],
        title: 'Revisiting Character-level Adversarial Attacks for Language Models',
        authors: ['Elias Abad Rocamora', 'Yongtao Wu', 'Fanghui Liu', 'Grigorios Chrysos', 'Volkan Cevher'],
        venue: ICML,
        year: 2024,
      },
      ABE,
      {
        id: 'pmlr:v235/zhou24x',
        title: 'Sparse Recovery with $\\ell_1$ Penalties Revisited',
        authors: ['Wen Zhou', 'Ada Kim'],
        venue: ICML,
        year: 2024,
      },
    ]);
    expect(cards[1]?.paper).toMatchObject({
      url: 'https://proceedings.mlr.press/v235/abe24a.html',
      pdfUrl: 'https://raw.githubusercontent.com/mlresearch/v235/main/assets/abe24a/abe24a.pdf',
    });
    for (const card of cards) {
      expect(card.anchor.className).toBe('title');
      expect(card.container?.map((e) => e.className)).toEqual(['paper']);
    }
  });

  it('paper page: one card from the meta tags, "Last, First" turned round', () => {
    const { doc, url } = fixturePage('pmlr/v235-abe24a.html', 'https://proceedings.mlr.press/v235/abe24a.html');
    const read = pmlr.read(doc, url);
    const cards = [...read.cards];
    expect(read.kind).toBe('paper');
    expectVenueCards(cards, [ABE]);
    expect(cards[0]?.paper).toMatchObject({ publishedAt: '2024-07-08', abstract: expect.stringMatching(/^This paper proposes/) });
    expect(cards[0]?.anchor.localName).toBe('h1');
  });
});

describe('NeurIPS proceedings', () => {
  const BOOK = 'Advances in Neural Information Processing Systems 36';
  // On the book page and on its abstract page.
  const BEREKET = {
    id: 'neurips:2023/0001ca33ba34ce0351e4612b744b3936',
    title: 'Modelling Cellular Perturbations with the Sparse Additive Mechanism Shift Variational Autoencoder',
    authors: ['Michael Bereket', 'Theofanis Karaletsos'],
    year: 2023,
  };
  it('book page: every li of the paper list, keyed by year and hash, both tracks', () => {
    const { doc, url } = fixturePage('neurips/book-2023.html', 'https://papers.nips.cc/paper_files/paper/2023');
    const cards = [...neurips.read(doc, url).cards];
    expectVenueCards(cards, [
      { ...BEREKET, venue: BOOK },
      {
        id: 'neurips:2023/00296c0e10cd24d415c2db63ea2a2c68',
        title: 'Path following algorithms for $\\ell_2$-regularized $M$-estimation with approximation guarantee',
        authors: ['Yunzhang Zhu', 'Renxiong Liu'],
        venue: BOOK,
        year: 2023,
      },
      {
        id: 'neurips:2023/00ba06ba5c324efdfb068865ca44cf0b',
        title: 'Gigastep - One Billion Steps per Second Multi-agent Reinforcement Learning',
        authors: [
          'Mathias Lechner',
          'lianhao yin',
          'Tim Seyde',
          'Tsun-Hsuan Johnson Wang',
          'Wei Xiao',
          'Ramin Hasani',
          'Joshua Rountree',
          'Daniela Rus',
        ],
        venue: BOOK,
        year: 2023,
      },
    ]);
    expect(cards.map((c) => c.paper.pdfUrl)).toEqual([
      'https://papers.nips.cc/paper_files/paper/2023/file/0001ca33ba34ce0351e4612b744b3936-Paper-Conference.pdf',
      'https://papers.nips.cc/paper_files/paper/2023/file/00296c0e10cd24d415c2db63ea2a2c68-Paper-Conference.pdf',
      'https://papers.nips.cc/paper_files/paper/2023/file/00ba06ba5c324efdfb068865ca44cf0b-Paper-Datasets_and_Benchmarks.pdf',
    ]);
    for (const card of cards) expect(card.container?.map((e) => e.localName)).toEqual(['li']);
  });

  it('abstract page: one card, the same id on proceedings.neurips.cc', () => {
    const path = '/paper_files/paper/2023/hash/0001ca33ba34ce0351e4612b744b3936-Abstract-Conference.html';
    const { doc, url } = fixturePage('neurips/abstract-0001ca33.html', `https://proceedings.neurips.cc${path}`);
    const read = neurips.read(doc, url);
    expect(read.kind).toBe('paper');
    expectVenueCards(read.cards, [
      // The abstract page names the series, not the book.
      { ...BEREKET, venue: 'Advances in Neural Information Processing Systems' },
    ]);
  });
});

describe('CVF open access', () => {
  const CVPR17 = 'Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition (CVPR)';
  const CVPR24 = 'Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)';
  // On the day listing and on its own page: known by its arXiv id, its CVF page an alias.
  const LLAVA = {
    id: 'arxiv:2310.03744',
    aliases: ['cvf:CVPR2024/Liu_Improved_Baselines_with_Visual_Instruction_Tuning'],
    title: 'Improved Baselines with Visual Instruction Tuning',
    authors: ['Haotian Liu', 'Chunyuan Li', 'Yuheng Li', 'Yong Jae Lee'],
    venue: CVPR24,
    year: 2024,
  };

  it('2017 listing: dt + two dd per paper; the [arXiv] link gives the best id', () => {
    const { doc, url } = fixturePage('cvf/CVPR2017.html', 'https://openaccess.thecvf.com/CVPR2017');
    const cards = [...cvf.read(doc, url).cards];
    expectVenueCards(cards, [
      {
        id: 'arxiv:1609.05600',
        aliases: ['cvf:CVPR2017/Teney_Graph-Structured_Representations_for'],
        title: 'Graph-Structured Representations for Visual Question Answering',
        authors: ['Damien Teney', 'Lingqiao Liu', 'Anton van den Hengel'],
        venue: CVPR17,
        year: 2017,
      },
      {
        id: 'arxiv:1608.06049',
        aliases: ['cvf:CVPR2017/Juefei-Xu_Local_Binary_Convolutional'],
        title: 'Local Binary Convolutional Neural Networks',
        authors: ['Felix Juefei-Xu', 'Vishnu Naresh Boddeti', 'Marios Savvides'],
        venue: CVPR17,
        year: 2017,
      },
      {
        id: 'cvf:CVPR2017/Trigeorgis_Face_Normals_In-The-Wild',
        title: 'Face Normals "In-The-Wild" Using Fully Convolutional Networks',
        authors: ['George Trigeorgis', 'Patrick Snape', 'Iasonas Kokkinos', 'Stefanos Zafeiriou'],
        venue: CVPR17,
        year: 2017,
      },
    ]);
    expect(cards[2]?.paper).toMatchObject({
      url: 'https://openaccess.thecvf.com/content_cvpr_2017/html/Trigeorgis_Face_Normals_In-The-Wild_CVPR_2017_paper.html',
      pdfUrl: 'https://openaccess.thecvf.com/content_cvpr_2017/papers/Trigeorgis_Face_Normals_In-The-Wild_CVPR_2017_paper.pdf',
    });
    for (const card of cards) expect(card.container?.map((e) => e.localName)).toEqual(['dt', 'dd', 'dd']);
  });

  it('day listing (2018 on): absolute paths; the day links are not cards', () => {
    const { doc, url } = fixturePage('cvf/CVPR2024-day-2024-06-19.html', 'https://openaccess.thecvf.com/CVPR2024?day=2024-06-19');
    expectVenueCards(cvf.read(doc, url).cards, [
      LLAVA,
      {
        id: 'cvf:CVPR2024/Chen_Sparse_Voxel_Fields',
        title: 'Sparse Voxel Fields for Real-Time Rendering',
        authors: ['Mei Chen', 'Oskar Lind'],
        venue: CVPR24,
        year: 2024,
      },
    ]);
  });

  it('paper page: one card with its arXiv id', () => {
    const href =
      'https://openaccess.thecvf.com/content/CVPR2024/html/Liu_Improved_Baselines_with_Visual_Instruction_Tuning_CVPR_2024_paper.html';
    const { doc, url } = fixturePage('cvf/paper-Liu_Improved_Baselines.html', href);
    const read = cvf.read(doc, url);
    expect(read.kind).toBe('paper');
    const cards = [...read.cards];
    expectVenueCards(cards, [LLAVA]);
    expect(cards[0]?.paper).toMatchObject({
      url: href,
      abstract: 'We revisit visual instruction tuning with simple and effective changes.',
    });
    expect(cards[0]?.anchor.id).toBe('papertitle');
  });
});
