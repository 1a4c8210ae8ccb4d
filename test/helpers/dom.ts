import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';

export const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** Parses a page as the browser would see it at `url`. */
export function pageAt(html: string, url: string): { doc: Document; url: URL } {
  const dom = new JSDOM(html, { url });
  return { doc: dom.window.document, url: new URL(url) };
}

/** A fixture page from test/fixtures, parsed at the real URL it stands for. */
export function fixturePage(path: string, url: string): { doc: Document; url: URL } {
  return pageAt(readFileSync(`${fixturesDir}${path}`, 'utf8'), url);
}
