import { JSDOM } from 'jsdom';
import { afterEach, beforeEach } from 'vitest';
import { fixture } from './fixtures';

/** Parses a page as the browser would see it at `url`. */
export function pageAt(html: string, url: string): { doc: Document; url: URL } {
  const dom = new JSDOM(html, { url });
  return { doc: dom.window.document, url: new URL(url) };
}

/** A fixture page from test/fixtures, parsed at the real URL it stands for. */
export function fixturePage(path: string, url: string): { doc: Document; url: URL } {
  return pageAt(fixture(path), url);
}

const DOM_GLOBALS = [
  'window',
  'document',
  'Node',
  'Element',
  'HTMLElement',
  'MutationObserver',
  'getComputedStyle',
  'history',
  'location',
] as const;

/**
 * Makes a jsdom window the global browser environment (for code that renders with Preact or observes the DOM).
 * Vitest's own jsdom environment breaks esbuild inside WXT's test plugin, so the globals are set by hand.
 */
export function installDom(html: string, url: string): { window: JSDOM['window']; restore: () => void } {
  const dom = new JSDOM(html, { url, pretendToBeVisual: true });
  const win = dom.window;
  (win as unknown as { matchMedia: (q: string) => { matches: boolean; media: string } }).matchMedia = (media) => ({
    matches: false,
    media,
  });
  const g = globalThis as Record<string, unknown>;
  const previous = Object.fromEntries(DOM_GLOBALS.map((key) => [key, g[key]]));
  for (const key of DOM_GLOBALS) {
    const value = (win as unknown as Record<string, unknown>)[key];
    g[key] = typeof value === 'function' && key === 'getComputedStyle' ? value.bind(win) : value;
  }
  g.matchMedia = (win as unknown as Record<string, unknown>).matchMedia;
  return {
    window: win,
    restore: () => {
      for (const key of DOM_GLOBALS) g[key] = previous[key];
      win.close();
    },
  };
}

/**
 * Called in a describe: before each of its tests a fresh window at `url` is the global DOM (installDom) and `stop`
 * a fresh AbortController, the content script's lifecycle (WXT's ctx.signal) for what the test starts; after the
 * test, `stop` aborts and the window goes.
 */
export function domPerTest(url: string): { readonly stop: AbortController } {
  let restore: () => void = () => {};
  let stop = new AbortController();
  beforeEach(() => {
    stop = new AbortController();
    restore = installDom('<!doctype html><html><body></body></html>', url).restore;
  });
  afterEach(() => {
    stop.abort();
    restore();
  });
  return {
    get stop() {
      return stop;
    },
  };
}
