import type { Page } from '@playwright/test';
import { expect, test } from './extension';
import { message, seedId, seedLibrary } from './shelf-seed';

/** Writes records straight into the extension's IndexedDB, past the library (as DevTools or an old version could). */
async function writeRaw(page: Page, records: unknown[]): Promise<void> {
  await page.evaluate(
    (list) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('paper-shelf');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('papers', 'readwrite');
          for (const record of list) tx.objectStore('papers').put(record);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    records,
  );
}

const BROKEN = [
  {
    id: 'arxiv:2501.09990',
    title: 'From year 316889',
    authors: ['Far Future'],
    url: 'https://arxiv.org/abs/2501.09990',
    tags: [],
    status: 'unread',
    savedAt: 1e16,
  },
  { id: 'arxiv:2501.09991', title: 'No lists at all', url: 'javascript:alert(1)', savedAt: 'yesterday', status: 'done' },
];

test('records with savedAt 1e16 and missing fields leave the popup and the library listing every other paper', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/library.html`);
  await seedLibrary(page, 5);
  await writeRaw(page, BROKEN);

  for (const path of ['popup.html', 'library.html']) {
    const view = await context.newPage();
    await view.setViewportSize({ width: 1000, height: 900 });
    await view.goto(`chrome-extension://${extensionId}/${path}`);
    for (let n = 0; n < 5; n++) await expect(view.locator(`[data-paper-id="${seedId(n)}"]`)).toContainText(`Paper ${n} on`);
    const far = view.locator('[data-paper-id="arxiv:2501.09990"]');
    await expect(far).toContainText('From year 316889');
    await expect(far).toContainText('date unknown');
    const bare = view.locator('[data-paper-id="arxiv:2501.09991"]');
    await expect(bare).toContainText('No lists at all');
    // Its javascript: link never reaches an href.
    expect(await bare.locator('a.title').getAttribute('href')).toBeNull();
    await expect(view.getByText('7 saved')).toBeVisible();
    await view.close();
  }

  // And every export still writes every paper.
  for (const format of ['csv', 'bibtex', 'json', 'markdown', 'ris', 'csl-json']) {
    expect(await message(page, { type: 'export', format })).toMatchObject({ ok: true, count: 7 });
  }
});
