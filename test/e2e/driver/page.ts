import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { type DomOp, domOp, type Target, wire } from './dom';

/** What each browser's page must provide; everything else a test body uses is built on these, once. */
export interface Primitives {
  evaluate<R, A>(fn: (arg: A) => R, arg: A): Promise<Awaited<R>>;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Where the page is now (read in the page: Firefox's driver may not follow a switch to an extension process). */
  url(): Promise<string>;
  front(): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  click(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  down(key: string): Promise<void>;
  up(key: string): Promise<void>;
  type(text: string): Promise<void>;
  /** Gives the `<input type=file>` marked `data-shelf-driver="<mark>"` this file, as the file picker would. */
  setInputFile(mark: string, path: string): Promise<void>;
  close(): Promise<void>;
}

let marks = 0;

/**
 * One page (a site tab or an extension page) in either browser. Reads return what the page shows now; `expect*`
 * wait for it (as Playwright's web-first assertions do); actions use real mouse and key input where the browser
 * would get them from a person.
 */
export class ShelfPage {
  constructor(
    private readonly p: Primitives,
    private readonly bringForward: (page: ShelfPage) => Promise<void>,
  ) {}

  url(): Promise<string> {
    return this.p.url();
  }

  async goto(url: string): Promise<void> {
    await this.bringForward(this);
    await this.p.goto(url);
  }

  async reload(): Promise<void> {
    await this.bringForward(this);
    await this.p.reload();
  }

  async close(): Promise<void> {
    await this.p.close();
  }

  async setViewport(width: number, height: number): Promise<void> {
    await this.p.setViewport(width, height);
  }

  /** Runs a self-contained function in the page (for an extension page: with the extension's APIs). */
  async evaluate<R, A>(fn: (arg: A) => R, arg: A): Promise<Awaited<R>> {
    await this.bringForward(this);
    return this.p.evaluate(fn, arg);
  }

  private async dom<T>(target: Target, op: DomOp): Promise<T> {
    return (await this.evaluate(domOp, { target: wire(target), op })) as T;
  }

  count(target: Target): Promise<number> {
    return this.dom(target, { op: 'count' });
  }
  attr(target: Target, name: string): Promise<string | null> {
    return this.dom(target, { op: 'attr', name });
  }
  text(target: Target): Promise<string | null> {
    return this.dom(target, { op: 'text' });
  }
  texts(target: Target): Promise<string[]> {
    return this.dom(target, { op: 'texts' });
  }
  value(target: Target): Promise<string | null> {
    return this.dom(target, { op: 'value' });
  }
  visible(target: Target): Promise<boolean> {
    return this.dom(target, { op: 'visible' });
  }
  focused(target: Target): Promise<boolean> {
    return this.dom(target, { op: 'focused' });
  }
  checked(target: Target): Promise<boolean> {
    return this.dom(target, { op: 'checked' });
  }

  /** A real click at the centre of the target, once the target is there, shown, and what that point hits. */
  async click(target: Target, options: { shift?: boolean } = {}): Promise<void> {
    let point: { x: number; y: number; hit: boolean } | null = null;
    await expect
      .poll(
        async () => {
          point = (await this.dom<number>(target, { op: 'count' })) > 0 ? await this.dom(target, { op: 'point' }) : null;
          return point?.hit ?? false;
        },
        { message: `a click at the centre of ${JSON.stringify(wire(target))} reaches it` },
      )
      .toBe(true);
    const { x, y } = point as unknown as { x: number; y: number };
    if (options.shift) await this.p.down('Shift');
    await this.p.click(x, y);
    if (options.shift) await this.p.up('Shift');
  }

  async focus(target: Target): Promise<void> {
    await this.expectCount(target, (n) => n > 0);
    await this.dom(target, { op: 'focus' });
  }

  /** Replaces a text field's value by typing, as a person would after selecting what is there. */
  async fill(target: Target, text: string): Promise<void> {
    await this.expectCount(target, (n) => n > 0);
    const before = await this.dom<string>(target, { op: 'selectText' });
    if (before !== '') await this.p.press('Backspace');
    if (text) await this.p.type(text);
  }

  /** Picks an option of a `<select>` with the arrow keys, as a keyboard user does (the page sees trusted events). */
  async select(target: Target, value: string): Promise<void> {
    await this.expectCount(target, (n) => n > 0);
    const wanted = await this.evaluate(
      ({ css, value }) => {
        const find = (root: Document | ShadowRoot): HTMLSelectElement | null => {
          for (const el of root.querySelectorAll('*')) {
            if (el.matches(css.split(' >>> ').at(-1) ?? css) && el instanceof HTMLSelectElement) return el;
            if (el.shadowRoot) {
              const inner = find(el.shadowRoot);
              if (inner) return inner;
            }
          }
          return null;
        };
        const select = find(document);
        return select ? [...select.options].findIndex((o) => o.value === value) : -1;
      },
      { css: wire(target).css, value },
    );
    if (wanted < 0) throw new Error(`no option ${value} in ${wire(target).css}`);
    await this.focus(target);
    for (let step = 0; step < 20 && (await this.value(target)) !== value; step++) {
      const index = await this.evaluate(() => {
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        return (active as HTMLSelectElement | null)?.selectedIndex ?? -1;
      }, null);
      await this.p.press(index < wanted ? 'ArrowDown' : 'ArrowUp');
    }
    await this.expectValue(target, value);
  }

  /** Sets a checkbox to `on` with a click, when it is not already. */
  async check(target: Target, on = true): Promise<void> {
    if ((await this.checked(target)) !== on) await this.click(target);
    await expect.poll(() => this.checked(target)).toBe(on);
  }

  async press(key: string): Promise<void> {
    await this.bringForward(this);
    await this.p.press(key);
  }

  async type(text: string): Promise<void> {
    await this.bringForward(this);
    await this.p.type(text);
  }

  /** Chooses a file in a file input, written to a temporary folder first (both browsers take a path). */
  async chooseFile(target: Target, name: string, content: string): Promise<void> {
    const dir = mkdtempSync(join(tmpdir(), 'shelf-upload-'));
    const path = join(dir, name);
    writeFileSync(path, content);
    const mark = `file-${++marks}`;
    await this.expectCount(target, (n) => n > 0);
    await this.dom(target, { op: 'mark', mark });
    await this.p.setInputFile(mark, path);
  }

  /**
   * The file that `action` saves through the page's own download code (an object URL on an `<a download>`):
   * the page's click on the link is caught and its blob read, so the test sees the bytes the user would get.
   * (Headless Firefox over BiDi reports no downloads; this reads the same bytes in both browsers.)
   */
  async download(action: () => Promise<void>): Promise<{ filename: string; text: string }> {
    await this.evaluate(() => {
      const w = window as unknown as { shelfDownloads?: { filename: string; text: Promise<string> }[] };
      if (w.shelfDownloads) return;
      const downloads: { filename: string; text: Promise<string> }[] = [];
      w.shelfDownloads = downloads;
      const blobs = new Map<string, Blob>();
      const create = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        const url = create(blob);
        if (blob instanceof Blob) blobs.set(url, blob);
        return url;
      };
      const click = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        const blob = blobs.get(this.href);
        if (this.download && blob) downloads.push({ filename: this.download, text: blob.text() });
        else click.call(this);
      };
    }, null);
    const before = await this.evaluate(() => (window as unknown as { shelfDownloads: unknown[] }).shelfDownloads.length, null);
    await action();
    await expect
      .poll(() => this.evaluate(() => (window as unknown as { shelfDownloads: unknown[] }).shelfDownloads.length, null), {
        message: 'the page saves a file',
      })
      .toBeGreaterThan(before);
    return this.evaluate(async (n) => {
      const saved = (window as unknown as { shelfDownloads: { filename: string; text: Promise<string> }[] }).shelfDownloads[n];
      if (!saved) throw new Error('no download');
      return { filename: saved.filename, text: await saved.text };
    }, before);
  }

  /** Sends a message to the background from this extension page and returns the reply. */
  message<T = unknown>(request: unknown): Promise<T> {
    return this.evaluate(async (m) => {
      type Runtime = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
      const g = globalThis as unknown as { browser?: Runtime; chrome?: Runtime };
      return (g.browser ?? g.chrome)?.runtime.sendMessage(m);
    }, request) as Promise<T>;
  }

  // Waiting reads: each polls until it holds (Playwright's expect timeout), then fails with what it saw.
  async expectCount(target: Target, n: number | ((n: number) => boolean), message?: string): Promise<void> {
    const m = message ?? `count of ${JSON.stringify(wire(target))}`;
    if (typeof n === 'number') await expect.poll(() => this.count(target), { message: m }).toBe(n);
    else await expect.poll(async () => n(await this.count(target)), { message: m }).toBe(true);
  }
  async expectAttr(target: Target, name: string, value: string | null): Promise<void> {
    await expect.poll(() => this.attr(target, name), { message: `${name} of ${JSON.stringify(wire(target))}` }).toBe(value);
  }
  async expectText(target: Target, text: string | RegExp): Promise<void> {
    const message = `text of ${JSON.stringify(wire(target))}`;
    if (typeof text === 'string') await expect.poll(async () => (await this.text(target)) ?? '', { message }).toContain(text);
    else await expect.poll(async () => (await this.text(target)) ?? '', { message }).toMatch(text);
  }
  async expectTexts(target: Target, texts: string[]): Promise<void> {
    await expect.poll(() => this.texts(target), { message: `texts of ${JSON.stringify(wire(target))}` }).toEqual(texts);
  }
  async expectValue(target: Target, value: string): Promise<void> {
    await expect.poll(() => this.value(target), { message: `value of ${JSON.stringify(wire(target))}` }).toBe(value);
  }
  async expectVisible(target: Target, visible = true): Promise<void> {
    await expect.poll(() => this.visible(target), { message: `${JSON.stringify(wire(target))} shown` }).toBe(visible);
  }
  async expectFocused(target: Target): Promise<void> {
    await expect.poll(() => this.focused(target), { message: `${JSON.stringify(wire(target))} focused` }).toBe(true);
  }
}
