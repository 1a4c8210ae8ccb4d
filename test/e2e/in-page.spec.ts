import type { Page } from '@playwright/test';
import { control, expect, DAILY_IDS as IDS, openDaily, pickOption, root, saveButton, serve, test } from './extension';

const A = 'arxiv:2503.01785';
const B = 'arxiv:2503.01743';
const C = 'arxiv:2503.00808';
const tagInput = (page: Page, id: string) => control(page, id).getByRole('combobox', { name: /Add a tag/ });
const chips = (page: Page, id: string) => control(page, id).locator('.chip-text');
const toolbar = (page: Page) => page.locator('paper-shelf-toolbar');

test('tags a paper from its card with autocomplete; the chip and the popup show it', async ({ context, extensionId }) => {
  const page = await openDaily(context);

  // Tagging an unsaved paper saves it too.
  await control(page, A)
    .getByRole('button', { name: /Add a tag/ })
    .click();
  await tagInput(page, A).fill('Reinforcement   Learning');
  await tagInput(page, A).press('Enter');
  await expect(chips(page, A)).toHaveText(['Reinforcement Learning']);
  await expect(saveButton(page, A)).toHaveAttribute('aria-pressed', 'true');

  // On another card the existing tag is offered, with its count.
  await control(page, B)
    .getByRole('button', { name: /Add a tag/ })
    .click();
  await tagInput(page, B).fill('reinf');
  const option = control(page, B).getByRole('option');
  await expect(option).toHaveCount(1);
  await expect(option).toContainText('Reinforcement Learning');
  await expect(option).toContainText('1');
  await tagInput(page, B).press('ArrowDown');
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await tagInput(page, B).press('Enter');
  await expect(chips(page, B)).toHaveText(['Reinforcement Learning']);
  // Backspace on the empty field removes the last tag; Esc closes the editor.
  await tagInput(page, B).fill('multi word tag');
  await tagInput(page, B).press('Enter');
  await expect(chips(page, B)).toHaveText(['Reinforcement Learning', 'multi word tag']);
  await tagInput(page, B).press('Backspace');
  await expect(chips(page, B)).toHaveText(['Reinforcement Learning']);
  await tagInput(page, B).press('Escape');
  await expect(tagInput(page, B)).toHaveCount(0);

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.locator(`[data-paper-id="${A}"]`)).toContainText('Reinforcement Learning');
  await expect(popup.locator(`[data-paper-id="${B}"]`)).toContainText('Reinforcement Learning');
});

test('marks a paper read; "hide read" and "hide saved" hide the cards the user has handled', async ({ context }) => {
  const page = await openDaily(context);
  await saveButton(page, A).click();
  await saveButton(page, C).click();
  await expect(saveButton(page, C)).toHaveAttribute('aria-pressed', 'true');
  await pickOption(control(page, A).getByRole('combobox', { name: /Reading status/ }), 'read');
  await expect(control(page, A).locator('.shelf')).toHaveAttribute('data-status', 'read');
  await expect(toolbar(page).locator('.count')).toHaveText('2 of 5 saved');

  const article = (id: string) => page.locator('article').filter({ has: control(page, id) });
  await toolbar(page).getByLabel('Hide read').check();
  await expect(article(A)).toBeHidden();
  await expect(article(C)).toBeVisible();
  await expect(article(B)).toBeVisible();

  await toolbar(page).getByLabel('Hide saved').check();
  await expect(article(C)).toBeHidden();
  await expect(article(B)).toBeVisible();

  await toolbar(page).getByLabel('Hide saved').uncheck();
  await toolbar(page).getByLabel('Hide read').uncheck();
  await expect(article(A)).toBeVisible();
  await expect(article(C)).toBeVisible();
});

test('"save all visible with tag" saves every visible card once and tags it', async ({ context, extensionId }) => {
  const page = await openDaily(context);
  await saveButton(page, A).click();
  await pickOption(control(page, A).getByRole('combobox', { name: /Reading status/ }), 'read');
  await toolbar(page).getByLabel('Hide read').check();
  await expect(page.locator('article').filter({ has: control(page, A) })).toBeHidden();

  await toolbar(page).getByLabel('Tag for save all visible').fill('to read');
  await toolbar(page).getByRole('button', { name: 'Save all visible' }).click();
  for (const id of IDS.filter((id) => id !== A)) {
    await expect(saveButton(page, id)).toHaveAttribute('aria-pressed', 'true');
    await expect(chips(page, id)).toHaveText(['to read']);
  }
  // The hidden (read) card was not touched.
  await expect(chips(page, A)).toHaveText([]);

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.locator('[data-paper-id]')).toHaveCount(IDS.length);
  const stored = await popup.evaluate(async () => {
    const reply = await chrome.runtime.sendMessage({ type: 'states', ids: [] });
    return reply.ok;
  });
  expect(stored).toBe(true);
});

test('works with the keyboard alone: Tab, Enter, typing, Esc', async ({ context }) => {
  const page = await openDaily(context);
  const first = saveButton(page, A);
  await first.focus();
  await page.keyboard.press('Enter');
  await expect(first).toHaveAttribute('aria-pressed', 'true');
  // Tab moves from the save button to the status select, then to the "add tag" button.
  await page.keyboard.press('Tab');
  await expect(control(page, A).getByRole('combobox', { name: /Reading status/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(control(page, A).getByRole('button', { name: /Add a tag/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(tagInput(page, A)).toBeFocused();
  await page.keyboard.type('keyboard');
  await page.keyboard.press('Enter');
  await expect(chips(page, A)).toHaveText(['keyboard']);
  await page.keyboard.press('Escape');
  await expect(control(page, A).getByRole('button', { name: /Add a tag/ })).toBeFocused();
  // Every control carries an accessible name.
  for (const button of await control(page, A).getByRole('button').all()) await expect(button).toHaveAccessibleName(/\S/);
});

test('a hostile page cannot hide or break the control, and titles stay text', async ({ context }) => {
  const url = 'https://huggingface.co/papers/date/2025-03-05';
  await serve(context, { [url]: 'hostile/papers-date-2025-03-05.html' });
  const page = await context.newPage();
  await page.goto(url);
  const id = 'arxiv:2503.02495';
  await expect(page.locator('[data-paper-shelf]')).toHaveCount(2);
  const button = saveButton(page, id);
  await expect(button).toBeVisible();
  await expect(button).toHaveText('Save');
  const box = await button.boundingBox();
  expect(box?.width).toBeGreaterThan(30);
  expect(box?.height).toBeGreaterThan(15);
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(button).toHaveAccessibleName(/<img src=x onerror="document.title='pwned'"><b>Bold<\/b> claims/);
  // Nothing in our shadow root was parsed from the title as HTML.
  const injected = await control(page, id).evaluate((host) => host.shadowRoot?.querySelectorAll('img, b, script').length);
  expect(injected).toBe(0);
  expect(await page.title()).toBe('Daily Papers - Hugging Face');
});

test('follows the page theme; screenshots of a card in light and dark mode', async ({ context }) => {
  const page = await openDaily(context);
  await page.setViewportSize({ width: 900, height: 700 });
  await saveButton(page, A).click();
  await control(page, A)
    .getByRole('button', { name: /Add a tag/ })
    .click();
  await tagInput(page, A).fill('vision');
  await tagInput(page, A).press('Enter');
  await tagInput(page, A).press('Escape');
  const card = page.locator('article').filter({ has: control(page, A) });
  await expect(control(page, A)).toHaveAttribute('data-theme', 'light');
  await card.screenshot({ path: `${root}docs/card-light.png` });

  await page.evaluate(() => {
    document.documentElement.classList.add('dark');
    document.body.style.background = '#0b0f19';
    document.body.style.color = '#e5e7eb';
  });
  await expect(control(page, A)).toHaveAttribute('data-theme', 'dark');
  const color = await saveButton(page, A).evaluate((el) => getComputedStyle(el).color);
  expect(color).toBe('rgb(251, 191, 36)');
  await card.screenshot({ path: `${root}docs/card-dark.png` });
});

/** What the background's command handler does, for every tab: headless Chromium cannot press an extension shortcut. */
async function relaySavePaperCommand(context: Parameters<typeof serve>[0]): Promise<unknown[]> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return worker.evaluate(async () => {
    type Tabs = { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<unknown> };
    const { tabs } = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
    const replies: unknown[] = [];
    for (const tab of await tabs.query({})) {
      if (tab.id !== undefined) replies.push(await tabs.sendMessage(tab.id, { type: 'save-paper' }).catch(() => 'no content script'));
    }
    return replies;
  });
}

test('the save-paper command saves the paper of a single-paper page, and only saves', async ({ context }) => {
  const url = 'https://arxiv.org/abs/2503.01785v2';
  await serve(context, { [url]: 'arxiv/abs-2503.01785v2.html' });
  const page = await context.newPage();
  await page.goto(url);
  await expect(saveButton(page, A)).toHaveAttribute('aria-pressed', 'false');
  expect(await relaySavePaperCommand(context)).toContain(true);
  await expect(saveButton(page, A)).toHaveAttribute('aria-pressed', 'true');
  // A second press keeps it saved: the command saves, it does not toggle.
  expect(await relaySavePaperCommand(context)).toContain(true);
  await expect(saveButton(page, A)).toHaveAttribute('aria-pressed', 'true');
});

test('the save-paper command does nothing on a listing page', async ({ context }) => {
  const page = await openDaily(context);
  expect(await relaySavePaperCommand(context)).toContain(false);
  for (const id of IDS) await expect(saveButton(page, id)).toHaveAttribute('aria-pressed', 'false');
});

test('on an arXiv listing, "hide saved" hides the whole entry: its dt and its dd', async ({ context }) => {
  const url = 'https://arxiv.org/list/cs.CV/new';
  await serve(context, { [url]: 'arxiv/list-cs.CV-new.html' });
  const page = await context.newPage();
  await page.goto(url);
  const id = 'arxiv:2503.01802';
  await saveButton(page, id).click();
  await expect(saveButton(page, id)).toHaveAttribute('aria-pressed', 'true');
  await toolbar(page).getByLabel('Hide saved').check();
  const dt = page.locator('dt').filter({ has: control(page, id) });
  await expect(dt).toBeHidden();
  await expect(page.locator('dt:has(a[title="Abstract"][id="2503.01802"]) + dd')).toBeHidden();
  await expect(page.locator('dt:has(a[title="Abstract"][id="2503.01785"]) + dd')).toBeVisible();
  await toolbar(page).getByLabel('Hide saved').uncheck();
  await expect(dt).toBeVisible();
});
