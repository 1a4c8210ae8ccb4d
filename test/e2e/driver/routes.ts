import { fileURLToPath } from 'node:url';
import { fixture } from '../../helpers/fixtures';

export { fixture, fixturesDir } from '../../helpers/fixtures';
export const root = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * The web as the tests see it: these exact URLs (query strings included) answer with fixture pages, every other
 * http(s) URL answers 404, so content scripts match the real sites' URLs and nothing leaves the machine.
 */
export class Routes {
  private readonly pages = new Map<string, string>();

  /** `pages` maps a URL to a fixture path (test/fixtures/…) or, with `{ html }`, to a page made by the test. */
  add(pages: Record<string, string | { html: string }>): void {
    for (const [url, page] of Object.entries(pages))
      this.pages.set(new URL(url).href, typeof page === 'string' ? fixture(page) : page.html);
  }

  /** Forgets every page served so far (the shared browser's reset between tests). */
  clear(): void {
    this.pages.clear();
  }

  /** The answer for a request, or null for a URL that is not on the web (extension pages, data:, blob:). */
  answer(url: string): { status: number; contentType: string; body: string } | null {
    if (!/^https?:\/\//.test(url)) return null;
    const body = this.pages.get(url);
    return body === undefined
      ? { status: 404, contentType: 'text/plain', body: 'offline in tests' }
      : { status: 200, contentType: 'text/html; charset=utf-8', body };
  }
}
