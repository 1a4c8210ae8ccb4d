import { describe, expect, it } from 'vitest';
import { nextRowIndex, scrollTopToReveal, visibleRange } from '@/lib/views/windowing';

describe('visibleRange', () => {
  const base = { count: 10_000, rowHeight: 50, viewportHeight: 500, overscan: 2 };

  it('renders the rows in view plus the overscan, never before the first row', () => {
    expect(visibleRange({ ...base, scrollTop: 0 })).toEqual({ start: 0, end: 12 });
  });

  it('follows the scroll position', () => {
    // Rows 100..110 are in view at 5000px; a partly visible row counts.
    expect(visibleRange({ ...base, scrollTop: 5000 })).toEqual({ start: 98, end: 112 });
    expect(visibleRange({ ...base, scrollTop: 5025 })).toEqual({ start: 98, end: 113 });
  });

  it('stops at the last row and clamps a scroll position past the end', () => {
    expect(visibleRange({ ...base, scrollTop: 10_000 * 50 - 500 })).toEqual({ start: 9988, end: 10_000 });
    expect(visibleRange({ ...base, count: 20, scrollTop: 9_999_999 })).toEqual({ start: 8, end: 20 });
  });

  it('renders nothing for an empty list and everything for a short one', () => {
    expect(visibleRange({ ...base, count: 0, scrollTop: 0 })).toEqual({ start: 0, end: 0 });
    expect(visibleRange({ ...base, count: 3, scrollTop: 0 })).toEqual({ start: 0, end: 3 });
  });

  it('renders at least one row before the viewport is measured', () => {
    expect(visibleRange({ ...base, viewportHeight: 0, scrollTop: 0, overscan: 0 })).toEqual({ start: 0, end: 1 });
  });
});

describe('scrollTopToReveal', () => {
  it('leaves the scroll alone when the row is in view', () => {
    expect(scrollTopToReveal(3, 50, 100, 300)).toBe(100);
  });
  it('scrolls up to a row above the view and down to a row below it', () => {
    expect(scrollTopToReveal(1, 50, 100, 300)).toBe(50);
    expect(scrollTopToReveal(10, 50, 100, 300)).toBe(250);
  });
});

describe('nextRowIndex', () => {
  it('moves by one with the arrows and stops at the ends', () => {
    expect(nextRowIndex('ArrowDown', 3, 10, 5)).toBe(4);
    expect(nextRowIndex('ArrowUp', 3, 10, 5)).toBe(2);
    expect(nextRowIndex('ArrowUp', 0, 10, 5)).toBe(0);
    expect(nextRowIndex('ArrowDown', 9, 10, 5)).toBe(9);
  });
  it('enters the list from nowhere at the first or last row', () => {
    expect(nextRowIndex('ArrowDown', -1, 10, 5)).toBe(0);
    expect(nextRowIndex('ArrowUp', -1, 10, 5)).toBe(9);
  });
  it('pages and jumps', () => {
    expect(nextRowIndex('PageDown', 2, 10, 5)).toBe(7);
    expect(nextRowIndex('PageDown', 7, 10, 5)).toBe(9);
    expect(nextRowIndex('PageUp', 7, 10, 5)).toBe(2);
    expect(nextRowIndex('Home', 7, 10, 5)).toBe(0);
    expect(nextRowIndex('End', 2, 10, 5)).toBe(9);
  });
  it('ignores other keys and empty lists', () => {
    expect(nextRowIndex('a', 2, 10, 5)).toBeNull();
    expect(nextRowIndex('ArrowDown', -1, 0, 5)).toBeNull();
  });
});
