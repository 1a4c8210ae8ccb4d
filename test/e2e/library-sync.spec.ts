import type { BrowserContext, Page } from '@playwright/test';
import { expect, saveButton, serve, serviceWorker, stopServiceWorker, test } from './extension';

const DAILY = 'https://huggingface.co/papers/date/2025-03-04';
const A = 'arxiv:2503.01785';
const B = 'arxiv:2503.01743';

async function openDaily(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(DAILY);
  await expect(saveButton(page, A)).toHaveAttribute('aria-pressed', 'false');
  return page;
}

async function extensionPage(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  return page;
}

/** Every test serves the day page, the rest of the web offline (called by each: one test has its own browser). */
function serveDaily(context: BrowserContext): Promise<void> {
  return serve(context, { [DAILY]: 'huggingface/papers-date-2025-03-04.html' });
}

test('a save in one tab flips the control in another open tab without reload, and back', async ({ context }) => {
  await serveDaily(context);
  const first = await openDaily(context);
  const second = await openDaily(context);
  await saveButton(first, A).click();
  await expect(saveButton(first, A)).toHaveAttribute('aria-pressed', 'true');
  await expect(saveButton(second, A)).toHaveAttribute('aria-pressed', 'true', { timeout: 2000 });
  await saveButton(second, A).click();
  await expect(saveButton(first, A)).toHaveAttribute('aria-pressed', 'false', { timeout: 2000 });
  await expect(saveButton(second, B)).toHaveAttribute('aria-pressed', 'false');
});

// A browser of its own: the test stops the service worker on purpose and asserts its globals are gone, which the
// shared browser's reset (it stops the worker too) would make true whatever the product did.
test('a save sent while the service worker is stopped wakes a fresh worker and lands', async ({ freshContext: context, extensionId }) => {
  await serveDaily(context);
  const page = await openDaily(context);
  const other = await openDaily(context);
  const ext = await extensionPage(context, extensionId);
  const before = await serviceWorker(context);
  await before.evaluate(() => {
    (globalThis as { shelfMarker?: number }).shelfMarker = 42;
  });
  await stopServiceWorker(context, ext);

  await saveButton(page, A).click();
  await expect(saveButton(page, A)).toHaveAttribute('aria-pressed', 'true');
  // The other tab hears about it from the fresh worker too.
  await expect(saveButton(other, A)).toHaveAttribute('aria-pressed', 'true', { timeout: 2000 });
  const worker = context.serviceWorkers().at(-1) ?? (await serviceWorker(context));
  expect(await worker.evaluate(() => (globalThis as { shelfMarker?: number }).shelfMarker)).toBeUndefined();

  await page.reload();
  await expect(saveButton(page, A)).toHaveAttribute('aria-pressed', 'true');
  await expect(ext.locator(`[data-paper-id="${A}"]`)).toHaveCount(1);
});

test('5 tabs × 50 concurrent tag edits on the same papers lose none', async ({ context, extensionId }) => {
  await serveDaily(context);
  const seed = await extensionPage(context, extensionId);
  const papers = [A, B].map((id) => ({ id, title: id, authors: [], url: `https://arxiv.org/abs/${id.slice(6)}` }));
  expect(await seed.evaluate((p) => chrome.runtime.sendMessage({ type: 'save', papers: p }), papers)).toMatchObject({ ok: true });

  const tabs = await Promise.all(Array.from({ length: 5 }, () => extensionPage(context, extensionId)));
  const replies = await Promise.all(
    tabs.map((tab, t) =>
      tab.evaluate(
        ({ t, ids }) =>
          Promise.all(
            Array.from({ length: 50 }, (_, i) =>
              chrome.runtime.sendMessage(
                i % 5 === 4 ? { type: 'setStatus', ids, status: 'reading' } : { type: 'addTags', ids, tags: [`tab${t}-edit${i}`] },
              ),
            ),
          ),
        { t, ids: [A, B] },
      ),
    ),
  );
  expect(replies.flat().every((reply) => reply?.ok === true)).toBe(true);

  const states = await seed.evaluate((ids) => chrome.runtime.sendMessage({ type: 'states', ids }), [A, B]);
  for (const id of [A, B]) {
    const tags = states.states[id]?.tags ?? [];
    expect(tags).toHaveLength(5 * 40);
    for (let t = 0; t < 5; t++) for (let i = 0; i < 50; i++) if (i % 5 !== 4) expect(tags).toContain(`tab${t}-edit${i}`);
    expect(states.states[id]?.status).toBe('reading');
  }
});

test('1,000 malformed messages get errors and change nothing', async ({ context, extensionId }) => {
  await serveDaily(context);
  const page = await extensionPage(context, extensionId);
  const paper = { id: A, title: 'Kept', authors: ['Ann'], url: 'https://arxiv.org/abs/2503.01785' };
  await page.evaluate((p) => chrome.runtime.sendMessage({ type: 'save', papers: [p], tags: ['keep'] }), paper);
  const snapshot = () =>
    page.evaluate(
      () =>
        new Promise<unknown>((resolve, reject) => {
          const open = indexedDB.open('paper-shelf');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction('papers').objectStore('papers').getAll();
            request.onsuccess = () => {
              open.result.close();
              resolve(request.result);
            };
          };
        }),
    );
  const before = await snapshot();

  const results = await page.evaluate(async () => {
    // A seeded generator: the same 1,000 hostile messages every run.
    let seed = 12345;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)] as T;
    const junk = (): unknown =>
      pick<() => unknown>([
        () => null,
        () => 42,
        () => 'x'.repeat(Math.floor(random() * 100)),
        () => [1, 2, 3],
        () => ({}),
        () => ({ id: 'arxiv:2503.01785' }),
        () => 'arxiv:2503.01785',
        () => ({ title: '<script>alert(1)</script>' }),
        () => -1,
        () => true,
      ])();
    const types = [
      'save',
      'toggle',
      'remove',
      'restore',
      'states',
      'addTags',
      'removeTags',
      'setTags',
      'setStatus',
      'setNote',
      'renameTag',
      'deleteTag',
      'export',
      'import',
      'nope',
      '',
      7,
    ];
    const messages: unknown[] = [];
    for (let i = 0; i < 1000; i++) {
      const message: Record<string, unknown> = { type: pick(types) };
      for (const key of ['papers', 'paper', 'ids', 'tags', 'status', 'id', 'note', 'from', 'to', 'tag', 'text', 'format']) {
        if (random() < 0.5) message[key] = junk();
      }
      // Make sure every message is malformed for its type (each type needs at least one field of the right shape).
      if (message.type === 'states' || message.type === 'remove') message.ids = [junk(), 'not-an-id'];
      if (message.type === 'setStatus') message.status = 'finished';
      if (message.type === 'import') message.text = 12;
      if (message.type === 'export') message.format = 'docx';
      if (message.type === 'renameTag') message.to = 404;
      if (message.type === 'deleteTag') message.tag = null;
      if (message.type === 'setNote') message.id = 'bad id';
      if (message.type === 'setTags' || message.type === 'addTags' || message.type === 'removeTags') message.tags = 'rl';
      if (message.type === 'save') message.papers = [{ id: 'arxiv:2503.01785', title: 5 }];
      if (message.type === 'restore') message.papers = [{ id: 'arxiv:2503.01785' }];
      if (message.type === 'toggle') message.paper = { id: '??', title: 't', authors: [], url: '' };
      messages.push(message);
    }
    return Promise.all(messages.map((m) => chrome.runtime.sendMessage(m)));
  });
  expect(results).toHaveLength(1000);
  for (const reply of results) {
    expect(reply.ok).toBe(false);
    expect(reply.error).toMatch(/^malformed message: /);
  }
  expect(await snapshot()).toEqual(before);
});
