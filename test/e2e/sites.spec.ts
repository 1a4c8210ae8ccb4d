import type { BrowserContext, Page } from '@playwright/test';
import { paperDraft } from '../../bench/data.mjs';
import { arxivList, huggingFaceList } from '../../bench/pages.mjs';
import { PAGES } from '../fixtures/pages.mjs';
import { controlsOnPage } from './controls-on-page';
import { control, expect, expectControls, expectControlsOnEach, fixture, saveButton, serveExactly, test } from './extension';
import { message } from './shelf-seed';

/** The Hugging Face week page (every fixture served), once its controls are in place. */
async function openWeek(context: BrowserContext): Promise<{ page: Page; week: (typeof PAGES)[number] }> {
  await serveExactly(context, PAGES);
  const page = await context.newPage();
  const week = PAGES[1];
  if (!week) throw new Error('fixture list changed');
  await page.goto(week.url);
  await expectControls(page, week.ids);
  return { page, week };
}

test('every fixture page, served at its real URL, gets exactly one control per card', async ({ context }) => {
  await serveExactly(context, PAGES);
  await expectControlsOnEach(await context.newPage(), PAGES);
});

test('controls on arXiv pages sit outside the nodes MathJax rewrites', async ({ context }) => {
  await serveExactly(context, PAGES);
  const page = await context.newPage();
  for (const url of [
    'https://arxiv.org/list/cs.CV/new',
    'https://arxiv.org/search/?query=mamba&searchtype=all&source=header',
    'https://arxiv.org/abs/2503.01785v2',
  ]) {
    await page.goto(url);
    await expect(page.locator('[data-paper-shelf]').first()).toBeAttached();
    expect(await page.locator('.mathjax [data-paper-shelf]').count(), url).toBe(0);
  }
  await page.goto('https://arxiv.org/abs/2503.01785v2');
  await expect(control(page, 'arxiv:2503.01785')).toBeAttached();
  // Next to the title, not inside it.
  expect(await page.evaluate(() => document.querySelector('h1.title')?.nextElementSibling?.getAttribute('data-paper-shelf'))).toBe(
    'arxiv:2503.01785',
  );
});

test('a paper saved on Hugging Face shows as saved on its arXiv abstract page (v2) and in an arXiv listing', async ({ context }) => {
  await serveExactly(context, PAGES);
  const page = await context.newPage();
  await page.goto('https://huggingface.co/papers/week/2025-W10');
  await saveButton(page, 'arxiv:2503.01785').click();
  await expect(saveButton(page, 'arxiv:2503.01785')).toHaveAttribute('aria-pressed', 'true');

  await page.goto('https://arxiv.org/abs/2503.01785v2');
  await expect(saveButton(page, 'arxiv:2503.01785')).toHaveAttribute('aria-pressed', 'true');

  await page.goto('https://arxiv.org/list/cs.CV/new');
  await expectControls(page, PAGES[6]?.ids ?? []);
  await expect(saveButton(page, 'arxiv:2503.01785')).toHaveAttribute('aria-pressed', 'true');
  await expect(saveButton(page, 'arxiv:2503.01802')).toHaveAttribute('aria-pressed', 'false');

  // Unsaved on arXiv, it is unsaved on Hugging Face too: one record, whatever the site.
  await saveButton(page, 'arxiv:2503.01785').click();
  await expect(saveButton(page, 'arxiv:2503.01785')).toHaveAttribute('aria-pressed', 'false');
  await page.goto('https://huggingface.co/papers/2503.01785');
  await expect(saveButton(page, 'arxiv:2503.01785')).toHaveAttribute('aria-pressed', 'false');
});

test('a client-side navigation on Hugging Face leaves one control per new card and none for the old ones', async ({ context }) => {
  await serveExactly(context, PAGES);
  const page = await context.newPage();
  const week = PAGES[1];
  const month = PAGES[2];
  if (!week || !month) throw new Error('fixture list changed');
  await page.goto(week.url);
  await expectControls(page, week.ids);

  // What the Svelte app does on the "Monthly" tab: new card nodes in place of the old, and a pushed URL.
  const monthHtml = fixture(month.path);
  await page.evaluate((html) => {
    const next = new DOMParser().parseFromString(html, 'text/html');
    const grid = document.querySelector('main .grid');
    const cards = next.querySelector('main .grid');
    if (!grid || !cards) throw new Error('no card grid');
    grid.replaceChildren(...[...cards.children].map((card) => document.importNode(card, true)));
    history.pushState({}, '', '/papers/month/2025-03');
  }, monthHtml);
  await expectControls(page, month.ids);
  for (const id of week.ids.filter((id) => !month.ids.includes(id))) await expect(control(page, id)).toHaveCount(0);
});

// Svelte's hydration drops nodes it did not render, our controls among them: they must come back.
test('controls the page throws away (hydration) come back, one per card', async ({ context }) => {
  const { page, week } = await openWeek(context);
  await page.evaluate(() => {
    for (const host of document.querySelectorAll('[data-paper-shelf]')) host.remove();
  });
  await expect(page.locator('[data-paper-shelf]')).toHaveCount(week.ids.length, { timeout: 3000 });
});

// Svelte's keyed lists may reuse a card's nodes for another paper (href and text updated in place, same URL).
test('a card whose nodes are reused for another paper gets that paper’s control', async ({ context }) => {
  const { page } = await openWeek(context);
  await page.evaluate(() => {
    const article = document.querySelector('main article');
    const title = article?.querySelector('h3 a');
    if (!article || !(title?.firstChild instanceof Text)) throw new Error('no card title');
    for (const link of article.querySelectorAll('a[href^="/papers/"]')) link.setAttribute('href', '/papers/2503.14476');
    title.firstChild.data = 'DAPO: An Open-Source LLM Reinforcement Learning System at Scale';
  });
  await expect(control(page, 'arxiv:2503.14476')).toHaveCount(1, { timeout: 3000 });
  await expect(control(page, 'arxiv:2503.07365')).toHaveCount(0);
});

// The content script shows the first screen's controls first and builds the rest of a long page's in idle time,
// showing them together at the end (see Annotator.scanOnce, lib/content/mounting.ts): on 1,000 and 2,000 cards,
// every card, far below the first screen too, must still end with exactly one control, shown, with its saved state. (How long it takes is the bench's business, not this test's.)
for (const { site, url, count, html } of [
  { site: 'Hugging Face', url: 'https://huggingface.co/papers/month/2025-03', count: 1000, html: () => huggingFaceList(1000) },
  { site: 'arXiv', url: 'https://arxiv.org/list/cs.LG/pastweek?skip=0&show=2000', count: 2000, html: () => arxivList(2000) },
]) {
  test(`a page of ${count} cards on ${site} ends with one shown control per card, saved ones pressed`, async ({ context, extensionId }) => {
    await serveExactly(context, [{ url, html: html() }]);
    // Every 97th paper is saved beforehand (the bench pages are made of the bench's papers, arxiv.org ones with seed 2).
    const draftOf = (i: number) => (site === 'arXiv' ? paperDraft(i, 2) : paperDraft(i));
    const saved = Array.from({ length: Math.ceil(count / 97) }, (_, k) => draftOf(k * 97));
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    expect(await message(popup, { type: 'save', papers: saved })).toMatchObject({ ok: true });

    const page = await context.newPage();
    await page.goto(url);
    await expect(page.locator('[data-paper-shelf]:not([data-pending])')).toHaveCount(count, { timeout: 30_000 });
    const found = await page.evaluate(controlsOnPage);
    expect(found.ids).toEqual(Array.from({ length: count }, (_, i) => draftOf(i).id));
    expect(found.shown).toBe(count);
    expect(found.pressed).toEqual(saved.map((paper) => paper.id));
  });
}
