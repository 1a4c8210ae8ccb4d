import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './extension';
import { message, seedId, seedLibrary, TEN_THOUSAND_PAPERS } from './shelf-seed';

const PAPERS = 10_000;

async function openPage(context: BrowserContext, extensionId: string, path: string, size = { width: 1280, height: 800 }): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(size);
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  return page;
}

const grid = (page: Page) => page.getByRole('grid', { name: 'Saved papers' });
const row = (page: Page, n: number) => page.locator(`[data-paper-id="${seedId(n)}"]`);
const tagChip = (page: Page, tag: string) => page.locator(`.filter-chip[data-tag="${tag}"]`);

type States = { states: Record<string, { saved: boolean; tags: string[]; status: string }> };
type TagCounts = { tags: { tag: string; count: number }[] };

test.describe('library page with 10,000 papers', () => {
  test.setTimeout(240_000);
  // Seeded once per worker, and restored before each test: the tests here may change the library.
  test.use({ seed: TEN_THOUSAND_PAPERS });

  test('renaming, merging and deleting a tag in the library page shows in the open popup', async ({ context, extensionId }) => {
    const library = await openPage(context, extensionId, 'library.html');
    await message(library, { type: 'addTags', ids: Array.from({ length: 20 }, (_, n) => seedId(n)), tags: ['alpha'] });
    await message(library, { type: 'addTags', ids: Array.from({ length: 30 }, (_, n) => seedId(n)), tags: ['gamma'] });
    const popup = await openPage(context, extensionId, 'popup.html', { width: 400, height: 600 });
    await expect(tagChip(popup, 'alpha')).toContainText('20');
    await expect(library.getByText(`${PAPERS} saved`)).toBeVisible();

    await library.getByRole('button', { name: 'Rename tag alpha' }).click();
    const field = library.getByRole('textbox', { name: 'New name for tag alpha' });
    await expect(field).toBeFocused();
    await field.fill('beta');
    await field.press('Enter');
    await expect(tagChip(popup, 'beta')).toContainText('20');
    await expect(tagChip(popup, 'alpha')).toHaveCount(0);
    await expect(tagChip(library, 'beta')).toContainText('20');

    // Renaming to a tag that exists merges the two: papers 0..29 carry "beta" once.
    await library.getByRole('button', { name: 'Rename tag gamma' }).click();
    await library.getByRole('textbox', { name: 'New name for tag gamma' }).fill('beta');
    await library.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(tagChip(popup, 'beta')).toContainText('30');
    await expect(tagChip(popup, 'gamma')).toHaveCount(0);
    expect((await message<TagCounts>(library, { type: 'tags' })).tags).toEqual([{ tag: 'beta', count: 30 }]);

    await library.getByRole('button', { name: 'Delete tag beta' }).click();
    await library.getByRole('button', { name: /^Confirm: delete tag beta/ }).click();
    await expect(tagChip(popup, 'beta')).toHaveCount(0);
    expect((await message<TagCounts>(library, { type: 'tags' })).tags).toEqual([]);
  });

  test('bulk tag, untag, status and remove apply to exactly the selected papers; undo brings them back', async ({
    context,
    extensionId,
  }) => {
    const library = await openPage(context, extensionId, 'library.html');
    const firstRows = await library
      .waitForFunction(() => performance.getEntriesByName('paper-shelf:first-rows')[0]?.startTime ?? 0)
      .then((h) => h.jsonValue());
    console.log(`library page at ${PAPERS}: first rows ${Math.round(firstRows)} ms after navigation`);
    await expect(library.locator('[data-paper-id]').first()).toHaveAttribute('data-paper-id', seedId(PAPERS - 1));
    await expect(library.getByText(`${PAPERS} saved`)).toBeVisible();
    // "robotics" is the topic of papers 7, 17, …: the newest are 9997, 9987, 9977, 9967, 9957.
    await library.getByRole('searchbox').fill('robotics');
    await expect(grid(library)).toHaveAttribute('aria-rowcount', String(PAPERS / 10));

    await row(library, 9997).getByRole('checkbox').click();
    await row(library, 9977)
      .getByRole('checkbox')
      .click({ modifiers: ['Shift'] });
    await row(library, 9957).focus();
    await library.keyboard.press(' ');
    const chosen = [9997, 9987, 9977, 9957].map(seedId);
    const neighbours = [9967, 9947, 9998, 9996].map(seedId);
    await expect(library.getByText(`4 of ${PAPERS / 10} selected`)).toBeVisible();
    for (const id of chosen) await expect(library.locator(`[data-paper-id="${id}"]`)).toHaveAttribute('aria-selected', 'true');
    await expect(row(library, 9967)).toHaveAttribute('aria-selected', 'false');

    await library.getByRole('combobox', { name: 'Tag to add to the selected papers' }).fill('bulk');
    await library.getByRole('button', { name: 'Add tag', exact: true }).click();
    await expect(tagChip(library, 'bulk')).toContainText('4');
    let states = await message<States>(library, { type: 'states', ids: [...chosen, ...neighbours] });
    for (const id of chosen) expect(states.states[id]?.tags).toEqual(['bulk']);
    for (const id of neighbours) expect(states.states[id]?.tags).toEqual([]);

    await library.getByRole('combobox', { name: 'Set the status of the selected papers' }).selectOption('reading');
    await expect(library.locator('.filter-chip[data-status="reading"]')).toContainText('4');
    states = await message<States>(library, { type: 'states', ids: [...chosen, ...neighbours] });
    for (const id of chosen) expect(states.states[id]?.status).toBe('reading');
    for (const id of neighbours) expect(states.states[id]?.status).toBe('unread');

    await library.getByRole('combobox', { name: 'Tag to remove from the selected papers' }).selectOption('bulk');
    await library.getByRole('button', { name: 'Remove tag', exact: true }).click();
    await expect(tagChip(library, 'bulk')).toHaveCount(0);

    await library.getByRole('button', { name: 'Remove 4' }).click();
    await expect(library.getByText(`${PAPERS - 4} saved`)).toBeVisible();
    for (const id of chosen) await expect(library.locator(`[data-paper-id="${id}"]`)).toHaveCount(0);
    states = await message<States>(library, { type: 'states', ids: [...chosen, ...neighbours] });
    for (const id of chosen) expect(states.states[id]?.saved).toBe(false);
    for (const id of neighbours) expect(states.states[id]?.saved).toBe(true);

    await library.getByRole('button', { name: 'Undo' }).click();
    await expect(library.getByText(`${PAPERS} saved`)).toBeVisible();
    states = await message<States>(library, { type: 'states', ids: chosen });
    for (const id of chosen) expect(states.states[id]).toEqual({ id, saved: true, tags: [], status: 'reading' });
  });
});

test('notes are saved per paper and searchable; the page passes an accessibility scan in both themes', async ({ context, extensionId }) => {
  test.setTimeout(120_000);
  const library = await openPage(context, extensionId, 'library.html');
  await seedLibrary(library, 300);
  await message(library, { type: 'addTags', ids: [seedId(299), seedId(5)], tags: ['rl'] });
  await expect(library.getByText('300 saved')).toBeVisible();

  await row(library, 297).focus();
  const details = library.getByRole('article', { name: /^Details of Paper 297 on/ });
  await expect(details).toBeVisible();
  const note = details.getByRole('textbox', { name: 'Note' });
  await note.fill('Compare with the wombat baseline');
  await details.getByRole('button', { name: 'Save note' }).click();
  await expect(details.getByRole('button', { name: 'Note saved' })).toBeVisible();

  await library.getByRole('searchbox').fill('wombat');
  await expect(grid(library)).toHaveAttribute('aria-rowcount', '1');
  await expect(row(library, 297)).toBeVisible();
  await library.getByRole('searchbox').fill('');

  for (const scheme of ['light', 'dark'] as const) {
    await library.emulateMedia({ colorScheme: scheme });
    const scan = await new AxeBuilder({ page: library }).analyze();
    expect(scan.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  }
});

test('the popup opens the library page', async ({ context, extensionId }) => {
  const popup = await openPage(context, extensionId, 'popup.html', { width: 400, height: 600 });
  const opened = context.waitForEvent('page');
  await popup.getByRole('button', { name: 'Open library' }).click();
  const library = await opened;
  await library.waitForLoadState();
  expect(library.url()).toBe(`chrome-extension://${extensionId}/library.html`);
  await expect(library.getByRole('heading', { name: 'Paper Shelf library' })).toBeVisible();
});
