import { expect } from '@playwright/test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { clearData, type Evaluate, wakeBackground } from '../reset';
import type { Primitives } from './page';
import { root } from './routes';
import { Shelf } from './shelf';

export const firefoxExtensionDir = `${root}${process.env.PAPER_SHELF_OUT ?? '.output'}/firefox-mv2`;
export const firefoxPath = () => process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const ADDON_ID = 'paper-shelf@paper-shelf.dev';
/** Fixed by a pref, so that tests know the extension's pages' addresses before it is installed. */
const UUID = '5e1f0a11-7e57-4a11-8b00-000000000015';

/**
 * Messages Firefox itself logs from its extension machinery, not from our code (issue 15): the conduit of a closed
 * page's `storage.onChanged` listener, a listener added by a context that was closing, and Dexie's `pagehide`
 * handler outliving the page at shutdown. Everything else from the extension fails the test.
 */
export const FIREFOX_NOISE = [/sendRemoveListener on closed conduit/, /Ignored listener for inactive context/, /pagehide/];

/**
 * Firefox prints every error of an extension context (background, content script, extension page) on stderr as
 * `JavaScript error: moz-extension://<uuid>/…`, and, with the console prefs below, our own `console.error` and
 * `console.warn` lines (all marked `[paper-shelf]`).
 */
export function extensionErrors(line: string): string | null {
  const ours =
    (line.startsWith('JavaScript error:') && line.includes(`moz-extension://${UUID}`)) ||
    (/^console\.(error|warn):/.test(line) && line.includes('[paper-shelf]'));
  if (!ours || FIREFOX_NOISE.some((noise) => noise.test(line))) return null;
  return line;
}

function primitives(page: Page): Primitives {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    goto: async (url) => {
      if (/^https?:/.test(url)) {
        await page.goto(url);
        return;
      }
      // A navigation to an extension page may never resolve in Firefox over BiDi although the page loads: start it
      // and let the caller wait for the page's content.
      page.goto(url).catch(() => {});
      // Until the navigation has committed: then the caller's waits are about the new page, not the old one.
      await expect.poll(() => page.evaluate(() => location.href).catch(() => ''), { message: `navigation to ${url}` }).toBe(url);
    },
    reload: async () => {
      await page.reload();
    },
    url: () => page.evaluate(() => location.href),
    front: () => page.bringToFront(),
    setViewport: (width, height) => page.setViewport({ width, height }),
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key as never),
    down: (key) => page.keyboard.down(key as never),
    up: (key) => page.keyboard.up(key as never),
    type: (text) => page.keyboard.type(text),
    setInputFile: async (mark, path) => {
      const input = await page.$(`[data-shelf-driver="${mark}"]`);
      if (!input) throw new Error(`no file input marked ${mark}`);
      await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(path);
    },
    close: () => page.close(),
  };
}

/** Firefox ESR through puppeteer-core over WebDriver BiDi, with the MV2 build installed as a temporary add-on. */
export class FirefoxShelf extends Shelf {
  readonly name = 'firefox' as const;
  readonly origin = `moz-extension://${UUID}`;
  private readonly wrapped = new Set<Page>();
  /**
   * Pages closed here or by a test. puppeteer keeps listing a tab that showed an extension page after it is closed
   * (the navigation it never saw finish keeps its Page alive), so the driver remembers what is gone.
   */
  private readonly gone = new WeakSet<Page>();

  private constructor(private readonly browser: Browser) {
    super();
  }

  static async launch(): Promise<FirefoxShelf> {
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath(),
      headless: true,
      // Lets the driver open moz-extension:// pages.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
        // Console calls of extension contexts on stdout, where the driver reads them.
        'devtools.console.stdout.chrome': true,
        'devtools.console.stdout.content': true,
      },
    });
    const shelf = new FirefoxShelf(browser);
    const process = browser.process();
    let rest = '';
    const read = (chunk: Buffer) => {
      const lines = (rest + chunk.toString('utf8')).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) {
        const error = extensionErrors(line);
        if (error) shelf.errors.push(error);
      }
    };
    process?.stderr?.on('data', read);
    process?.stdout?.on('data', read);
    await browser.installExtension(firefoxExtensionDir);
    return shelf;
  }

  private async intercept(page: Page): Promise<void> {
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const answer = this.routes.answer(request.url());
      void (answer ? request.respond(answer) : request.continue()).catch(() => {});
    });
  }

  /** The browser's tabs that are still open. */
  private async openTabs(): Promise<Page[]> {
    return (await this.browser.pages()).filter((page) => !this.gone.has(page));
  }

  private primitives(page: Page): Primitives {
    const own = primitives(page);
    return {
      ...own,
      close: async () => {
        await own.close();
        this.gone.add(page);
      },
    };
  }

  protected async newPrimitives(): Promise<Primitives> {
    const page = await this.browser.newPage();
    this.wrapped.add(page);
    await this.intercept(page);
    return this.primitives(page);
  }

  protected async adoptNew(): Promise<Primitives[]> {
    const fresh = (await this.openTabs()).filter((page) => !this.wrapped.has(page));
    for (const page of fresh) {
      this.wrapped.add(page);
      await this.intercept(page);
    }
    return fresh.map((page) => this.primitives(page));
  }

  /** Installs the same build again: Firefox's path for an update of a temporary add-on (same id, same UUID). */
  async updateExtension(): Promise<'updated' | 'gone'> {
    await this.browser.installExtension(firefoxExtensionDir);
    return 'updated';
  }

  protected async closeTabs(): Promise<void> {
    this.wrapped.clear();
    const blank = await this.browser.newPage();
    for (const page of await this.openTabs()) {
      if (page === blank) continue;
      await page.close();
      this.gone.add(page);
    }
  }

  /**
   * The same build installed again (as `updateExtension` does): the old background page goes, with its in-memory
   * state and whatever it was still doing, and a new one starts. Then the data is cleared from the extension's
   * manifest.json, a page of its origin where none of its code runs, and the new background is asked once.
   */
  protected async resetExtension(): Promise<void> {
    await this.browser.deleteCookie(...(await this.browser.cookies()));
    await this.browser.installExtension(firefoxExtensionDir);
    const page = await this.browser.newPage();
    try {
      await primitives(page).goto(`${this.origin}/manifest.json`);
      const evaluate: Evaluate = (fn, arg) => page.evaluate(fn as never, arg) as never;
      await clearData(evaluate);
      await wakeBackground(evaluate);
    } finally {
      await page.close();
      this.gone.add(page);
    }
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}
