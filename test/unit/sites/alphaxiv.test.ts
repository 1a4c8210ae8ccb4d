import { describe, expect, it } from 'vitest';
import { alphaxiv } from '@/lib/sites/alphaxiv';
import { fixturePage } from '../../helpers/dom';
import { expectVenueCards } from './venue-cards';

/** The explore fixture once its script (which jsdom does not run) has rendered both batches of the feed. */
function renderedFeed() {
  const page = fixturePage('alphaxiv/explore.html', 'https://www.alphaxiv.org/explore');
  const feed = page.doc.getElementById('feed');
  const batch = (id: string) => (page.doc.getElementById(id) as HTMLTemplateElement | null)?.content.cloneNode(true) ?? '';
  feed?.replaceChildren(batch('batch-1'));
  feed?.append(batch('batch-2'));
  return page;
}

describe('alphaXiv', () => {
  it('explore feed: one card per paper, by its /abs/ and /overview/ links (any version, old-style ids too)', () => {
    const { doc, url } = renderedFeed();
    const read = alphaxiv.read(doc, url);
    const cards = [...read.cards];
    expect(read.kind).toBe('listing');
    expectVenueCards(cards, [
      { id: 'arxiv:2503.01785', title: 'Visual-RFT: Visual Reinforcement Fine-Tuning', authors: [] },
      { id: 'arxiv:2310.03744', title: 'Improved Baselines with Visual Instruction Tuning', authors: [] },
      { id: 'arxiv:hep-th/9901001', title: 'Black Holes and Branes in String Theory', authors: [] },
    ]);
    expect(cards.map((card) => card.paper.url)).toEqual([
      'https://www.alphaxiv.org/abs/2503.01785',
      'https://www.alphaxiv.org/abs/2310.03744',
      'https://www.alphaxiv.org/abs/hep-th/9901001',
    ]);
    for (const card of cards) {
      // The title link (not the thumbnail's), and the whole card around it: no other paper's links inside.
      expect(card.anchor.querySelector('h3')).not.toBeNull();
      expect(card.container).toHaveLength(1);
      expect(card.container[0]?.classList.contains('rounded-xl')).toBe(true);
    }
  });

  it('before the feed renders, and on the nav bar’s links, there are no cards', () => {
    const { doc, url } = fixturePage('alphaxiv/explore.html', 'https://www.alphaxiv.org/explore');
    expect([...alphaxiv.read(doc, url).cards]).toEqual([]);
  });

  it('paper page: one card, from the URL and the JSON-LD ScholarlyArticle; the similar papers get none', () => {
    const { doc, url } = fixturePage('alphaxiv/abs-2503.01785.html', 'https://www.alphaxiv.org/abs/2503.01785v2');
    const read = alphaxiv.read(doc, url);
    const cards = [...read.cards];
    expect(read.kind).toBe('paper');
    expectVenueCards(cards, [{ id: 'arxiv:2503.01785', title: 'Visual-RFT: Visual Reinforcement Fine-Tuning', authors: [] }]);
    expect(cards[0]?.paper.abstract).toMatch(/^Reinforcement Fine-Tuning \(RFT\) in Large Reasoning Models/);
    expect(cards[0]?.anchor.localName).toBe('h1');
  });

  it('paper page: authors where the JSON-LD names them; og:title when it is missing', () => {
    const { doc, url } = fixturePage('alphaxiv/abs-2503.01785.html', 'https://www.alphaxiv.org/abs/2503.01785');
    const script = doc.querySelector('script[type="application/ld+json"]');
    if (script)
      script.textContent = JSON.stringify({
        '@type': 'ScholarlyArticle',
        headline: 'Visual-RFT',
        author: [{ '@type': 'Person', name: 'Ziyu Liu' }, { name: 'Zeyi Sun' }, null],
        datePublished: '2025-03-03T00:00:00Z',
      });
    expect([...alphaxiv.read(doc, url).cards][0]?.paper).toMatchObject({
      title: 'Visual-RFT',
      authors: ['Ziyu Liu', 'Zeyi Sun'],
      year: 2025,
      publishedAt: '2025-03-03',
    });
    script?.remove();
    expect([...alphaxiv.read(doc, url).cards][0]?.paper.title).toBe('Visual-RFT: Visual Reinforcement Fine-Tuning');
  });
});
