import type { Page } from '@playwright/test';
import { control, expect, saveButton, serve, test } from './extension';
import { message } from './shelf-seed';

// Nothing lost, nothing let in, in the page: the card's Undo after an unsave, controls a page script cannot drive,
// and whole-library requests a content script cannot make.

const DAILY = 'https://huggingface.co/papers/date/2025-03-04';
const A = 'arxiv:2503.01785';
const B = 'arxiv:2503.01743';
const IDS = [A, B, 'arxiv:2503.00808', 'arxiv:2503.02130', 'arxiv:2503.01307'];

type States = { states: Record<string, { saved: boolean; tags: string[]; status: string }> };

async function openDaily(context: Parameters<typeof serve>[0]): Promise<Page> {
  await serve(context, { [DAILY]: 'huggingface/papers-date-2025-03-04.html' });
  const page = await context.newPage();
  await page.goto(DAILY);
  await expect(page.locator('[data-paper-shelf]')).toHaveCount(IDS.length);
  return page;
}

async function extensionPage(context: Parameters<typeof serve>[0], extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  return page;
}

test('unsaving on a card offers Undo there, which brings the paper back with its tags and status', async ({ context, extensionId }) => {
  const page = await openDaily(context);
  await saveButton(page, A).click();
  await expect(saveButton(page, A)).toHaveAttribute('aria-pressed', 'true');
  await control(page, A)
    .getByRole('combobox', { name: /Reading status/ })
    .selectOption('reading');
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
