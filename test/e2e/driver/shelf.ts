import { expect } from '@playwright/test';
import { type Primitives, ShelfPage } from './page';
import { Routes } from './routes';

export type BrowserName = 'chromium' | 'firefox';

/**
 * The browser with the built extension, as a test body sees it in either browser: pages at real URLs served from
 * fixtures, the extension's own pages, and every error the extension reported while the test ran.
 */
export abstract class Shelf {
  abstract readonly name: BrowserName;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`. */
  abstract readonly origin: string;
  readonly routes = new Routes();
  /** The extension's errors so far (each browser's driver collects them its own way). */
  readonly errors: string[] = [];
  private front: ShelfPage | null = null;
  private readonly pages: ShelfPage[] = [];

  protected abstract newPrimitives(): Promise<Primitives>;
  /** The pages the browser has that this driver has not wrapped yet (a tab the extension opened). */
  protected abstract adoptNew(): Promise<Primitives[]>;
  /**
   * Updates the extension while tabs are open (the background restarts; the tabs keep their pages): 'updated' when
   * the new version runs, 'gone' when the browser only unloads the old one (see each driver).
   */
  abstract updateExtension(): Promise<'updated' | 'gone'>;
  abstract close(): Promise<void>;
  /** Closes every tab and opens one blank tab, as the browser was launched with. */
  protected abstract closeTabs(): Promise<void>;
  /**
   * Makes the browser what a fresh launch gave the test: one blank tab, nothing served, an empty library and storage,
   * a background that has just started (each driver: how), and no errors recorded.
   */
  protected abstract resetExtension(): Promise<void>;

  /** The shared browser's reset before each test (test/e2e/driver/index.ts). */
  async reset(): Promise<void> {
    await this.closePages();
    this.routes.clear();
    await this.resetExtension();
    this.errors.length = 0;
  }

  /** Closes the test's tabs (after its body, so that what their closing reports is still the test's). */
  async closePages(): Promise<void> {
    this.pages.length = 0;
    this.front = null;
    await this.closeTabs();
  }

  /** Serves these URLs (exact, query strings included) with fixture paths or `{ html }` pages; the rest is 404. */
  serve(pages: Record<string, string | { html: string }>): void {
    this.routes.add(pages);
  }

  protected wrap(primitives: Primitives): ShelfPage {
    const page = new ShelfPage(primitives, async (p) => {
      // An extension page in a background tab may not render in Firefox: whatever a test acts on comes forward.
      if (this.front !== p) {
        this.front = p;
        await primitives.front();
      }
    });
    this.pages.push(page);
    this.front = page;
    return page;
  }

  /** A new tab at this URL, loaded. */
  async open(url: string): Promise<ShelfPage> {
    const page = this.wrap(await this.newPrimitives());
    await page.goto(url);
    return page;
  }

  /** A new tab with one of the extension's pages (`popup.html`, `library.html`), shown and rendered. */
  async extensionPage(path: string, size = path.startsWith('popup') ? { width: 400, height: 600 } : { width: 1280, height: 800 }) {
    const page = this.wrap(await this.newPrimitives());
    await page.setViewport(size.width, size.height);
    await page.goto(`${this.origin}/${path}`);
    await this.rendered(page);
    return page;
  }

  /** Waits until an extension page has drawn something into its root. */
  async rendered(page: ShelfPage): Promise<void> {
    await expect
      .poll(
        () =>
          page
            .evaluate(
              () =>
                location.protocol.endsWith('-extension:') &&
                document.readyState === 'complete' &&
                (document.body?.children.length ?? 0) > 0,
              null,
            )
            // The page may be between documents (a navigation replaces the one being asked).
            .catch(() => false),
        { message: 'the extension page renders' },
      )
      .toBe(true);
  }

  popup(): Promise<ShelfPage> {
    return this.extensionPage('popup.html');
  }

  library(): Promise<ShelfPage> {
    return this.extensionPage('library.html');
  }

  /** The tab that `action` makes the browser open (the extension opening its library, say). */
  async opened(action: () => Promise<void>, url: (href: string) => boolean): Promise<ShelfPage> {
    const before = this.pages.length;
    await action();
    let found: ShelfPage | undefined;
    await expect
      .poll(
        async () => {
          for (const primitives of await this.adoptNew()) this.wrap(primitives);
          for (const page of this.pages.slice(before)) if (url(await page.url().catch(() => ''))) found = page;
          return !!found;
        },
        { message: 'a new tab opens' },
      )
      .toBe(true);
    return found as ShelfPage;
  }

  /** Fails the test with every error the extension reported, but for the browser's own known noise. */
  assertNoErrors(): void {
    expect(this.errors, `errors from the extension in ${this.name}`).toEqual([]);
  }
}
