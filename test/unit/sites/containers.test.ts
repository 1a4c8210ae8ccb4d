import { describe, expect, it } from 'vitest';
import { arxiv } from '@/lib/sites/arxiv';
import { huggingface } from '@/lib/sites/huggingface';
import { fixturePage } from '../../helpers/dom';

// The page filters ("hide saved", "hide read") hide a card's container: it must be the whole card, and only it.
describe('card containers', () => {
  it('arXiv listings: the dt and its dd', () => {
    const { doc, url } = fixturePage('arxiv/list-cs.CV-new.html', 'https://arxiv.org/list/cs.CV/new');
    const cards = arxiv.findCards(doc, url);
    expect(cards.length).toBeGreaterThan(1);
    for (const card of cards) {
      expect(card.container?.map((e) => e.localName)).toEqual(['dt', 'dd']);
      expect(card.container?.[0]).toBe(card.anchor);
      expect(card.container?.[0]?.nextElementSibling).toBe(card.container?.[1]);
    }
  });

  it('arXiv search: the result item', () => {
    const { doc, url } = fixturePage('arxiv/search-query-mamba.html', 'https://arxiv.org/search/?query=mamba&searchtype=all');
    const cards = arxiv.findCards(doc, url);
    expect(cards.length).toBeGreaterThan(1);
    for (const card of cards) {
      expect(card.container).toHaveLength(1);
      expect(card.container?.[0]?.matches('li.arxiv-result')).toBe(true);
      expect(card.container?.[0]?.contains(card.anchor)).toBe(true);
    }
  });

  it('Hugging Face lists: the article', () => {
    const { doc, url } = fixturePage('huggingface/papers-date-2025-03-04.html', 'https://huggingface.co/papers/date/2025-03-04');
    for (const card of huggingface.findCards(doc, url)) {
      expect(card.container?.map((e) => e.localName)).toEqual(['article']);
      expect(card.container?.[0]?.contains(card.anchor)).toBe(true);
    }
  });

  it('single-paper pages have none (nothing to hide)', () => {
    const { doc, url } = fixturePage('arxiv/abs-2503.01785v2.html', 'https://arxiv.org/abs/2503.01785v2');
    expect(arxiv.findCards(doc, url).map((c) => c.container)).toEqual([undefined]);
  });
});
