import { describe, expect, it } from 'vitest';
import { arxiv } from '@/lib/sites/arxiv';
import { huggingface } from '@/lib/sites/huggingface';
import { fixturePage } from '../../helpers/dom';
import { readCards } from './expect-cards';

// The page filters ("hide saved", "hide read") hide a card's container: it must be the whole card, and only it.
describe('card containers', () => {
  it('arXiv listings: the dt and its dd', () => {
    const { doc, url } = fixturePage('arxiv/list-cs.CV-new.html', 'https://arxiv.org/list/cs.CV/new');
    const cards = readCards(arxiv, doc, url);
    expect(cards.length).toBeGreaterThan(1);
    for (const card of cards) {
      expect(card.container?.map((e) => e.localName)).toEqual(['dt', 'dd']);
      expect(card.container?.[0]).toBe(card.anchor);
      expect(card.container?.[0]?.nextElementSibling).toBe(card.container?.[1]);
    }
  });

  it('arXiv search: the result item', () => {
    const { doc, url } = fixturePage('arxiv/search-query-mamba.html', 'https://arxiv.org/search/?query=mamba&searchtype=all');
    const cards = readCards(arxiv, doc, url);
    expect(cards.length).toBeGreaterThan(1);
    for (const card of cards) {
      expect(card.container).toHaveLength(1);
      expect(card.container?.[0]?.matches('li.arxiv-result')).toBe(true);
      expect(card.container?.[0]?.contains(card.anchor)).toBe(true);
    }
  });

  it('Hugging Face lists: the article', () => {
    const { doc, url } = fixturePage('huggingface/papers-date-2025-03-04.html', 'https://huggingface.co/papers/date/2025-03-04');
    for (const card of readCards(huggingface, doc, url)) {
      expect(card.container?.map((e) => e.localName)).toEqual(['article']);
      expect(card.container?.[0]?.contains(card.anchor)).toBe(true);
    }
  });

  it('single-paper pages: the heading stands for the page (which the filters never hide)', () => {
    for (const [adapter, path, href] of [
      [arxiv, 'arxiv/abs-2503.01785v2.html', 'https://arxiv.org/abs/2503.01785v2'],
      [huggingface, 'huggingface/papers-2503.01785.html', 'https://huggingface.co/papers/2503.01785'],
    ] as const) {
      const { doc, url } = fixturePage(path, href);
      const cards = readCards(adapter, doc, url);
      expect(cards.map((c) => c.container)).toEqual([[cards[0]?.anchor]]);
      expect(cards[0]?.anchor.localName).toBe('h1');
    }
  });
});

describe('page kinds', () => {
  it.each([
    ['arxiv/abs-2503.01785v2.html', 'https://arxiv.org/abs/2503.01785v2', 'paper'],
    ['arxiv/list-cs.CV-new.html', 'https://arxiv.org/list/cs.CV/new', 'listing'],
    ['arxiv/search-query-mamba.html', 'https://arxiv.org/search/?query=mamba&searchtype=all', 'listing'],
    ['arxiv/catchup-cs.CV-2025-03-04.html', 'https://arxiv.org/catchup/cs.CV/2025-03-04?abs=True', 'listing'],
    ['huggingface/papers-2503.01785.html', 'https://huggingface.co/papers/2503.01785', 'paper'],
    ['huggingface/papers-date-2025-03-04.html', 'https://huggingface.co/papers/date/2025-03-04', 'listing'],
    ['huggingface/papers-trending.html', 'https://huggingface.co/papers/trending', 'listing'],
    ['huggingface/papers-q-control-theory.html', 'https://huggingface.co/papers?q=control+theory', 'listing'],
  ])('%s is a %s page', (path, href, kind) => {
    const { doc, url } = fixturePage(path, href);
    const adapter = url.hostname === 'arxiv.org' ? arxiv : huggingface;
    expect(adapter.read(doc, url).kind).toBe(kind);
  });

  it('reads lazily: nothing is read before the first card is asked for', () => {
    const { doc, url } = fixturePage('arxiv/list-cs.CV-new.html', 'https://arxiv.org/list/cs.CV/new');
    const { cards } = arxiv.read(doc, url);
    const dlpage = doc.getElementById('dlpage');
    dlpage?.remove();
    expect([...cards]).toEqual([]);
  });
});
