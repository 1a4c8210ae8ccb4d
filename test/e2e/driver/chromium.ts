import type { BrowserContext, Page } from '@playwright/test';
import { launchExtension } from '../../chromium.mjs';
import { ChromiumReset, closeTabs } from '../reset';
import type { Primitives } from './page';
import { root } from './routes';
import { Shelf } from './shelf';

export const chromeExtensionDir = `${root}${process.env.PAPER_SHELF_OUT ?? '.output'}/chrome-mv3`;

function primitives(page: Page): Primitives {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    goto: async (url) => {
      await page.goto(url);
    },
    reload: async () => {
      await page.reload();
    },
    url: async () => page.url(),
    front: () => page.bringToFront(),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key),
    down: (key) => page.keyboard.down(key),
    up: (key) => page.keyboard.up(key),
    type: (text) => page.keyboard.type(text),
    setInputFile: (mark, path) => page.locator(`[data-shelf-driver="${mark}"]`).setInputFiles(path),
    close: () => page.close(),
  };
}

/** Debian's Chromium through Playwright, with the MV3 build loaded unpacked. */
export class ChromiumShelf extends Shelf {
  readonly name = 'chromium' as const;
  private readonly wrapped = new Set<Page>();

  private readonly resetter: ChromiumReset;

  private constructor(
    private readonly context: BrowserContext,
    readonly origin: string,
  ) {
    super();
    this.resetter = new ChromiumReset(context, origin);
  }

  /** The web as `routes` says (the reset removes every route; this one goes back after it). */
  private async routeWeb(): Promise<void> {
    await this.context.route(/^https?:\/\//, (route) => {
      const answer = this.routes.answer(route.request().url());
      return answer ? route.fulfill(answer) : route.continue();
    });
  }

  static async launch(): Promise<ChromiumShelf> {
    const context = await launchExtension(chromeExtensionDir);
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const shelf = new ChromiumShelf(context, `chrome-extension://${new URL(worker.url()).host}`);
    await shelf.routeWeb();
    const watch = (page: Page) => {
      page.on('pageerror', (error) => {
        if (page.url().startsWith(shelf.origin) || error.stack?.includes(shelf.origin))
          shelf.errors.push(`${page.url()}: ${error.message}`);
      });
    };
    context.on('page', watch);
    for (const page of context.pages()) watch(page);
    context.on('console', (message) => {
      const text = message.text();
      // Our code marks everything it logs; an error in an extension page is ours whatever it says.
      if (!['error', 'warning'].includes(message.type())) return;
      if (text.includes('[paper-shelf]') || message.location().url.startsWith(shelf.origin))
        shelf.errors.push(`console.${message.type()}: ${text}`);
    });
    return shelf;
  }

  protected async newPrimitives(): Promise<Primitives> {
    const page = await this.context.newPage();
    this.wrapped.add(page);
    return primitives(page);
  }

  protected async adoptNew(): Promise<Primitives[]> {
    const fresh = this.context.pages().filter((page) => !this.wrapped.has(page));
    for (const page of fresh) {
      this.wrapped.add(page);
      await page.waitForLoadState();
    }
    return fresh.map(primitives);
  }

  /**
   * `chrome.runtime.reload()`: in this Chromium an unpacked extension loaded from the command line does not come
   * back from it (its pages answer ERR_BLOCKED_BY_CLIENT), so what the tabs see is the extension going away, as on
   * a disable or an uninstall.
   */
  async updateExtension(): Promise<'updated' | 'gone'> {
    const page = await this.context.newPage();
    await page.goto(`${this.origin}/popup.html`);
    const closed = page.waitForEvent('close');
    await page.evaluate(() => {
      const { runtime } = (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome;
      setTimeout(() => runtime.reload(), 0);
    });
    await closed;
    return 'gone';
  }

  protected async closeTabs(): Promise<void> {
    this.wrapped.clear();
    await closeTabs(this.context);
  }

  protected async resetExtension(): Promise<void> {
    await this.resetter.reset();
    await this.routeWeb();
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}
