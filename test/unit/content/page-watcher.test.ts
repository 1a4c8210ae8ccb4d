import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageWatcher } from '@/lib/content/page-watcher';
import type { SiteAdapter } from '@/lib/sites/types';
import { installDom } from '../../helpers/dom';

const adapter = (extra: Partial<SiteAdapter> = {}): SiteAdapter => ({
  name: 'test',
  matches: [],
  read: () => ({ kind: 'listing', cards: [] }),
  ...extra,
});

describe('PageWatcher', () => {
  let restore: () => void = () => {};
  let stop = new AbortController();
  let changes = 0;
  const watch = (adapters: SiteAdapter[]) => {
    const watcher = new PageWatcher({
      doc: document,
      adapters: () => adapters,
      onCardsChanged: () => changes++,
      onThemeChanged: () => {},
      isMounted: () => false,
      signal: stop.signal,
    });
    watcher.start();
    return watcher;
  };
  /** Lets the mutation records reach the watcher (a microtask), then runs its debounce. */
  const settle = async () => {
    await Promise.resolve();
    await Promise.resolve();
    vi.runOnlyPendingTimers();
  };

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    stop = new AbortController();
    changes = 0;
    restore = installDom(
      '<!doctype html><html><body><main data-props="{}"><a href="/a">a</a></main></body></html>',
      'https://example.org/',
    ).restore;
  });
  afterEach(() => {
    stop.abort();
    vi.useRealTimers();
    restore();
  });

  it('reports a burst of changes once', async () => {
    watch([adapter()]);
    const main = document.querySelector('main');
    for (let i = 0; i < 5; i++) main?.append(document.createElement('div'));
    document.querySelector('a')?.setAttribute('href', '/b');
    await settle();
    expect(changes).toBe(1);
  });

  it('a page that changes every 20 ms is still read, at most 400 ms apart', async () => {
    watch([adapter()]);
    const main = document.querySelector('main');
    for (let t = 0; t < 1000; t += 20) {
      main?.append(document.createElement('div'));
      await Promise.resolve();
      await Promise.resolve();
      vi.advanceTimersByTime(20);
    }
    expect(changes).toBe(2);
  });

  it('watches the attributes an adapter asks for, and no others', async () => {
    watch([adapter()]);
    document.querySelector('main')?.setAttribute('data-props', '{"a":1}');
    await settle();
    expect(changes).toBe(0);
    stop.abort();
    stop = new AbortController();
    watch([adapter({ watchAttributes: ['data-props'] })]);
    document.querySelector('main')?.setAttribute('data-props', '{"a":2}');
    await settle();
    expect(changes).toBe(1);
  });

  it('reports history navigation and URL changes it is told of', async () => {
    const watcher = watch([adapter()]);
    window.dispatchEvent(new window.PopStateEvent('popstate'));
    await settle();
    expect(changes).toBe(1);
    watcher.pageChanged();
    await settle();
    expect(changes).toBe(2);
  });

  it('leaves out our own elements and what it makes unobserved', async () => {
    const watcher = watch([adapter()]);
    document.body.append(document.createElement('paper-shelf-toolbar'));
    watcher.unobserved(() => document.querySelector('main')?.append(document.createElement('div')));
    await settle();
    expect(changes).toBe(0);
  });

  it('once stopped, reports nothing', async () => {
    const watcher = watch([adapter()]);
    document.querySelector('main')?.append(document.createElement('div'));
    stop.abort();
    watcher.pageChanged();
    window.dispatchEvent(new window.PopStateEvent('popstate'));
    document.querySelector('main')?.append(document.createElement('div'));
    await settle();
    expect(changes).toBe(0);
  });
});
