import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { SITES } from '../../lib/sites/catalog';
import { expect, test } from './extension';
import { message, seedId, TEN_THOUSAND_PAPERS } from './shelf-seed';

const PAPERS = 10_000;

async function openPopup(context: BrowserContext, extensionId: string): Promise<Page> {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  return popup;
}

/** An extension page to send messages from. */
async function extensionPage(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  return page;
}

const grid = (page: Page) => page.getByRole('grid', { name: 'Saved papers' });
const rows = (page: Page) => page.locator('[data-paper-id]');
const row = (page: Page, n: number) => page.locator(`[data-paper-id="${seedId(n)}"]`);

test('an empty library tells a new user where the save buttons are, and passes an accessibility scan', async ({ context, extensionId }) => {
  const popup = await openPopup(context, extensionId);
  await expect(popup.getByText('Nothing saved yet.')).toBeVisible();
  await expect(popup.getByRole('link', { name: 'Hugging Face Daily Papers' })).toHaveAttribute('href', 'https://huggingface.co/papers');
  // Every supported site is named, with a page of it that gets controls (the house-rules test keeps the list whole).
  await expect(popup.getByRole('listitem')).toHaveCount(SITES.length);
  await expect(popup.getByRole('link', { name: 'OpenReview' })).toHaveAttribute('href', /^https:\/\/openreview\.net\//);
  await expect(popup.getByRole('searchbox')).toBeFocused();
  const scan = await new AxeBuilder({ page: popup }).analyze();
  expect(scan.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
});

test.describe('with 10,000 papers', () => {
  test.setTimeout(240_000);
  // Seeded once per worker, and restored before each test: the tests here may change the library.
  test.use({ seed: TEN_THOUSAND_PAPERS });

  test('shows the newest rows first, searches, and combines tag and status filters', async ({ context, extensionId }) => {
    const seeder = await extensionPage(context, extensionId);
    // Papers 0..49 are tagged "alpha"; the even ones among them are read.
    const alpha = Array.from({ length: 50 }, (_, n) => seedId(n));
    await message(seeder, { type: 'addTags', ids: alpha, tags: ['alpha'] });
    await message(seeder, { type: 'setStatus', ids: alpha.filter((_, n) => n % 2 === 0), status: 'read' });

    const popup = await openPopup(context, extensionId);
    await expect(rows(popup).first()).toHaveAttribute('data-paper-id', seedId(PAPERS - 1));
    await expect(rows(popup).first()).toContainText(`Paper ${PAPERS - 1} on`);
    await expect(rows(popup).first()).toContainText(`Author${PAPERS - 1} Smith`);
    await expect(rows(popup).first().locator('a.title')).toHaveAttribute('href', `https://arxiv.org/abs/2501.0${PAPERS - 1}`);
    // Windowed: a screenful of rows is in the DOM, not ten thousand.
    expect(await rows(popup).count()).toBeLessThan(30);
    await expect(popup.getByText(`${PAPERS} saved`)).toBeVisible();

    // Search narrows to the right papers: the abstract of every 1000th paper mentions a quokka.
    const search = popup.getByRole('searchbox');
    await expect(search).toBeFocused();
    await search.fill('quokka');
    await expect(grid(popup)).toHaveAttribute('aria-rowcount', '10');
    await expect(rows(popup).first()).toHaveAttribute('data-paper-id', seedId(9000));
    await search.fill('paper 4242 on');
    await expect(grid(popup)).toHaveAttribute('aria-rowcount', '1');
    await expect(rows(popup)).toHaveCount(1);
    await expect(row(popup, 4242)).toBeVisible();
    await search.fill('quokka robotics');
    await expect(popup.getByText('No saved paper matches.')).toBeVisible();
    await search.press('Escape');
    await expect(search).toHaveValue('');
    await expect(grid(popup)).toHaveAttribute('aria-rowcount', String(PAPERS));

    // Tag and status filters combine (and with the search).
    await popup.getByRole('button', { name: /^alpha\s*50$/ }).click();
    await expect(grid(popup)).toHaveAttribute('aria-rowcount', '50');
    await popup.getByRole('button', { name: /^Read\s*25$/ }).click();
    await expect(grid(popup)).toHaveAttribute('aria-rowcount', '25');
    await expect(rows(popup).first()).toHaveAttribute('data-paper-id', seedId(48));
    await search.fill('diffusion');
    // Topic "diffusion" is every 10th paper: 0, 10, 20, 30, 40 are tagged, even and read.
    await expect(grid(popup)).toHaveAttribute('aria-rowcount', '5');
    await expect(rows(popup)).toHaveCount(5);
    expect(await rows(popup).evaluateAll((els) => els.map((e) => e.getAttribute('data-paper-id')))).toEqual(
      [40, 30, 20, 10, 0].map(seedId),
    );
    await popup.getByRole('button', { name: /^Read\s*25$/ }).click();
    await expect(grid(popup)).toHaveAttribute('aria-rowcount', '5');
    await popup.getByRole('button', { name: /^Unread/ }).click();
    await expect(popup.getByText('No saved paper matches.')).toBeVisible();
  });

  test('edits tags and status in a row, and undo brings a removed paper back with its tags', async ({ context, extensionId }) => {
    const popup = await openPopup(context, extensionId);
    const target = row(popup, PAPERS - 2);
    await expect(target).toBeVisible();

    await target.getByRole('button', { name: /^Add a tag/ }).click();
    await popup.keyboard.type('keep me');
    await popup.keyboard.press('Enter');
    await popup.keyboard.type('second');
    await popup.keyboard.press('Enter');
    await popup.keyboard.press('Escape');
    await expect(target.locator('.chip')).toHaveText(['keep me×', 'second×']);
    await target.getByRole('combobox', { name: /^Reading status/ }).selectOption('reading');
    await expect(target.getByRole('combobox', { name: /^Reading status/ })).toHaveValue('reading');

    await target.getByRole('button', { name: /^Remove .* from the library$/ }).click();
    await expect(target).toHaveCount(0);
    await expect(popup.getByText(`${PAPERS - 1} saved`)).toBeVisible();
    await popup.getByRole('button', { name: 'Undo' }).click();
    await expect(target).toBeVisible();
    await expect(target.locator('.chip')).toHaveText(['keep me×', 'second×']);
    await expect(target.getByRole('combobox', { name: /^Reading status/ })).toHaveValue('reading');
    const states = await message<{ states: Record<string, { tags: string[]; status: string }> }>(popup, {
      type: 'states',
      ids: [seedId(PAPERS - 2)],
    });
    expect(states.states[seedId(PAPERS - 2)]).toEqual({
      id: seedId(PAPERS - 2),
      saved: true,
      tags: ['keep me', 'second'],
      status: 'reading',
    });
  });

  test('keyboard: / focuses search, arrows move through rows, Esc clears; axe finds nothing serious', async ({ context, extensionId }) => {
    const popup = await openPopup(context, extensionId);
    await expect(popup.getByText(`${PAPERS} saved`)).toBeVisible();
    const search = popup.getByRole('searchbox');
    await search.fill('graph');
    await search.press('ArrowDown');
    await expect(rows(popup).first()).toBeFocused();
    await popup.keyboard.press('ArrowDown');
    await expect(rows(popup).nth(1)).toBeFocused();
    // "graph" is the topic of papers 2, 12, …: newest first, 9992 then 9982, and 2 last.
    await expect(rows(popup).nth(1)).toHaveAttribute('data-paper-id', seedId(9982));
    await popup.keyboard.press('End');
    await expect(popup.locator(`[data-paper-id="${seedId(2)}"]`)).toBeFocused();
    await popup.keyboard.press('Escape');
    await expect(search).toHaveValue('');
    await expect(search).toBeFocused();
    await rows(popup).first().focus();
    await popup.keyboard.press('/');
    await expect(search).toBeFocused();

    const scan = await new AxeBuilder({ page: popup }).analyze();
    expect(scan.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'dark' });
    const dark = await new AxeBuilder({ page: popup }).analyze();
    expect(dark.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });
});
