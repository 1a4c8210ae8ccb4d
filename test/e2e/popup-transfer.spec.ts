import { readFileSync } from 'node:fs';
import { expect, test } from './extension';

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
