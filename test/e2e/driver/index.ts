import { test as base, expect } from '@playwright/test';
import { ChromiumShelf } from './chromium';
import { FirefoxShelf } from './firefox';
import type { ShelfPage } from './page';
import type { BrowserName, Shelf } from './shelf';

export type { Target } from './dom';
export type { ShelfPage } from './page';
export { fixture, fixturesDir, root } from './routes';
export type { BrowserName, Shelf } from './shelf';

/**
 * The shared specs' test: `shelf` is a fresh browser (fresh profile, empty library) with the built extension, in
 * the browser the Playwright project names (`shelfBrowser`). After the body, the browser closes, and any error the
 * extension reported, in any of its contexts, fails the test (Firefox's own known noise aside: driver/firefox.ts).
 */
export const test = base.extend<{ shelf: Shelf; allowErrors: RegExp[] }, { shelfBrowser: BrowserName }>({
  shelfBrowser: ['chromium', { option: true, scope: 'worker' }],
  allowErrors: [[], { option: true }],
  shelf: async ({ shelfBrowser, allowErrors }, use) => {
    const shelf = shelfBrowser === 'firefox' ? await FirefoxShelf.launch() : await ChromiumShelf.launch();
    try {
      await use(shelf);
    } finally {
      await shelf.close();
    }
    const errors = shelf.errors.filter((error) => !allowErrors.some((allowed) => allowed.test(error)));
    expect(errors, `errors from the extension in ${shelf.name}`).toEqual([]);
  },
});

export { expect };

/** The control host for a paper on a page, and the parts of it the tests press. */
export const control = (id: string) => `[data-paper-shelf="${id}"]`;
export const saveButton = (id: string) => `${control(id)} >>> button[aria-pressed]`;
export const inControl = (id: string, css: string) => `${control(id)} >>> ${css}`;
export const toolbar = 'paper-shelf-toolbar';

export { rescanned } from '../rescan';

/**
 * Waits until the page holds exactly one control for each of these ids, in this order, and no other control.
 * Client-rendered fixtures (Semantic Scholar, alphaXiv) render their list again after load: the controls are
 * read until they match, not once.
 */
export async function expectControls(page: ShelfPage, ids: string[]): Promise<void> {
  await page.expectCount('[data-paper-shelf]', ids.length);
  await expect
    .poll(
      () =>
        page.evaluate(
          () => [...document.querySelectorAll('[data-paper-shelf]')].map((host) => host.getAttribute('data-paper-shelf')),
          null,
        ),
      { message: 'the controls of the page, in page order' },
    )
    .toEqual(ids);
}
