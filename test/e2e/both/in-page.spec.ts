import { control, expect, expectControls, inControl, type Shelf, type ShelfPage, saveButton, test, toolbar } from '../driver';

const DAILY = 'https://huggingface.co/papers/date/2025-03-04';
const ABS = 'https://arxiv.org/abs/2503.01785v2';
const A = 'arxiv:2503.01785';
const B = 'arxiv:2503.01743';
const C = 'arxiv:2503.00808';
const IDS = [A, B, C, 'arxiv:2503.02130', 'arxiv:2503.01307'];

async function openDaily(shelf: Shelf): Promise<ShelfPage> {
  shelf.serve({ [DAILY]: 'huggingface/papers-date-2025-03-04.html', [ABS]: 'arxiv/abs-2503.01785v2.html' });
  const page = await shelf.open(DAILY);
  await expectControls(page, IDS);
  return page;
}

const addTag = (id: string) => ({ css: inControl(id, 'button.add-tag'), name: /^Add a tag/ });
const tagInput = (id: string) => ({ css: inControl(id, 'input[role=combobox]'), name: /^Add a tag/ });
const chips = (id: string) => inControl(id, '.chip-text');
const status = (id: string) => inControl(id, 'select.status');
const article = (id: string) => `article:has(${control(id)})`;
const bar = (css: string) => `${toolbar} >>> ${css}`;
const checkbox = (label: string) => ({ css: bar('input[type=checkbox]'), name: label });

test('tags a paper from its card with autocomplete, Backspace and Esc; the popup shows the tags', async ({ shelf }) => {
  const page = await openDaily(shelf);
  // Tagging an unsaved paper saves it too.
  await page.click(addTag(A));
  await page.expectFocused(tagInput(A));
  await page.fill(tagInput(A), 'Reinforcement   Learning');
  await page.press('Enter');
  await page.expectTexts(chips(A), ['Reinforcement Learning']);
  await page.expectAttr(saveButton(A), 'aria-pressed', 'true');

  // On another card the existing tag is offered, with its count.
  await page.click(addTag(B));
  await page.fill(tagInput(B), 'reinf');
  const option = inControl(B, '[role=option]');
  await page.expectCount(option, 1);
  await page.expectText(option, 'Reinforcement Learning');
  await page.expectText(option, '1');
  await page.press('ArrowDown');
  await page.expectAttr(option, 'aria-selected', 'true');
  await page.press('Enter');
  await page.expectTexts(chips(B), ['Reinforcement Learning']);
  await page.fill(tagInput(B), 'multi word tag');
  await page.press('Enter');
  await page.expectTexts(chips(B), ['Reinforcement Learning', 'multi word tag']);
  await page.press('Backspace');
  await page.expectTexts(chips(B), ['Reinforcement Learning']);
  await page.press('Escape');
  await page.expectCount(tagInput(B), 0);

  const popup = await shelf.popup();
  await popup.expectText(`[data-paper-id="${A}"]`, 'Reinforcement Learning');
  await popup.expectText(`[data-paper-id="${B}"]`, 'Reinforcement Learning');
});

test('marks a paper read; "hide read" and "hide saved" hide the cards the user has handled', async ({ shelf }) => {
  const page = await openDaily(shelf);
  await page.click(saveButton(A));
  await page.click(saveButton(C));
  await page.expectAttr(saveButton(C), 'aria-pressed', 'true');
  await page.select(status(A), 'read');
  await page.expectAttr(inControl(A, '.shelf'), 'data-status', 'read');
  await page.expectText(bar('.count'), '2 of 5 saved');

  await page.check(checkbox('Hide read'));
  await page.expectVisible(article(A), false);
  await page.expectVisible(article(C));
  await page.expectVisible(article(B));
  await page.check(checkbox('Hide saved'));
  await page.expectVisible(article(C), false);
  await page.expectVisible(article(B));
  await page.check(checkbox('Hide saved'), false);
  await page.check(checkbox('Hide read'), false);
  await page.expectVisible(article(A));
  await page.expectVisible(article(C));
});

test('"save all visible with tag" saves every visible card once and tags it, leaving the hidden one', async ({ shelf }) => {
  const page = await openDaily(shelf);
  await page.click(saveButton(A));
  await page.select(status(A), 'read');
  await page.check(checkbox('Hide read'));
  await page.expectVisible(article(A), false);
  await page.click({ css: bar('input'), name: 'Tag for save all visible' });
  await page.fill({ css: bar('input'), name: 'Tag for save all visible' }, 'to read');
  await page.click({ css: bar('button'), name: 'Save all visible' });
  for (const id of IDS.filter((id) => id !== A)) {
    await page.expectAttr(saveButton(id), 'aria-pressed', 'true');
    await page.expectTexts(chips(id), ['to read']);
  }
  await page.expectTexts(chips(A), []);
  const popup = await shelf.popup();
  await popup.expectCount('[data-paper-id]', IDS.length);
});

test('works with the keyboard alone: focus, Enter, Tab, typing, Esc; every button has a name', async ({ shelf }) => {
  const page = await openDaily(shelf);
  await page.focus(saveButton(A));
  await page.press('Enter');
  await page.expectAttr(saveButton(A), 'aria-pressed', 'true');
  // Tab moves from the save button to the status select, then to the "add tag" button.
  await page.press('Tab');
  await page.expectFocused(status(A));
  await page.press('Tab');
  await page.expectFocused(addTag(A));
  await page.press('Enter');
  await page.expectFocused(tagInput(A));
  await page.type('keyboard');
  await page.press('Enter');
  await page.expectTexts(chips(A), ['keyboard']);
  await page.press('Escape');
  await page.expectFocused(addTag(A));
  // Space on the focused save button unsaves.
  await page.focus(saveButton(A));
  await page.press(' ');
  await page.expectAttr(saveButton(A), 'aria-pressed', 'false');
  const names = await page.evaluate(
    (id) =>
      [...(document.querySelector(`[data-paper-shelf="${id}"]`)?.shadowRoot?.querySelectorAll('button') ?? [])].map(
        (button) => button.getAttribute('aria-label') ?? button.textContent?.trim() ?? '',
      ),
    A,
  );
  expect(names.length).toBeGreaterThan(1);
  for (const name of names) expect(name).toMatch(/\S/);
});

test('a hostile page cannot hide or break the control, and titles stay text', async ({ shelf }) => {
  const url = 'https://huggingface.co/papers/date/2025-03-05';
  shelf.serve({ [url]: 'hostile/papers-date-2025-03-05.html' });
  const page = await shelf.open(url);
  const id = 'arxiv:2503.02495';
  await page.expectCount('[data-paper-shelf]', 2);
  const button = saveButton(id);
  await page.expectVisible(button);
  await page.expectText(button, 'Save');
  const box = await page.evaluate((sel) => {
    const host = document.querySelector(sel.split(' >>> ')[0] ?? '');
    const rect = host?.shadowRoot?.querySelector('button[aria-pressed]')?.getBoundingClientRect();
    return rect ? { width: rect.width, height: rect.height } : null;
  }, button);
  expect(box?.width).toBeGreaterThan(30);
  expect(box?.height).toBeGreaterThan(15);
  await page.click(button);
  await page.expectAttr(button, 'aria-pressed', 'true');
  expect(await page.attr(button, 'aria-label')).toContain(`<img src=x onerror="document.title='pwned'"><b>Bold</b> claims`);
  // Nothing in our shadow root was parsed from the title as HTML.
  expect(await page.count(`${control(id)} >>> img, ${control(id)} >>> b, ${control(id)} >>> script`)).toBe(0);
  expect(await page.evaluate(() => document.title, null)).toBe('Daily Papers - Hugging Face');
});

/**
 * The save-paper shortcut: a synthetic key press reaches no extension shortcut (in headless Chromium nor in Firefox
 * over BiDi), so this sends what the background's commands.onCommand handler sends to the tab, from an extension page.
 */
async function relaySavePaperCommand(shelf: Shelf): Promise<unknown[]> {
  const ext = await shelf.popup();
  const replies = await ext.evaluate(async () => {
    type Tabs = { query(q: object): Promise<{ id?: number; url?: string }[]>; sendMessage(id: number, m: unknown): Promise<unknown> };
    const g = globalThis as unknown as { browser?: { tabs: Tabs }; chrome?: { tabs: Tabs } };
    const tabs = (g.browser ?? g.chrome)?.tabs as Tabs;
    const out: unknown[] = [];
    for (const tab of await tabs.query({})) {
      // (Without the tabs permission a tab's url is not told: every tab is asked.)
      if (tab.id !== undefined) {
        out.push(await tabs.sendMessage(tab.id, { type: 'save-paper' }).catch(() => 'no content script'));
      }
    }
    return out;
  }, null);
  await ext.close();
  return replies;
}

test('the save-paper command saves the paper of a single-paper page, and only saves; on a listing it does nothing', async ({ shelf }) => {
  shelf.serve({ [ABS]: 'arxiv/abs-2503.01785v2.html' });
  const page = await shelf.open(ABS);
  await page.expectAttr(saveButton(A), 'aria-pressed', 'false');
  expect(await relaySavePaperCommand(shelf)).toContain(true);
  await page.expectAttr(saveButton(A), 'aria-pressed', 'true');
  // A second press keeps it saved: the command saves, it does not toggle.
  expect(await relaySavePaperCommand(shelf)).toContain(true);
  await page.expectAttr(saveButton(A), 'aria-pressed', 'true');
  await page.close();

  const daily = await openDaily(shelf);
  // Tabs without a content script (the first blank tab) answer nothing; the listing answers that it saved nothing.
  const replies = await relaySavePaperCommand(shelf);
  expect(replies).toContain(false);
  expect(replies).not.toContain(true);
  for (const id of IDS.filter((id) => id !== A)) await daily.expectAttr(saveButton(id), 'aria-pressed', 'false');
});
