import type { BrowserContext, Page } from '@playwright/test';
import { control, expect, DAILY_IDS as IDS, openDaily, pickOption, saveButton, serviceWorker, test } from './extension';
import { message } from './shelf-seed';

// Nothing lost, nothing let in, in the page: the card's Undo after an unsave, controls a page script cannot drive,
// and whole-library requests a content script cannot make.

const A = 'arxiv:2503.01785';
const B = 'arxiv:2503.01743';

type States = { states: Record<string, { saved: boolean; tags: string[]; status: string }> };

async function extensionPage(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  return page;
}

test('unsaving on a card offers Undo there, which brings the paper back with its tags and status', async ({ context, extensionId }) => {
  const page = await openDaily(context);
  await saveButton(page, A).click();
  await expect(saveButton(page, A)).toHaveAttribute('aria-pressed', 'true');
  await pickOption(control(page, A).getByRole('combobox', { name: /Reading status/ }), 'reading');
  await expect(control(page, A).locator('.shelf')).toHaveAttribute('data-status', 'reading');

  await saveButton(page, A).click();
  await expect(saveButton(page, A)).toHaveAttribute('aria-pressed', 'false');
  const undo = control(page, A).getByRole('button', { name: /^Undo removing / });
  await expect(undo).toBeVisible();
  const ext = await extensionPage(context, extensionId);
  expect((await message<States>(ext, { type: 'states', ids: [A] })).states[A]?.saved).toBe(false);

  await undo.click();
  await expect(saveButton(page, A)).toHaveAttribute('aria-pressed', 'true');
  await expect(control(page, A).locator('.shelf')).toHaveAttribute('data-status', 'reading');
  await expect(undo).toHaveCount(0);
  expect((await message<States>(ext, { type: 'states', ids: [A] })).states[A]).toMatchObject({ saved: true, status: 'reading' });
});

test('a page script that clicks, types and submits in every one of our controls changes nothing', async ({ context, extensionId }) => {
  const page = await openDaily(context);
  // One paper saved by the user, so that its card shows the status picker and a tag chip too.
  await control(page, A)
    .getByRole('button', { name: /Add a tag/ })
    .click();
  await control(page, A)
    .getByRole('combobox', { name: /Add a tag/ })
    .fill('mine');
  await control(page, A)
    .getByRole('combobox', { name: /Add a tag/ })
    .press('Enter');
  await expect(control(page, A).locator('.chip-text')).toHaveText(['mine']);
  await control(page, A)
    .getByRole('combobox', { name: /Add a tag/ })
    .press('Escape');
  const pages = context.pages().length;

  const driven = await page.evaluate(() => {
    let count = 0;
    const roots = [...document.querySelectorAll('paper-shelf, paper-shelf-toolbar')].map((host) => host.shadowRoot).filter(Boolean);
    for (const root of roots as ShadowRoot[]) {
      for (const select of root.querySelectorAll('select')) {
        select.value = 'read';
        select.dispatchEvent(new Event('change', { bubbles: true }));
        count++;
      }
      for (const input of root.querySelectorAll('input')) {
        if (input.type === 'checkbox') input.click();
        else {
          input.value = 'page-tag';
          input.dispatchEvent(new Event('input', { bubbles: true }));
          input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
        }
        count++;
      }
      for (const button of root.querySelectorAll('button')) {
        button.click();
        button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        count++;
      }
      for (const form of root.querySelectorAll('form')) {
        form.requestSubmit();
        count++;
      }
    }
    return count;
  });
  // Every card's save and tag buttons, A's chip and status, and the toolbar's field, checkboxes, form and buttons.
  expect(driven).toBeGreaterThan(IDS.length * 2 + 5);

  // A real click after them all: by the time it is answered, anything they had sent would have been too.
  await saveButton(page, B).click();
  await expect(saveButton(page, B)).toHaveAttribute('aria-pressed', 'true');
  const ext = await extensionPage(context, extensionId);
  const { states } = await message<States>(ext, { type: 'states', ids: IDS });
  expect(states[A]).toMatchObject({ saved: true, tags: ['mine'], status: 'unread' });
  expect(states[B]).toMatchObject({ saved: true, tags: [], status: 'unread' });
  for (const id of IDS.slice(2)) expect(states[id]?.saved).toBe(false);
  await expect(saveButton(page, A)).toHaveAttribute('aria-pressed', 'true');
  await expect(control(page, A).locator('.shelf')).toHaveAttribute('data-status', 'unread');
  await expect(page.locator('paper-shelf-toolbar').getByLabel('Hide saved')).not.toBeChecked();
  await expect(page.locator('article').filter({ has: control(page, A) })).toBeVisible();
  // No library tab was opened for the page (the extension page above is ours).
  expect(context.pages().length).toBe(pages + 1);
});

test('from a content script every whole-library request is refused and the library stays as it was', async ({ context, extensionId }) => {
  const page = await openDaily(context);
  const ext = await extensionPage(context, extensionId);
  await message(ext, {
    type: 'save',
    papers: [{ id: A, title: 'Kept', authors: ['K'], url: 'https://arxiv.org/abs/2503.01785' }],
    tags: ['t'],
  });
  await message(ext, { type: 'remove', ids: [A] });
  await message(ext, {
    type: 'save',
    papers: [{ id: B, title: 'Also kept', authors: ['K'], url: 'https://arxiv.org/abs/2503.01743' }],
    tags: ['t'],
  });
  const snapshot = async () => ({
    json: (await message<{ text: string }>(ext, { type: 'export', format: 'json' })).text.replace(/"exportedAt": "[^"]*"/, ''),
    trash: await ext.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const open = indexedDB.open('paper-shelf');
          open.onsuccess = () => {
            const request = open.result.transaction('trash').objectStore('trash').count();
            request.onsuccess = () => {
              open.result.close();
              resolve(request.result);
            };
          };
        }),
    ),
  });
  const before = await snapshot();
  expect(before.trash).toBe(1);

  // The content script's isolated world in the page, found over CDP: messages sent there come from our content script.
  const cdp = await context.newCDPSession(page);
  const worlds: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context: created }) => worlds.push(created));
  await cdp.send('Runtime.enable');
  await expect.poll(() => worlds.some((w) => w.auxData?.type === 'isolated' && w.origin.includes(extensionId))).toBe(true);
  const world = worlds.find((w) => w.auxData?.type === 'isolated' && w.origin.includes(extensionId));
  const fromContent = async (request: unknown) =>
    (
      await cdp.send('Runtime.evaluate', {
        expression: `chrome.runtime.sendMessage(${JSON.stringify(request)})`,
        contextId: world?.id,
        awaitPromise: true,
        returnByValue: true,
      })
    ).result.value as { ok: boolean; error?: string };

  // A card-level request is answered there: the isolated world is the content script's.
  expect(await fromContent({ type: 'states', ids: [B] })).toMatchObject({ ok: true });
  const wholeLibrary = [
    { type: 'export', format: 'json' },
    { type: 'import', text: 'arxiv:2401.00001' },
    { type: 'restore', papers: [] },
    { type: 'remove', ids: [B] },
    { type: 'renameTag', from: 't', to: 'u' },
    { type: 'deleteTag', tag: 't' },
    { type: 'revertTag', undo: { tag: 'x', ids: [B], hadTarget: [] } },
    { type: 'setNote', id: B, note: 'from a page' },
    { type: 'emptyTrash' },
    { type: 'restoreBackup', id: '2026-12-03' },
  ];
  for (const request of wholeLibrary) {
    const reply = await fromContent(request);
    expect(reply, request.type).toMatchObject({ ok: false });
    expect(reply.error, request.type).toMatch(/^refused: /);
  }
  expect(await snapshot()).toEqual(before);
});

// The disk made full for the extension. Chromium (156) exempts extension origins from the DevTools protocol's
// Storage.overrideQuotaForOrigin: the same override makes a web origin's IndexedDB write abort with
// QuotaExceededError, but not the extension's. So the worker's IndexedDB is made to answer as a full disk does:
// every put or add fails with a QuotaExceededError DOMException.
async function fillDisk(context: BrowserContext, full: boolean): Promise<void> {
  const worker = await serviceWorker(context);
  await worker.evaluate((full) => {
    const store = IDBObjectStore.prototype as IDBObjectStore & { realPut?: IDBObjectStore['put']; realAdd?: IDBObjectStore['add'] };
    store.realPut ??= store.put;
    store.realAdd ??= store.add;
    const refuse = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    store.put = full ? refuse : store.realPut;
    store.add = full ? refuse : store.realAdd;
  }, full);
}

// A browser of its own: the test makes the live worker's IndexedDB refuse every write (a full disk), a change to the
// browser's storage that no other test should be able to inherit.
test('a save the disk has no room for says so on the card, and the library stays as it was', async ({
  freshContext: context,
  extensionId,
}) => {
  const page = await openDaily(context);
  await saveButton(page, A).click();
  await expect(saveButton(page, A)).toHaveAttribute('aria-pressed', 'true');
  const ext = await extensionPage(context, extensionId);
  await fillDisk(context, true);
  try {
    await saveButton(page, B).click();
    await expect(control(page, B).getByRole('alert')).toHaveText(/^Not changed: the browser has no room left for Paper Shelf/);
    await expect(saveButton(page, B)).toHaveAttribute('aria-pressed', 'false');
    const states = (await message<States>(ext, { type: 'states', ids: [A, B] })).states;
    expect(states[A]?.saved).toBe(true);
    expect(states[B]?.saved).toBe(false);
  } finally {
    await fillDisk(context, false);
  }
  // With room again, the same click saves, and the message goes.
  await saveButton(page, B).click();
  await expect(saveButton(page, B)).toHaveAttribute('aria-pressed', 'true');
  await expect(control(page, B).getByRole('alert')).toHaveCount(0);
});
