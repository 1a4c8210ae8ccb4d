import { describe, expect, it } from 'vitest';
import { CardFilter } from '@/lib/content/card-filter';
import type { PaperState } from '@/lib/protocol';
import type { Card } from '@/lib/sites/types';
import { pageAt } from '../../helpers/dom';

const { doc } = pageAt('<dl><dt id="a"></dt><dd id="a2"></dd><dt id="b"></dt><dd id="b2"></dd></dl>', 'https://arxiv.org/list/cs.IT/new');
const el = (id: string) => doc.getElementById(id) as HTMLElement;
const card = (id: string, container: HTMLElement[]): Card =>
  ({ paper: { id }, anchor: container[0], placement: 'append', container }) as unknown as Card;
const cards = [card('arxiv:1', [el('a'), el('a2')]), card('arxiv:2', [el('b'), el('b2')])];
const states: Record<string, PaperState> = {
  'arxiv:1': { saved: true, tags: [], status: 'read' },
  'arxiv:2': { saved: true, tags: [], status: 'unread' },
};
const shown = () => ['a', 'a2', 'b', 'b2'].filter((id) => el(id).style.display !== 'none');

describe('CardFilter', () => {
  it('hides whole cards of saved or read papers, shows them again when the filter is off', () => {
    const filter = new CardFilter();
    filter.set({ hideRead: true });
    filter.apply(cards, (id) => states[id], 'listing');
    expect(shown()).toEqual(['b', 'b2']);
    expect(filter.isHidden(cards[0] as Card)).toBe(true);
    filter.set({ hideRead: false, hideSaved: true });
    filter.apply(cards, (id) => states[id], 'listing');
    expect(shown()).toEqual([]);
    filter.set({ hideSaved: false });
    filter.apply(cards, (id) => states[id], 'listing');
    expect(shown()).toEqual(['a', 'a2', 'b', 'b2']);
  });

  it('never hides a paper page, and shows a card again when its control goes', () => {
    const filter = new CardFilter();
    filter.set({ hideSaved: true });
    filter.apply(cards, (id) => states[id], 'paper');
    expect(shown()).toEqual(['a', 'a2', 'b', 'b2']);
    filter.apply(cards, (id) => states[id], 'listing');
    filter.release(cards[1] as Card);
    expect(shown()).toEqual(['b', 'b2']);
  });
});
