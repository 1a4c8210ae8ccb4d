import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { VirtualList } from '@/components/VirtualList';
import { installDom } from '../../helpers/dom';

const VIEWPORT = 300;
const ROW = 30;

let dom: ReturnType<typeof installDom> | undefined;

beforeAll(() => {
  dom = installDom('<!doctype html><body></body>', 'chrome-extension://test/library.html');
  // jsdom does no layout: give the list's viewport a height, and a ResizeObserver that never fires.
  Object.defineProperty(dom.window.HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('list-viewport') ? VIEWPORT : 0;
    },
  });
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});
afterAll(() => dom?.restore());

const win = () => {
  if (!dom) throw new Error('no DOM installed');
  return dom.window;
};

let host: HTMLElement | undefined;
afterEach(() => {
  if (host) render(null, host);
  host?.remove();
});

function mount(count: number, onOpen = vi.fn()) {
  const items = Array.from({ length: count }, (_, i) => `item ${i}`);
  function Harness() {
    const [active, setActive] = useState(0);
    return (
      <VirtualList
        items={items}
        rowHeight={ROW}
        label="Things"
        activeIndex={active}
        onActiveIndexChange={setActive}
        onOpen={onOpen}
        renderRow={(item, _index, row) => (
          // biome-ignore lint/a11y/useSemanticElements: the same div rows as PaperRow (absolutely positioned).
          <div key={item} {...row} tabIndex={row.tabIndex} role="row" data-item={item}>
            {/* biome-ignore lint/a11y/useSemanticElements: as above. */}
            <div role="gridcell" tabIndex={-1}>
              {item} <input aria-label={`Field of ${item}`} />
            </div>
          </div>
        )}
      />
    );
  }
  host = document.createElement('div');
  document.body.append(host);
  const target = host;
  act(() => render(<Harness />, target));
  const viewport = target.querySelector<HTMLElement>('[role="grid"]');
  if (!viewport) throw new Error('no grid rendered');
  const rendered = () => [...target.querySelectorAll<HTMLElement>('[role="row"]')].map((row) => Number(row.dataset.index));
  const press = (element: Element, key: string) =>
    act(() => {
      element.dispatchEvent(new (win().KeyboardEvent)('keydown', { key, bubbles: true, cancelable: true }));
    });
  return { viewport, rendered, press, onOpen };
}

describe('VirtualList', () => {
  it('puts only the rows in view (plus a few) in the DOM, and says how many there are', () => {
    const { viewport, rendered } = mount(10_000);
    expect(viewport.getAttribute('aria-rowcount')).toBe('10000');
    // 10 rows fit in 300px; 4 more below as overscan.
    expect(rendered()).toEqual(Array.from({ length: 14 }, (_, i) => i));
    const spacer = viewport.firstElementChild as HTMLElement;
    expect(spacer.style.height).toBe(`${10_000 * ROW}px`);
  });

  it('renders the rows at the scroll position', () => {
    const { viewport, rendered } = mount(10_000);
    act(() => {
      viewport.scrollTop = 3000;
      viewport.dispatchEvent(new (win().Event)('scroll'));
    });
    expect(rendered()).toEqual(Array.from({ length: 18 }, (_, i) => 96 + i));
    const row = viewport.querySelector<HTMLElement>('[data-index="100"]');
    expect(row?.style.top).toBe(`${100 * ROW}px`);
    expect(row?.getAttribute('aria-rowindex')).toBe('101');
  });

  it('moves focus with the arrows and End, scrolling the row into view; one row is tabbable', () => {
    const { viewport, press } = mount(10_000);
    const first = viewport.querySelector<HTMLElement>('[data-index="0"]');
    if (!first) throw new Error('no first row');
    expect(first.tabIndex).toBe(0);
    first.focus();
    press(first, 'ArrowDown');
    expect(document.activeElement?.getAttribute('data-index')).toBe('1');
    expect(first.tabIndex).toBe(-1);
    press(document.activeElement as Element, 'End');
    expect(document.activeElement?.getAttribute('data-index')).toBe('9999');
    expect(viewport.scrollTop).toBe(10_000 * ROW - VIEWPORT);
    press(document.activeElement as Element, 'Home');
    expect(document.activeElement?.getAttribute('data-index')).toBe('0');
    expect(viewport.scrollTop).toBe(0);
  });

  it('opens the row with Enter, and leaves keys typed in a field alone', () => {
    const { viewport, press, onOpen } = mount(50);
    const row = viewport.querySelector<HTMLElement>('[data-index="0"]');
    const field = row?.querySelector('input');
    if (!row || !field) throw new Error('no row');
    row.focus();
    press(row, 'Enter');
    expect(onOpen).toHaveBeenCalledWith('item 0', 0);
    field.focus();
    press(field, 'ArrowDown');
    press(field, 'Enter');
    expect(document.activeElement).toBe(field);
    expect(onOpen).toHaveBeenCalledTimes(1);
  });
});
