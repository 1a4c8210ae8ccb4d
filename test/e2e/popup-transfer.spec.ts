import { readFileSync } from 'node:fs';
import { expect, saveButton, serve, test } from './extension';
import { message } from './shelf-seed';

test('the popup exports a reading list and imports a file of arXiv ids', async ({ context, extensionId }) => {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const papers = [
    { id: 'arxiv:1706.03762', title: 'Attention Is All You Need', authors: ['Ashish Vaswani'], url: 'https://arxiv.org/abs/1706.03762' },
    {
      id: 'arxiv:2312.00752',
      title: 'Mamba: Linear-Time Sequence Modeling',
      authors: ['Albert Gu', 'Tri Dao'],
      url: 'https://arxiv.org/abs/2312.00752',
    },
  ];
  expect(
    await popup.evaluate((p) => chrome.runtime.sendMessage({ type: 'save', papers: p, tags: ['sequence models'] }), papers),
  ).toMatchObject({ ok: true });
  await expect(popup.locator('[data-paper-id]')).toHaveCount(2);

  await popup.getByText('Import / export').click();
  const exportPanel = popup.getByRole('group', { name: 'Export' });
  await exportPanel.getByLabel('Format').selectOption('markdown');
  const [download] = await Promise.all([popup.waitForEvent('download'), exportPanel.getByRole('button', { name: 'Download' }).click()]);
  const list = readFileSync(await download.path(), 'utf8');
  expect(list).toContain('## sequence models');
  expect(list).toContain('- [ ] [Attention Is All You Need](https://arxiv.org/abs/1706.03762)');
  expect(list).toContain('- [ ] [Mamba: Linear-Time Sequence Modeling](https://arxiv.org/abs/2312.00752)');

  const importPanel = popup.getByRole('group', { name: 'Import' });
  await importPanel.locator('input[type=file]').setInputFiles({
    name: 'ids.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('https://arxiv.org/abs/2310.04444v2\nhep-th/9901001\n1706.03762\nnot a paper\n'),
  });
  await expect(importPanel.getByRole('status')).toContainText('Imported ids.txt: 2 added');
  await expect(popup.locator('[data-paper-id="arxiv:2310.04444"]')).toHaveCount(1);
  await expect(popup.locator('[data-paper-id="arxiv:hep-th/9901001"]')).toHaveCount(1);
});

test('a paper imported from a list of ids takes its details from the first page that shows it', async ({ context, extensionId }) => {
  await serve(context, { 'https://arxiv.org/abs/2503.01785v2': 'arxiv/abs-2503.01785v2.html' });
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  expect(await message(popup, { type: 'import', text: '2503.01785\n' })).toMatchObject({ ok: true, added: 1 });
  expect(await message(popup, { type: 'addTags', ids: ['arxiv:2503.01785'], tags: ['vision'] })).toMatchObject({ ok: true });
  const row = popup.locator('[data-paper-id="arxiv:2503.01785"]');
  await expect(row).not.toContainText('Visual-RFT');

  const page = await context.newPage();
  await page.goto('https://arxiv.org/abs/2503.01785v2');
  await expect(saveButton(page, 'arxiv:2503.01785')).toHaveAttribute('aria-pressed', 'true');
  // The popup, open all along, shows the details the page brought; the user's tag is still there.
  await expect(row).toContainText('Visual-RFT: Visual Reinforcement Fine-Tuning');
  await expect(row.locator('.authors')).toContainText('Ziyu Liu');
  await expect(row).toContainText('vision');
});
