import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, fixturesDir, test } from './extension';

const backupText = readFileSync(`${fixturesDir}formats/papers.json`, 'utf8');
const backup = JSON.parse(backupText) as { papers: { id: string }[] };
const zoteroBib = readFileSync(`${fixturesDir}formats/import/zotero.bib`);

async function send(page: Page, message: unknown) {
  return page.evaluate((m) => chrome.runtime.sendMessage(m), message);
}

async function openLibrary(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/library.html`);
  await expect(page.getByRole('group', { name: 'Export' })).toBeVisible();
}

test('export from the library page downloads the backup and BibTeX with the right content', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openLibrary(page, extensionId);
  const seeded = await send(page, { type: 'import', text: backupText });
  expect(seeded).toMatchObject({ ok: true, added: backup.papers.length });
  await expect(page.locator('[data-paper-id]')).toHaveCount(backup.papers.length);

  const panel = page.getByRole('group', { name: 'Export' });
  await panel.getByLabel('Format').selectOption('json');
  const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Download' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^paper-shelf-\d{4}-\d{2}-\d{2}\.json$/);
  const saved = JSON.parse(readFileSync(await download.path(), 'utf8'));
  const byId = (list: { id: string }[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
  // Every field of every paper, exactly as imported.
  expect(byId(saved.papers)).toEqual(byId(backup.papers));
  expect(saved).toMatchObject({ format: 'paper-shelf', version: 1 });
  await expect(panel.getByRole('status')).toHaveText(`Exported ${backup.papers.length} papers to ${download.suggestedFilename()}.`);

  await panel.getByLabel('Format').selectOption('bibtex');
  const [bib] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Download' }).click()]);
  expect(bib.suggestedFilename()).toMatch(/\.bib$/);
  const text = readFileSync(await bib.path(), 'utf8');
  expect(text.match(/^@(misc|article)\{/gm)).toHaveLength(backup.papers.length);
  expect(text).toContain('@misc{vaswani2017attentiona,');
  expect(text).toContain('  eprint = {1706.03762},\n  archivePrefix = {arXiv},\n  primaryClass = {cs.CL},');

  await panel.getByLabel('Format').selectOption('markdown');
  await panel.getByLabel('Sections').selectOption('status');
  const [markdown] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Download' }).click()]);
  const list = readFileSync(await markdown.path(), 'utf8');
  expect(list.match(/^## .*/gm)).toEqual(['## Reading', '## To read', '## Read']);
  expect(list).toContain('- [x] [Attention Is All You Need](https://arxiv.org/abs/1706.03762)');
});

test('import via the file picker shows a summary and the papers appear; a broken file changes nothing', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await openLibrary(page, extensionId);
  const panel = page.getByRole('group', { name: 'Import' });

  // Zotero's export (two arXiv papers and a NAACL paper known by its DOI) and a book that names no paper at all.
  const bib = Buffer.from(
    `${zoteroBib.toString('utf8')}\n@book{knuth_art_1997, title = {The Art of Computer Programming}, author = {Knuth, Donald E.}, year = {1997}}\n`,
  );
  await panel.locator('input[type=file]').setInputFiles({ name: 'zotero.bib', mimeType: 'application/x-bibtex', buffer: bib });
  await expect(panel.getByRole('status')).toHaveText('Imported zotero.bib: 3 added, 0 updated, 1 skipped.');
  await expect(page.locator('[data-paper-id="arxiv:1706.03762"]')).toBeVisible();
  await expect(page.locator('[data-paper-id="doi:10.18653/v1/n19-1423"]')).toContainText('BERT');
  await expect(page.locator('[data-paper-id="arxiv:2401.01234"]')).toContainText('Über Schätzungen');
  await panel.getByText('Why 1 entry was skipped').click();
  await expect(panel.getByRole('listitem')).toHaveText([
    '@book{knuth_art_1997} (line 42): names no paper (no arXiv eprint, DOI or paper URL)',
  ]);
  // The panel with a summary open passes axe (labels, contrast, roles).
  const axe = await new AxeBuilder({ page }).include('.transfer').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // The same file again: nothing new.
  await panel.locator('input[type=file]').setInputFiles({ name: 'zotero.bib', mimeType: 'application/x-bibtex', buffer: bib });
  await expect(panel.getByRole('status')).toHaveText('Imported zotero.bib: 0 added, 0 updated, 3 already in the library, 1 skipped.');

  const broken = Buffer.from(`${zoteroBib.toString('utf8')}\n@misc{broken, title = {never closed}, eprint = {2501.00001}`);
  await panel.locator('input[type=file]').setInputFiles({ name: 'broken.bib', mimeType: 'application/x-bibtex', buffer: broken });
  await expect(panel.getByRole('alert')).toHaveText(/^Nothing was imported: BibTeX syntax error, line \d+: entry "broken" is not closed/);
  await expect(page.locator('[data-paper-id]')).toHaveCount(3);

  await panel.getByLabel(/paste/i).fill('https://arxiv.org/abs/2310.04444v2\nhttps://huggingface.co/papers/2503.01785\n');
  await panel.getByRole('button', { name: 'Import pasted text' }).click();
  await expect(panel.getByRole('status')).toHaveText('Imported pasted text: 2 added, 0 updated.');
  await expect(page.locator('[data-paper-id]')).toHaveCount(5);

  // Markup in an imported title is shown as text and never runs.
  const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  await panel.getByLabel(/paste/i).fill(`@misc{x, title = {${hostile}}, eprint = {2501.09999}}`);
  await panel.getByRole('button', { name: 'Import pasted text' }).click();
  await expect(panel.getByRole('status')).toHaveText('Imported pasted text: 1 added, 0 updated.');
  await expect(page.locator('[data-paper-id="arxiv:2501.09999"]')).toContainText(hostile);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator('[data-paper-id="arxiv:2501.09999"] img, [data-paper-id="arxiv:2501.09999"] script')).toHaveCount(0);
});

test('a large import shows progress and lands whole', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openLibrary(page, extensionId);
  const template = backup.papers[1] as Record<string, unknown>;
  const papers = Array.from({ length: 3000 }, (_, i) => ({ ...template, id: `arxiv:2402.${String(i).padStart(5, '0')}`, savedAt: i }));
  const buffer = Buffer.from(JSON.stringify({ format: 'paper-shelf', version: 1, exportedAt: new Date().toISOString(), papers }));
  const panel = page.getByRole('group', { name: 'Import' });
  await panel.locator('input[type=file]').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer });
  await expect(panel.getByRole('status')).toHaveText('Imported big.json: 3000 added, 0 updated.', { timeout: 30_000 });
  const progress = await page.evaluate(() =>
    (
      globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }
    ).chrome.storage.local.get('paper-shelf:import-progress'),
  );
  expect(progress['paper-shelf:import-progress']).toMatchObject({ done: 3000, total: 3000 });
  expect(await send(page, { type: 'states', ids: ['arxiv:2402.02999'] })).toMatchObject({
    ok: true,
    states: { 'arxiv:2402.02999': { saved: true } },
  });
});
