import { describe, expect, it } from 'vitest';
import { scholar } from '@/lib/sites/scholar';
import { fixturePage } from '../../helpers/dom';
import { expectVenueCards } from './venue-cards';

describe('Google Scholar', () => {
  it('results: arXiv id or DOI from the links, else the cluster; authors, venue and year from the byline', () => {
    const { doc, url } = fixturePage(
      'scholar/scholar-q-visual-rft.html',
      'https://scholar.google.com/scholar?q=visual+reinforcement+fine-tuning&hl=en',
    );
    const cards = [...scholar.read(doc, url).cards];
    expectVenueCards(cards, [
      {
        id: 'arxiv:2503.01785',
        aliases: ['scholar:11234567890123456789'],
        title: 'Visual-RFT: Visual reinforcement fine-tuning',
        authors: ['Z Liu', 'Z Sun', 'Y Zang', 'X Dong', 'Y Cao'],
        venue: 'arXiv preprint arXiv …',
        year: 2025,
      },
      {
        id: 'doi:10.1145/1930464.1930480',
        aliases: ['scholar:3601791113138077281'],
        title: 'Review of recent systems for automatic assessment of programming assignments',
        authors: ['P Ihantola', 'T Ahoniemi', 'V Karavirta'],
        venue: 'Proceedings of the 10th …',
        year: 2010,
      },
      {
        id: 'scholar:3885100108290384890',
        title: 'Automated grading systems for programming assignments: A literature review',
        authors: ['H Aldriye', 'A Alkhalaf', 'M Alkhalaf'],
        venue: 'International Journal of …',
        year: 2019,
      },
      {
        id: 'scholar:15801554877513113826',
        title: 'Geology of the Olympus Range Area, Southern Victoria Land',
        authors: ['MJ Isaac', 'TJ Chinn', 'SW Edbrooke', 'PJ Forsyth'],
        venue: 'Antarctica. Institute of Geological and …',
        year: 1996,
      },
    ]);
    expect(cards.map((c) => c.paper.url)).toEqual([
      'https://arxiv.org/abs/2503.01785',
      'https://dl.acm.org/doi/abs/10.1145/1930464.1930480',
      'https://pdfs.semanticscholar.org/3ec5/6c7bc0338717acca9d5e519c0a27ca5ce70d.pdf',
      'https://scholar.google.com/scholar?cluster=15801554877513113826',
    ]);
    for (const card of cards) {
      expect(card.anchor.className).toBe('gs_rt');
      expect(card.container?.[0]?.getAttribute('data-cid')).toBeTruthy();
    }
  });

  it('profile: rows with a citation count (cites= is the cluster); an uncited row has no id and no control', () => {
    const { doc, url } = fixturePage(
      'scholar/citations-user-ZyX1aBcAAAAJ.html',
      'https://scholar.google.com/citations?user=ZyX1aBcAAAAJ&hl=en',
    );
    const cards = [...scholar.read(doc, url).cards];
    expectVenueCards(cards, [
      {
        id: 'scholar:11234567890123456789',
        title: 'Visual-RFT: Visual Reinforcement Fine-Tuning',
        authors: ['Z Liu', 'Z Sun', 'Y Zang', 'X Dong', 'Y Cao', 'H Duan', 'D Lin', 'J Wang'],
        venue: 'arXiv preprint arXiv:2503.01785',
        year: 2025,
      },
      {
        id: 'scholar:4242424242424242424',
        title: 'Sparse Routing in Mixture-of-Experts Vision Models',
        authors: ['Z Liu', 'M Garcia'],
        venue: 'Proceedings of the IEEE/CVF International Conference on Computer Vision, 1-10',
        year: 2023,
      },
    ]);
    for (const card of cards) expect(card.container?.map((e) => e.localName)).toEqual(['tr']);
  });
});
