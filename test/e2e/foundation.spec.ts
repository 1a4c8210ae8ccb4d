import { mkdirSync } from 'node:fs';
import { control, expect, extensionDir, root, saveButton, serve, test } from './extension';

const DAILY = 'https://huggingface.co/papers/date/2025-03-04';
const IDS = ['arxiv:2503.01785', 'arxiv:2503.01743', 'arxiv:2503.00808', 'arxiv:2503.02130', 'arxiv:2503.01307'];

test('saves two cards on a Hugging Face daily page; they stay saved after a reload and show in the popup', async ({
  context,
  extensionId,
}) => {
  await serve(context, { [DAILY]: 'huggingface/papers-date-2025-03-04.html' });
  const page = await context.newPage();
  await page.goto(DAILY);

  for (const id of IDS) await expect(control(page, id)).toHaveCount(1);
  await expect(page.locator('[data-paper-shelf]')).toHaveCount(IDS.length);
  for (const id of IDS) await expect(saveButton(page, id)).toHaveAttribute('aria-pressed', 'false');

  await saveButton(page, 'arxiv:2503.01785').click();
  await saveButton(page, 'arxiv:2503.00808').click();
  await expect(saveButton(page, 'arxiv:2503.01785')).toHaveAttribute('aria-pressed', 'true');
  await expect(saveButton(page, 'arxiv:2503.00808')).toHaveAttribute('aria-pressed', 'true');

  await page.reload();
  await expect(page.locator('[data-paper-shelf]')).toHaveCount(IDS.length);
  await expect(saveButton(page, 'arxiv:2503.01785')).toHaveAttribute('aria-pressed', 'true');
  await expect(saveButton(page, 'arxiv:2503.00808')).toHaveAttribute('aria-pressed', 'true');
  await expect(saveButton(page, 'arxiv:2503.01743')).toHaveAttribute('aria-pressed', 'false');

  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const rows = popup.locator('[data-paper-id]');
  await expect(rows).toHaveCount(2);
  // Newest first: the second save is listed first.
  await expect(rows.nth(0)).toHaveAttribute('data-paper-id', 'arxiv:2503.00808');
  await expect(rows.nth(1)).toHaveAttribute('data-paper-id', 'arxiv:2503.01785');
  await expect(rows.nth(1)).toContainText('Visual-RFT: Visual Reinforcement Fine-Tuning');
  await expect(rows.nth(1)).toContainText('Ziyu Liu');
  await expect(rows.nth(1).locator('a.title')).toHaveAttribute('href', 'https://arxiv.org/abs/2503.01785');

  mkdirSync(`${root}docs`, { recursive: true });
  await popup.screenshot({ path: `${root}docs/popup.png` });

  // Unsaving from the card takes the paper out of the popup, live.
  await saveButton(page, 'arxiv:2503.01785').click();
  await expect(saveButton(page, 'arxiv:2503.01785')).toHaveAttribute('aria-pressed', 'false');
  await expect(rows).toHaveCount(1);
});

test('the manifest asks only for storage and the supported sites', async () => {
  const { readFileSync } = await import('node:fs');
  const manifest = JSON.parse(readFileSync(`${extensionDir}/manifest.json`, 'utf8'));
  expect(manifest.permissions).toEqual(['storage']);
  const hosts: string[] = manifest.host_permissions;
  expect(hosts.length).toBeGreaterThan(0);
  // Each supported site by its own host, and only the paths that show papers where the site allows it.
  const sites =
    /^https:\/\/(huggingface\.co\/papers|arxiv\.org\/(list|catchup|search|abs)|openreview\.net\/(group|submissions|forum)|aclanthology\.org\/|proceedings\.mlr\.press\/v|(papers\.nips\.cc|proceedings\.neurips\.cc)\/paper|openaccess\.thecvf\.com\/(CVPR|ICCV|WACV|ACCV|content)|scholar\.google\.com\/(scholar|citations)|dblp\.org\/(pid|db|search|rec)|www\.semanticscholar\.org\/(search|author|paper)|www\.alphaxiv\.org\/)/;
  for (const host of hosts) expect(host).toMatch(sites);
  // The manifest carries exactly the adapters' match patterns, as content-script matches and host permissions.
  expect([...(manifest.content_scripts?.[0]?.matches ?? [])].sort()).toEqual([...hosts].sort());
  expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>|"tabs"|\*:\/\/\*\//);
});

test('the content script, which runs on every listing page, ships without zod (the background validates)', async () => {
  const { readFileSync } = await import('node:fs');
  const manifest = JSON.parse(readFileSync(`${extensionDir}/manifest.json`, 'utf8'));
  const scripts: string[] = manifest.content_scripts?.[0]?.js ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  // zod's schema construction cost about 6 ms of script time on each page; lib/paper.ts builds its schemas lazily.
  for (const script of scripts) expect(readFileSync(`${extensionDir}/${script}`, 'utf8')).not.toMatch(/_zod|\$ZodType/);
});
