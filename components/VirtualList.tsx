import type { ComponentChildren, JSX } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { nextRowIndex, scrollTopToReveal, visibleRange } from '@/lib/views/windowing';

/** What a row element must carry; the caller spreads it on its root element. */
export interface RowProps {
  'aria-rowindex': number;
  'data-index': number;
  tabIndex: number;
  style: JSX.CSSProperties;
  onFocusIn: () => void;
}

interface Props<T> {
  items: readonly T[];
  rowHeight: number;
  label: string;
  activeIndex: number;
  onActiveIndexChange: (index: number) => void;
  renderRow: (item: T, index: number, props: RowProps) => ComponentChildren;
  /** Enter on a row. */
  onOpen?: (item: T, index: number) => void;
  /** Other keys pressed on a row itself (not in a control inside it); return true when handled. */
  onRowKey?: (event: KeyboardEvent, item: T, index: number) => boolean;
  /** Escape on a row (for example: clear the search and go back to it). */
  onEscape?: () => void;
  multiselectable?: boolean;
  /** When this changes (a new query), the list scrolls back to the top. */
  resetKey?: unknown;
}

const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/**
 * A windowed grid of fixed-height rows: only the rows in view (plus a few) are in the DOM, so ten thousand
 * papers cost what twenty do. One row is in the tab order at a time (roving tabindex); arrows, Page Up/Down,
 * Home and End move it, Enter opens it.
 */
export function VirtualList<T>(props: Props<T>) {
  const { items, rowHeight, label, activeIndex, onActiveIndexChange, renderRow, onOpen, onRowKey, onEscape, multiselectable } = props;
  const viewport = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(0);
  const focusAfterRender = useRef(false);

  useLayoutEffect(() => {
    const element = viewport.current;
    if (!element) return;
    setHeight(element.clientHeight);
    const observer = new ResizeObserver(() => setHeight(element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    if (!focusAfterRender.current) return;
    focusAfterRender.current = false;
    viewport.current?.querySelector<HTMLElement>(`[data-index="${activeIndex}"]`)?.focus({ preventScroll: true });
  });

  // A new search or filter starts at the top of its results.
  useLayoutEffect(() => {
    if (viewport.current) viewport.current.scrollTop = 0;
    setScrollTop(0);
  }, [props.resetKey]);

  const moveTo = (index: number) => {
    const element = viewport.current;
    if (element) {
      const top = scrollTopToReveal(index, rowHeight, element.scrollTop, element.clientHeight);
      element.scrollTop = top;
      setScrollTop(top);
    }
    focusAfterRender.current = true;
    onActiveIndexChange(index);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (TYPING.has(target.tagName) || event.altKey || event.ctrlKey || event.metaKey) return;
    const onRow = target.getAttribute('role') === 'row';
    const current = activeIndex >= 0 && activeIndex < items.length ? activeIndex : -1;
    const next = nextRowIndex(event.key, current, items.length, Math.max(1, Math.floor(height / rowHeight) - 1));
    if (next !== null) {
      event.preventDefault();
      moveTo(next);
      return;
    }
    if (!onRow) return;
    const item = items[current];
    if (item === undefined) return;
    if (event.key === 'Enter' && onOpen) {
      event.preventDefault();
      onOpen(item, current);
    } else if (event.key === 'Escape' && onEscape) {
      event.preventDefault();
      onEscape();
    } else if (onRowKey?.(event, item, current)) {
      event.preventDefault();
    }
  };

  const { start, end } = visibleRange({ count: items.length, rowHeight, scrollTop, viewportHeight: height });
  const rows: ComponentChildren[] = [];
  const tabbable = activeIndex >= 0 && activeIndex < items.length ? activeIndex : 0;
  for (let index = start; index < end; index++) {
    const item = items[index];
    if (item === undefined) continue;
    rows.push(
      renderRow(item, index, {
        'aria-rowindex': index + 1,
        'data-index': index,
        tabIndex: index === tabbable ? 0 : -1,
        style: { position: 'absolute', top: `${index * rowHeight}px`, left: 0, right: 0, height: `${rowHeight}px` },
        // Focus on the row or any control in it makes it the current row.
        onFocusIn: () => {
          if (index !== activeIndex) onActiveIndexChange(index);
        },
      }),
    );
  }

  return (
    // biome-ignore lint/a11y/useSemanticElements: a windowed list positions its rows absolutely, which table layout cannot do.
    <div
      ref={viewport}
      class="list-viewport"
      role="grid"
      aria-label={label}
      aria-rowcount={items.length}
      aria-multiselectable={multiselectable ? 'true' : undefined}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      onKeyDown={onKeyDown}
    >
      <div class="list-spacer" role="presentation" style={{ position: 'relative', height: `${items.length * rowHeight}px` }}>
        {rows}
      </div>
    </div>
  );
}
