import { PAGES } from '../../fixtures/pages.mjs';
import { VENUE_PAGES } from '../../helpers/venue-pages';
import { expect, expectControls, rescanned, saveButton, test } from '../driver';

const DAILY = 'https://huggingface.co/papers/date/2025-03-04';
const IDS = ['arxiv:2503.01785', 'arxiv:2503.01743', 'arxiv:2503.00808', 'arxiv:2503.02130', 'arxiv:2503.01307'];

test('every fixture page, served at its real URL, gets exactly one control per card, with its id, in page order', async ({ shelf }) => {
  const pages = [...PAGES, ...VENUE_PAGES];
  shelf.serve(Object.fromEntries(pages.map(({ url, path }) => [url, path])));
  const page = await shelf.open('about:blank');
  for (const { url, ids } of pages) {
    await page.goto(url);
    await expectControls(page, ids);
    // A re-scan (any DOM change) keeps the count: nothing is annotated twice.
    await rescanned(page);
    await expectControls(page, ids);
  }
});

test('saves two cards; they stay saved after a reload, show in the popup newest first, and an unsave leaves it live', async ({ shelf }) => {
  shelf.serve({ [DAILY]: 'huggingface/papers-date-2025-03-04.html' });
  const page = await shelf.open(DAILY);
  await expectControls(page, IDS);
  for (const id of IDS) await page.expectAttr(saveButton(id), 'aria-pressed', 'false');

  await page.click(saveButton('arxiv:2503.01785'));
  await page.expectAttr(saveButton('arxiv:2503.01785'), 'aria-pressed', 'true');
  await page.click(saveButton('arxiv:2503.00808'));
  await page.expectAttr(saveButton('arxiv:2503.00808'), 'aria-pressed', 'true');

  await page.reload();
  await expectControls(page, IDS);
  await page.expectAttr(saveButton('arxiv:2503.01785'), 'aria-pressed', 'true');
  await page.expectAttr(saveButton('arxiv:2503.00808'), 'aria-pressed', 'true');
  await page.expectAttr(saveButton('arxiv:2503.01743'), 'aria-pressed', 'false');

  const popup = await shelf.popup();
  await popup.expectCount('[data-paper-id]', 2);
  expect(
    await popup.evaluate(() => [...document.querySelectorAll('[data-paper-id]')].map((row) => row.getAttribute('data-paper-id')), null),
  ).toEqual(['arxiv:2503.00808', 'arxiv:2503.01785']);
  const row = '[data-paper-id="arxiv:2503.01785"]';
  await popup.expectText(row, 'Visual-RFT: Visual Reinforcement Fine-Tuning');
  await popup.expectText(row, 'Ziyu Liu');
  await popup.expectAttr(`${row} a.title`, 'href', 'https://arxiv.org/abs/2503.01785');

  // Unsaving from the card takes the paper out of the open popup, live.
  await page.click(saveButton('arxiv:2503.01785'));
  await page.expectAttr(saveButton('arxiv:2503.01785'), 'aria-pressed', 'false');
  await popup.expectCount('[data-paper-id]', 1);
  await popup.expectCount(row, 0);
});
