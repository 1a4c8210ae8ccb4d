import { paperDraft } from '../../../bench/data.mjs';
import { huggingFaceList } from '../../../bench/pages.mjs';
import { PAGES } from '../../fixtures/pages.mjs';
import { controlsOnPage } from '../controls-on-page';
import { expect, expectControls, saveButton, test } from '../driver';

const A = 'arxiv:2503.01785';
const B = 'arxiv:2503.01743';
const page = (url: string) => PAGES.find((p) => p.url === url) ?? { url, path: '', ids: [] };
const DAILY = page('https://huggingface.co/papers/date/2025-03-04');
const WEEK = page('https://huggingface.co/papers/week/2025-W10');
const ABS = page('https://arxiv.org/abs/2503.01785v2');
const LIST = page('https://arxiv.org/list/cs.CV/new');
const HF_PAPER = page('https://huggingface.co/papers/2503.01785');

test('a paper saved on Hugging Face shows as saved on its arXiv abstract page (v2) and in an arXiv listing; unsaved there, it is unsaved on Hugging Face', async ({
  shelf,
}) => {
  shelf.serve(Object.fromEntries([WEEK, ABS, LIST, HF_PAPER].map((p) => [p.url, p.path])));
  const tab = await shelf.open(WEEK.url);
  await tab.click(saveButton(A));
  await tab.expectAttr(saveButton(A), 'aria-pressed', 'true');
  await tab.goto(ABS.url);
  await tab.expectAttr(saveButton(A), 'aria-pressed', 'true');
  await tab.goto(LIST.url);
  await expectControls(tab, LIST.ids);
  await tab.expectAttr(saveButton(A), 'aria-pressed', 'true');
  await tab.expectAttr(saveButton('arxiv:2503.01802'), 'aria-pressed', 'false');
  await tab.click(saveButton(A));
  await tab.expectAttr(saveButton(A), 'aria-pressed', 'false');
  await tab.goto(HF_PAPER.url);
  await tab.expectAttr(saveButton(A), 'aria-pressed', 'false');
});

test('a save in one tab flips the control in the other open tabs without a reload, and back', async ({ shelf }) => {
  shelf.serve({ [DAILY.url]: DAILY.path, [ABS.url]: ABS.path });
  const first = await shelf.open(DAILY.url);
  const second = await shelf.open(DAILY.url);
  const third = await shelf.open(ABS.url);
  await first.click(saveButton(A));
  await first.expectAttr(saveButton(A), 'aria-pressed', 'true');
  await second.expectAttr(saveButton(A), 'aria-pressed', 'true');
  await third.expectAttr(saveButton(A), 'aria-pressed', 'true');
  await second.click(saveButton(A));
  await first.expectAttr(saveButton(A), 'aria-pressed', 'false');
  await third.expectAttr(saveButton(A), 'aria-pressed', 'false');
  await second.expectAttr(saveButton(B), 'aria-pressed', 'false');
});

test('a page of 1,000 cards on Hugging Face ends with one shown control per card, saved ones pressed', async ({ shelf }) => {
  test.setTimeout(180_000);
  const url = 'https://huggingface.co/papers/month/2025-03';
  const count = 1000;
  shelf.serve({ [url]: { html: huggingFaceList(count) } });
  // Every 97th paper is saved beforehand (the page is made of the bench's papers).
  const saved = Array.from({ length: Math.ceil(count / 97) }, (_, k) => paperDraft(k * 97));
  const popup = await shelf.popup();
  expect(await popup.message({ type: 'save', papers: saved })).toMatchObject({ ok: true });
  await popup.close();

  const tab = await shelf.open(url);
  await tab.expectCount('[data-paper-shelf]:not([data-pending])', count);
  const found = await tab.evaluate(controlsOnPage, null);
  expect(found.ids).toEqual(Array.from({ length: count }, (_, i) => paperDraft(i).id));
  expect(found.shown).toBe(count);
  expect(found.pressed).toEqual(saved.map((paper) => paper.id));
  // The last card works like the first.
  const last = paperDraft(count - 2).id;
  await tab.click(saveButton(last));
  await tab.expectAttr(saveButton(last), 'aria-pressed', 'true');
});
