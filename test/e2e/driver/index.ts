import { test as base, expect } from '@playwright/test';
import { ChromiumShelf } from './chromium';
import { FirefoxShelf } from './firefox';
import type { ShelfPage } from './page';
import type { BrowserName, Shelf } from './shelf';

export type { Target } from './dom';
export type { ShelfPage } from './page';
export { fixture, fixturesDir, root } from './routes';
export type { BrowserName, Shelf } from './shelf';

function launch(browser: BrowserName): Promise<Shelf> {
  return browser === 'firefox' ? FirefoxShelf.launch() : ChromiumShelf.launch();
}

/** Fails the test with the errors the extension reported in it, but those it allows. */
function expectNoErrors(shelf: Shelf, allowErrors: RegExp[]): void {
  const errors = shelf.errors.filter((error) => !allowErrors.some((allowed) => allowed.test(error)));
  expect(errors, `errors from the extension in ${shelf.name}`).toEqual([]);
}

/**
 * The shared specs' test, in the browser the Playwright project names (`shelfBrowser`). `shelf` is the worker's
 * browser with the built extension, reset before each test to what a fresh launch gives (one blank tab, nothing
 * served, an empty library and storage, a background that has just started: Shelf.reset and each driver's
 * resetExtension). `freshShelf` is a browser launched for the test alone, for a test that needs one (it says why).
 * After the body the test's tabs close (the fresh browser closes), and any error the extension reported, in any of
 * its contexts, fails the test (Firefox's own known noise aside: driver/firefox.ts).
 */
export const test = base.extend<
  { shelf: Shelf; freshShelf: Shelf; allowErrors: RegExp[] },
  { shelfBrowser: BrowserName; sharedShelf: Shelf }
>({
  shelfBrowser: ['chromium', { option: true, scope: 'worker' }],
  sharedShelf: [
    async ({ shelfBrowser }, use) => {
      const shelf = await launch(shelfBrowser);
      await use(shelf);
      await shelf.close();
    },
    { scope: 'worker' },
  ],
  allowErrors: [[], { option: true }],
  shelf: async ({ sharedShelf, allowErrors }, use) => {
    await sharedShelf.reset();
    await use(sharedShelf);
    await sharedShelf.closePages();
    expectNoErrors(sharedShelf, allowErrors);
  },
  freshShelf: async ({ shelfBrowser, allowErrors }, use) => {
    const shelf = await launch(shelfBrowser);
    try {
      await use(shelf);
    } finally {
      await shelf.close();
    }
    expectNoErrors(shelf, allowErrors);
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
