import type { BrowserContext } from '@playwright/test';
import { VENUE_PAGES } from '../helpers/venue-pages';
import { control, expect, expectControls, expectControlsOnEach, pickOption, saveButton, serveExactly, test } from './extension';
import { message } from './shelf-seed';

/** Serves the venue fixtures (and the arXiv abstract pages) at their exact URLs; everything else is offline. */
const servePages = (context: BrowserContext) =>
  serveExactly(context, [
    ...VENUE_PAGES,
    { url: 'https://arxiv.org/abs/2503.01785v2', path: 'arxiv/abs-2503.01785v2.html' },
    { url: 'https://arxiv.org/abs/1810.04805v2', path: 'arxiv/abs-1810.04805v2.html' },
  ]);

test('every venue fixture page, served at its real URL, gets exactly one control per card, with the card’s best id', async ({
  context,
}) => {
  await servePages(context);
  await expectControlsOnEach(await context.newPage(), VENUE_PAGES);
});

test('an OpenReview group page’s tab switch replaces the list: one control per new card, none for the old', async ({ context }) => {
  await servePages(context);
  const page = await context.newPage();
  await page.goto('https://openreview.net/group?id=ICLR.cc/2025/Conference');
  await expectControls(page, ['arxiv:2503.01785', 'openreview:hT2Km8WqLp']);
  await page.getByRole('tab', { name: 'Accept (Poster)' }).click();
  await expectControls(page, ['doi:10.5555/iclr.2025.qm4pd7', 'openreview:zK8vN2cYt4']);
});

test('a paper saved on arXiv shows as saved on the OpenReview, Scholar, DBLP, Semantic Scholar and alphaXiv cards that show its arXiv id', async ({
  context,
  extensionId,
}) => {
  await servePages(context);
  const page = await context.newPage();
  await page.goto('https://arxiv.org/abs/2503.01785v2');
  await saveButton(page, 'arxiv:2503.01785').click();
  await expect(saveButton(page, 'arxiv:2503.01785')).toHaveAttribute('aria-pressed', 'true');
  for (const url of [
    'https://openreview.net/group?id=ICLR.cc/2025/Conference',
    'https://scholar.google.com/scholar?q=visual+reinforcement+fine-tuning&hl=en',
    'https://dblp.org/pid/99/9999.html',
    'https://www.semanticscholar.org/search?q=visual%20reinforcement%20fine-tuning',
    'https://www.alphaxiv.org/explore',
  ]) {
    await page.goto(url);
    await expect(control(page, 'arxiv:2503.01785')).toHaveCount(1);
    await expect(saveButton(page, 'arxiv:2503.01785'), url).toHaveAttribute('aria-pressed', 'true');
  }
  // A card that shows none of its ids but its title and first author: the same paper.
  await page.goto('https://dblp.org/pid/99/9999.html');
  const matched = 'cvf:ICCV2025/Liu_Visual-RFT_Visual_Reinforcement_Fine-Tuning';
  await expect(saveButton(page, matched)).toHaveAttribute('aria-pressed', 'true');
  // Its status and tags are the saved paper's, and changing them there changes that paper.
  await pickOption(control(page, matched).getByRole('combobox', { name: /Reading status/ }), 'read');
  await expect(control(page, matched).locator('.shelf')).toHaveAttribute('data-status', 'read');
  const ext = await context.newPage();
  await ext.goto(`chrome-extension://${extensionId}/popup.html`);
  const { states } = await message<{ states: Record<string, { saved: boolean; status: string }> }>(ext, {
    type: 'states',
    ids: ['arxiv:2503.01785'],
  });
  expect(states['arxiv:2503.01785']).toMatchObject({ saved: true, status: 'read' });
  await ext.close();
  await expect(saveButton(page, 'doi:10.1109/iccv51070.2023.00420')).toHaveAttribute('aria-pressed', 'false');
  await page.goto('https://www.alphaxiv.org/explore');
  // The other cards stay unsaved.
  await expect(saveButton(page, 'arxiv:2310.03744')).toHaveAttribute('aria-pressed', 'false');
});

test('a paper saved on the ACL Anthology by its DOI is one record once seen on arXiv, known there by its arXiv id', async ({
  context,
  extensionId,
}) => {
  await servePages(context);
  const page = await context.newPage();
  await page.goto('https://aclanthology.org/N19-1423/');
  const doi = 'doi:10.18653/v1/n19-1423';
  await saveButton(page, doi).click();
  await expect(saveButton(page, doi)).toHaveAttribute('aria-pressed', 'true');
  // arXiv's page names neither the DOI nor the Anthology id: the card is the saved paper by its title and first author.
  await page.goto('https://arxiv.org/abs/1810.04805v2');
  await expect(saveButton(page, 'arxiv:1810.04805')).toHaveAttribute('aria-pressed', 'true');
  await pickOption(control(page, 'arxiv:1810.04805').getByRole('combobox', { name: /Reading status/ }), 'reading');
  await expect(control(page, 'arxiv:1810.04805').locator('.shelf')).toHaveAttribute('data-status', 'reading');

  const ext = await context.newPage();
  await ext.goto(`chrome-extension://${extensionId}/popup.html`);
  // One record, known by every id: the arXiv id it was seen with is its id now, the DOI and the Anthology id aliases.
  await expect(ext.locator('[data-paper-id]')).toHaveCount(1);
  await expect
    .poll(async () => {
      const { states } = await message<{ states: Record<string, { saved: boolean; id?: string; status: string }> }>(ext, {
        type: 'states',
        ids: ['arxiv:1810.04805', doi, 'acl:N19-1423'],
      });
      return Object.values(states).map(({ saved, id, status }) => ({ saved, id, status }));
    })
    .toEqual(Array(3).fill({ saved: true, id: 'arxiv:1810.04805', status: 'reading' }));
  // And the Anthology's card shows the same paper, by its DOI.
  await page.goto('https://aclanthology.org/N19-1423/');
  await expect(saveButton(page, doi)).toHaveAttribute('aria-pressed', 'true');
  await expect(control(page, doi).locator('.shelf')).toHaveAttribute('data-status', 'reading');
});
