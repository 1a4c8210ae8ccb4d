import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, test as base, type Locator, type Page, type Worker } from '@playwright/test';
import { launchExtension as launchBuiltExtension } from '../chromium.mjs';
import { PAGES } from '../fixtures/pages.mjs';
import { fixture } from '../helpers/fixtures';
import { rescanned } from './rescan';
import { ChromiumReset, type Seed } from './reset';

export type { Seed } from './reset';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const extensionDir = `${root}${process.env.PAPER_SHELF_OUT ?? '.output'}/chrome-mv3`;

export { chromiumPath } from '../chromium.mjs';
export { fixture, fixturesDir } from '../helpers/fixtures';

export function launchExtension(): Promise<BrowserContext> {
  return launchBuiltExtension(extensionDir);
}

/** Serves fixture pages at real site URLs; anything else on the web is answered 404 (tests stay offline). */
export async function serve(context: BrowserContext, pages: Record<string, string>): Promise<void> {
  await context.route(/^https?:\/\//, (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'offline in tests' }));
  for (const [url, path] of Object.entries(pages)) {
    await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: fixture(path) }));
  }
}

/**
 * Serves pages at their exact URLs, query strings included (`serve` matches a URL as a glob, where `?` is a
 * wildcard): a fixture by its path, or a page the test made. Anything else on the web is answered 404.
 */
export async function serveExactly(
  context: BrowserContext,
  pages: ({ url: string; path: string } | { url: string; html: string })[],
): Promise<void> {
  await serve(context, {});
  for (const page of pages) {
    const body = 'path' in page ? fixture(page.path) : page.html;
    await context.route(
      (target) => target.href === page.url,
      (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }),
    );
  }
}

/** The Hugging Face day page of the fixtures, and the ids of its cards in page order. */
export const DAILY = 'https://huggingface.co/papers/date/2025-03-04';
export const DAILY_IDS = PAGES.find((page) => page.url === DAILY)?.ids ?? [];

/** A new tab on the day page (served, everything else offline), once every card has its control. */
export async function openDaily(context: BrowserContext): Promise<Page> {
  await serve(context, { [DAILY]: 'huggingface/papers-date-2025-03-04.html' });
  const page = await context.newPage();
  await page.goto(DAILY);
  await expect(page.locator('[data-paper-shelf]')).toHaveCount(DAILY_IDS.length);
  return page;
}

export async function serviceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** Stops the extension's service worker the way Chrome does when it idles. */
export async function stopServiceWorker(context: BrowserContext, extensionPage: Page): Promise<void> {
  const cdp = await context.newCDPSession(extensionPage);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

/** The control host for a paper on a page (the shadow root is open, so locators pierce it). */
export function control(page: Page, id: string) {
  return page.locator(`[data-paper-shelf="${id}"]`);
}

/**
 * Picks an option of one of our in-page selects with the keyboard, as a person does: Playwright's selectOption sends
 * untrusted events, which our controls ignore (a page script could send them too; lib/content/host.ts).
 */
export async function pickOption(select: Locator, value: string): Promise<void> {
  await select.focus();
  const { from, to, last } = await select.evaluate((element: HTMLSelectElement, wanted) => {
    const options = [...element.options].map((option) => option.value);
    return { from: element.selectedIndex, to: options.indexOf(wanted), last: options.length - 1 };
  }, value);
  if (to < 0) throw new Error(`no option ${value}`);
  // One key press, one change: a card is busy with the first change while a second would come.
  if (to === last && from !== to) await select.press('End');
  else if (to === 0 && from !== to) await select.press('Home');
  else for (let i = from; i !== to; i += Math.sign(to - from)) await select.press(to > from ? 'ArrowDown' : 'ArrowUp');
  await base.expect(select).toHaveValue(value);
}

export function saveButton(page: Page, id: string) {
  return control(page, id).locator('button[aria-pressed]').first();
}

/**
 * The id Chromium gives an unpacked extension: the first 32 hex digits of the SHA-256 of its folder's absolute path,
 * written with the letters a to p. Known before launch, so that a test with a browser of its own needs no other.
 */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(dir).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

/** The worker's one Chromium with the extension, and its reset (test/e2e/reset.ts). */
interface SharedBrowser {
  context: BrowserContext;
  reset: ChromiumReset;
}

/**
 * `context`: the worker's Chromium with the built extension, reset before each test to what a fresh launch gives
 * (test/e2e/reset.ts): one blank tab, no routes, an empty library and storage, a background that has just started.
 * With `test.use({ seed })` the library is instead the seed's, planted once per worker and restored before each test.
 * `freshContext`: a Chromium of the test's own, launched for it and closed after, for the tests a shared browser
 * cannot serve (they say why).
 */
export const test = base.extend<
  { context: BrowserContext; freshContext: BrowserContext; seed: Seed | undefined },
  { extensionId: string; sharedBrowser: SharedBrowser }
>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring.
  extensionId: [async ({}, use) => use(unpackedExtensionId(extensionDir)), { scope: 'worker' }],
  sharedBrowser: [
    async ({ extensionId }, use) => {
      const context = await launchExtension();
      const worker = await serviceWorker(context);
      const id = new URL(worker.url()).host;
      if (id !== extensionId) throw new Error(`the extension's id is ${id}, not ${extensionId} as its path says`);
      await use({ context, reset: new ChromiumReset(context, `chrome-extension://${id}`) });
      await context.close();
    },
    { scope: 'worker' },
  ],
  seed: [undefined, { option: true }],
  context: async ({ sharedBrowser, seed }, use) => {
    await sharedBrowser.reset.reset(seed);
    await use(sharedBrowser.context);
  },
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring.
  freshContext: async ({}, use) => {
    const context = await launchExtension();
    await serviceWorker(context);
    await use(context);
    await context.close();
  },
});

export const expect = test.expect;

export { rescanned };

/**
 * Waits until the page holds exactly one control for each of these ids, in this order, and no other control.
 * Client-rendered fixtures (Semantic Scholar, alphaXiv) render again after load; they say when they are done.
 */
export async function expectControls(page: Page, ids: string[]): Promise<void> {
  await page.waitForFunction(() => !document.body.dataset.fixtureRendering);
  await expect(page.locator('[data-paper-shelf]')).toHaveCount(ids.length);
  await expect
    .poll(() => page.locator('[data-paper-shelf]').evaluateAll((hosts) => hosts.map((host) => host.getAttribute('data-paper-shelf'))), {
      message: 'the controls of the page, in page order',
    })
    .toEqual(ids);
}

/** Opens each page in one tab: its controls are exactly its cards' ids, and a re-scan (any DOM change) adds none. */
export async function expectControlsOnEach(page: Page, pages: { url: string; ids: string[] }[]): Promise<void> {
  for (const { url, ids } of pages) {
    await page.goto(url);
    await expectControls(page, ids);
    await rescanned(page);
    await expect(page.locator('[data-paper-shelf]'), url).toHaveCount(ids.length);
  }
}
