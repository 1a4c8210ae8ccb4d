import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './extension';
import { message, seedId, seedLibrary, seedPaper } from './shelf-seed';

type States = { states: Record<string, { saved: boolean; tags: string[]; status: string }> };

async function openLibrary(page: Page, extensionId: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`chrome-extension://${extensionId}/library.html`);
}

/** Every record of a table of the extension's IndexedDB, read past the library. */
async function readTable<T>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('paper-shelf');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as T[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    table,
  );
}

/** Puts a backup straight into the database (its numbers in `backups`, its text in `backupTexts`), as the background keeps one on a past day. */
async function writeBackup(page: Page, backup: { id: string; createdAt: number; count: number; size: number; text: string }) {
  await page.evaluate(
    (record) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('paper-shelf');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const { text, ...info } = record;
          const tx = open.result.transaction(['backups', 'backupTexts'], 'readwrite');
          tx.objectStore('backups').put(info);
          tx.objectStore('backupTexts').put({ id: record.id, text });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    backup,
  );
}

const titleOf = (n: number) => seedPaper(n).title;

test('the trash in the library page: removed papers are listed, one comes back whole, emptying needs a confirmation', async ({
  context,
  extensionId,
}) => {
  const library = await context.newPage();
  await openLibrary(library, extensionId);
  await seedLibrary(library, 5);
  await message(library, { type: 'addTags', ids: [seedId(1)], tags: ['keep-me'] });
  await message(library, { type: 'setStatus', ids: [seedId(1)], status: 'reading' });
  await message(library, { type: 'setNote', id: seedId(1), note: 'the wombat note' });
  await expect(library.getByText('5 saved')).toBeVisible();

  for (const n of [1, 2]) {
    await library.getByRole('button', { name: `Remove ${titleOf(n)} from the library` }).click();
    await expect(library.locator(`[data-paper-id="${seedId(n)}"]`)).toHaveCount(0);
  }
  await expect(library.getByText('3 saved')).toBeVisible();

  const trash = library.locator('details.trash-panel');
  await trash.locator('summary').click();
  await expect(trash.locator('summary')).toHaveText('Trash (2)');
  // Newest removal first.
  await expect(trash.locator('[data-trash-id]')).toHaveCount(2);
  expect(await trash.locator('[data-trash-id]').evaluateAll((items) => items.map((item) => item.getAttribute('data-trash-id')))).toEqual([
    seedId(2),
    seedId(1),
  ]);

  await trash.getByRole('button', { name: `Restore ${titleOf(1)}` }).click();
  await expect(trash.getByRole('status')).toHaveText(`Restored “${titleOf(1)}”.`);
  await expect(library.locator(`[data-paper-id="${seedId(1)}"]`)).toBeVisible();
  await expect(trash.locator('summary')).toHaveText('Trash (1)');
  const states = await message<States>(library, { type: 'states', ids: [seedId(1), seedId(2)] });
  expect(states.states[seedId(1)]).toMatchObject({ saved: true, tags: ['keep-me'], status: 'reading' });
  expect(states.states[seedId(2)]?.saved).toBe(false);
  const [restored] = (await readTable<{ id: string; note: string }>(library, 'papers')).filter((p) => p.id === seedId(1));
  expect(restored?.note).toBe('the wombat note');

  // Emptying asks first; Cancel keeps everything.
  await trash.getByRole('button', { name: 'Empty trash' }).click();
  await trash.getByRole('button', { name: 'Cancel' }).click();
  expect((await readTable(library, 'trash')).length).toBe(1);
  await trash.getByRole('button', { name: 'Empty trash' }).click();
  await trash.getByRole('button', { name: 'Delete 1 paper for good' }).click();
  await expect(trash.getByRole('status')).toHaveText('Deleted 1 paper for good.');
  await expect(trash.locator('summary')).toHaveText('Trash (0)');
  await expect(trash.getByText('The trash is empty.')).toBeVisible();
  expect(await readTable(library, 'trash')).toEqual([]);
  await expect(library.getByText('4 saved')).toBeVisible();
});

test('restore all brings every trashed paper back', async ({ context, extensionId }) => {
  const library = await context.newPage();
  await openLibrary(library, extensionId);
  await seedLibrary(library, 60);
  await message(library, { type: 'remove', ids: Array.from({ length: 55 }, (_, n) => seedId(n)) });
  await expect(library.getByText('5 saved')).toBeVisible();
  const trash = library.locator('details.trash-panel');
  await trash.locator('summary').click();
  // The newest 50 are listed, the rest counted.
  await expect(trash.locator('[data-trash-id]')).toHaveCount(50);
  await expect(trash.getByText('and 5 older papers')).toBeVisible();
  await trash.getByRole('button', { name: 'Restore all 55' }).click();
  await expect(trash.getByRole('status')).toHaveText('Restored 55 papers.');
  await expect(library.getByText('60 saved')).toBeVisible();
  expect(await readTable(library, 'trash')).toEqual([]);
});

test('a backup in the library page: listed with date and size, downloaded, and restored only after a confirmation', async ({
  context,
  extensionId,
}) => {
  const library = await context.newPage();
  await openLibrary(library, extensionId);
  await seedLibrary(library, 4);
  await expect(library.getByText('4 saved')).toBeVisible();
  const kept = [seedPaper(0), seedPaper(7)].map((paper) => ({
    ...paper,
    tags: ['from-backup'],
    status: 'read',
    note: 'kept in the backup',
    savedAt: Date.UTC(2026, 10, 20),
  }));
  const text = JSON.stringify({ format: 'paper-shelf', version: 1, exportedAt: '2026-11-30T08:00:00.000Z', papers: kept });
  await writeBackup(library, { id: '2026-11-30', createdAt: Date.UTC(2026, 10, 30, 8), count: 2, size: text.length, text });

  const backups = library.locator('details.backups-panel');
  await backups.locator('summary').click();
  const item = backups.locator('[data-backup-id="2026-11-30"]');
  await expect(item).toContainText('2 papers');
  await expect(item).toContainText(`${(text.length / 1024).toFixed(1)} KB`);
  await expect(item).toContainText('2026');

  const download = library.waitForEvent('download');
  await item.getByRole('button', { name: 'Download the backup of 2026-11-30' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('paper-shelf-backup-2026-11-30.json');

  // Restore asks first; Cancel changes nothing.
  await item.getByRole('button', { name: 'Restore the backup of 2026-11-30' }).click();
  await expect(item).toContainText('Make the library exactly this backup (2 papers)?');
  await item.getByRole('button', { name: 'Cancel' }).click();
  expect((await readTable(library, 'papers')).length).toBe(4);

  await item.getByRole('button', { name: 'Restore the backup of 2026-11-30' }).click();
  await item.getByRole('button', { name: 'Replace the library' }).click();
  await expect(backups.getByRole('status')).toHaveText(
    'Restored the backup of 2026-11-30: 2 papers. 3 papers not in it moved to the trash.',
  );
  await expect(library.getByText('2 saved')).toBeVisible();
  await expect(library.locator(`[data-paper-id="${seedId(7)}"]`)).toBeVisible();
  const papers = await readTable<{ id: string; tags: string[]; status: string; note: string; savedAt: number }>(library, 'papers');
  expect(papers.map((p) => [p.id, p.tags, p.status, p.note, p.savedAt]).sort()).toEqual(
    kept.map((p) => [p.id, p.tags, p.status, p.note, p.savedAt]).sort(),
  );
  // The papers the backup did not hold wait in the trash.
  await expect(library.locator('details.trash-panel summary')).toHaveText('Trash (3)');

  // Both panels open, in both themes, pass an accessibility scan.
  await library.locator('details.trash-panel summary').click();
  await expect(library.locator('[data-trash-id]')).toHaveCount(3);
  for (const scheme of ['light', 'dark'] as const) {
    await library.emulateMedia({ colorScheme: scheme });
    const scan = await new AxeBuilder({ page: library }).include('.sidebar').analyze();
    expect(scan.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  }
});

test('deleting a tag and merging two tags in the library page are undone from the notice', async ({ context, extensionId }) => {
  const library = await context.newPage();
  await openLibrary(library, extensionId);
  await seedLibrary(library, 6);
  await message(library, { type: 'addTags', ids: [seedId(0), seedId(1), seedId(2)], tags: ['alpha'] });
  await message(library, { type: 'addTags', ids: [seedId(2), seedId(3)], tags: ['beta'] });
  const tagsOf = async () =>
    Object.fromEntries(
      Object.entries((await message<States>(library, { type: 'states', ids: [0, 1, 2, 3, 4].map(seedId) })).states).map(([id, s]) => [
        id,
        // A tag put back comes last: the set of tags is what an undo restores.
        [...s.tags].sort(),
      ]),
    );
  const before = await tagsOf();
  await expect(library.locator('.tag-manager [data-tag="alpha"]')).toBeVisible();

  await library.getByRole('button', { name: 'Delete tag alpha' }).click();
  await library.getByRole('button', { name: /^Confirm: delete tag alpha/ }).click();
  await expect(library.locator('.toast')).toContainText('Deleted “alpha” from 3 papers.');
  await expect(library.locator('.tag-manager [data-tag="alpha"]')).toHaveCount(0);
  await library.locator('.toast').getByRole('button', { name: 'Undo' }).click();
  await expect(library.locator('.toast')).toContainText('Put “alpha” back on 3 papers.');
  expect(await tagsOf()).toEqual(before);

  // Renaming alpha to beta merges them; Undo gives paper 2 both again and papers 0 and 1 no beta.
  await library.getByRole('button', { name: 'Rename tag alpha' }).click();
  await library.getByRole('textbox', { name: 'New name for tag alpha' }).fill('beta');
  await library.getByRole('textbox', { name: 'New name for tag alpha' }).press('Enter');
  await expect(library.locator('.tag-manager [data-tag="beta"] .count')).toHaveText('4');
  await library.locator('.toast').getByRole('button', { name: 'Undo' }).click();
  await expect(library.locator('.toast')).toContainText('Undid the rename of “alpha”.');
  await expect(library.locator('.tag-manager [data-tag="alpha"] .count')).toHaveText('3');
  expect(await tagsOf()).toEqual(before);
});
