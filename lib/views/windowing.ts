/** Which rows of a fixed-row-height list to render: the ones in view plus `overscan` on each side. */
export interface WindowInput {
  count: number;
  rowHeight: number;
  scrollTop: number;
  viewportHeight: number;
  overscan?: number;
}

/** Half-open range [start, end) of row indexes to render. */
export interface RowRange {
  start: number;
  end: number;
}

export function visibleRange({ count, rowHeight, scrollTop, viewportHeight, overscan = 4 }: WindowInput): RowRange {
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  // A scroll position past the end (the list just shrank) still shows the last screenful.
  const maxTop = Math.max(0, count * rowHeight - viewportHeight);
  const top = Math.min(Math.max(0, scrollTop), maxTop);
  const first = Math.floor(top / rowHeight);
  const last = Math.ceil((top + Math.max(0, viewportHeight)) / rowHeight);
  return { start: Math.max(0, first - overscan), end: Math.min(count, Math.max(last, first + 1) + overscan) };
}

/** The scrollTop that brings row `index` fully into view, moving as little as possible. */
export function scrollTopToReveal(index: number, rowHeight: number, scrollTop: number, viewportHeight: number): number {
  const rowTop = index * rowHeight;
  const rowBottom = rowTop + rowHeight;
  if (rowTop < scrollTop) return rowTop;
  if (rowBottom > scrollTop + viewportHeight) return Math.max(0, rowBottom - viewportHeight);
  return scrollTop;
}

/** The row a navigation key leads to, clamped to the list; null for keys that do not move. */
export function nextRowIndex(key: string, current: number, count: number, pageRows: number): number | null {
  if (count <= 0) return null;
  const from = current < 0 ? -1 : current;
  const step: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: Math.max(1, pageRows), PageUp: -Math.max(1, pageRows) };
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  const delta = step[key];
  if (delta === undefined) return null;
  if (from < 0) return delta > 0 ? 0 : count - 1;
  return Math.min(count - 1, Math.max(0, from + delta));
}
