import { describe, expect, it } from 'vitest';
import { EMPTY_SELECTION, pruneSelection, selectAll, selectRange, toggleSelected } from '@/lib/views/selection';

const order = ['a', 'b', 'c', 'd', 'e'];
const sorted = (ids: ReadonlySet<string>) => [...ids].sort();

describe('selection', () => {
  it('toggles single ids and remembers the anchor', () => {
    const one = toggleSelected(EMPTY_SELECTION, 'b');
    expect(sorted(one.ids)).toEqual(['b']);
    expect(one.anchor).toBe('b');
    expect(sorted(toggleSelected(one, 'b').ids)).toEqual([]);
  });

  it('selects a range from the anchor in list order, either direction, keeping earlier picks', () => {
    const start = toggleSelected(toggleSelected(EMPTY_SELECTION, 'e'), 'b');
    expect(sorted(selectRange(start, order, 'd').ids)).toEqual(['b', 'c', 'd', 'e']);
    expect(sorted(selectRange(toggleSelected(EMPTY_SELECTION, 'd'), order, 'b').ids)).toEqual(['b', 'c', 'd']);
  });

  it('treats a range without an anchor as a toggle', () => {
    expect(sorted(selectRange(EMPTY_SELECTION, order, 'c').ids)).toEqual(['c']);
  });

  it('selects all listed ids', () => {
    expect(sorted(selectAll(order).ids)).toEqual(order);
  });

  it('drops ids that are no longer listed, and returns the same object when nothing drops', () => {
    const picked = selectAll(order);
    expect(pruneSelection(picked, new Set(order))).toBe(picked);
    const pruned = pruneSelection(picked, new Set(['a', 'c']));
    expect(sorted(pruned.ids)).toEqual(['a', 'c']);
    expect(pruned.anchor).toBe('a');
    expect(pruneSelection(toggleSelected(EMPTY_SELECTION, 'e'), new Set(['a'])).anchor).toBeNull();
  });
});
