import { readFileSync } from 'node:fs';
import { expect, fixturesDir, type ShelfPage, test } from '../driver';
import { seedId, seedPaper } from '../shelf-seed';

const row = (id: string) => `[data-paper-id="${id}"]`;
const rowIds = (page: ShelfPage) =>
  page.evaluate(() => [...document.querySelectorAll('[data-paper-id]')].map((r) => r.getAttribute('data-paper-id')), null);

async function seed(page: ShelfPage, count: number): Promise<void> {
  const papers = Array.from({ length: count }, (_, n) => seedPaper(n));
  expect(await page.message({ type: 'save', papers })).toMatchObject({ ok: true });
}

/** Every part of the element is inside the viewport and inside each ancestor that clips (overflow other than visible). */
function unclipped(page: ShelfPage, css: string) {
  return page.evaluate((selector) => {
    const el = document.querySelector(selector);
    if (!el) return 'missing';
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.right > innerWidth + 0.5 || box.left < -0.5)
      return `outside the viewport: ${box.left}–${box.right} of ${innerWidth}`;
    for (let up = el.parentElement; up; up = up.parentElement) {
      const style = getComputedStyle(up);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const clip = up.getBoundingClientRect();
      if (box.left < clip.left - 0.5 || box.right > clip.right + 0.5 || box.top < clip.top - 0.5 || box.bottom > clip.bottom + 0.5) {
        return `clipped by .${up.className}: ${box.left}–${box.right} in ${clip.left}–${clip.right}`;
      }
    }
    return 'ok';
  }, css);
}

test('an empty popup tells a new user where the save buttons are, with the search focused', async ({ shelf }) => {
  const popup = await shelf.popup();
  await popup.expectText('body', 'Nothing saved yet.');
  await popup.expectAttr({ css: 'a', name: 'Hugging Face Daily Papers' }, 'href', 'https://huggingface.co/papers');
  await popup.expectFocused('input[type=search]');
});

test('the popup lists newest first, searches, filters by tag and status, edits a row, and undoes a removal', async ({ shelf }) => {
  const popup = await shelf.popup();
  await seed(popup, 300);
  const alpha = Array.from({ length: 20 }, (_, n) => seedId(n));
  await popup.message({ type: 'addTags', ids: alpha, tags: ['alpha'] });
  await popup.message({ type: 'setStatus', ids: alpha.filter((_, n) => n % 2 === 0), status: 'read' });
  await popup.expectText('.total', '300 saved');
  await popup.expectAttr({ css: '[data-paper-id]', nth: 0 }, 'data-paper-id', seedId(299));
  await popup.expectText({ css: '[data-paper-id]', nth: 0 }, 'Author299 Smith');

  await popup.click('input[type=search]');
  await popup.type('paper 242 on');
  await popup.expectCount('[data-paper-id]', 1);
  await popup.expectCount(row(seedId(242)), 1);
  await popup.press('Escape');
  await popup.expectValue('input[type=search]', '');
  await popup.click({ css: '.filter-chip[data-tag="alpha"]' });
  await popup.expectAttr('[role=grid]', 'aria-rowcount', '20');
  await popup.click({ css: '.filter-chip[data-status="read"]' });
  await popup.expectAttr('[role=grid]', 'aria-rowcount', '10');
  await popup.expectAttr({ css: '[data-paper-id]', nth: 0 }, 'data-paper-id', seedId(18));
  await popup.click({ css: '.filter-chip[data-status="read"]' });
  await popup.click({ css: '.filter-chip[data-tag="alpha"]' });
  await popup.expectAttr('[role=grid]', 'aria-rowcount', '300');

  // Tags and status edited in a row, with the keyboard in the tag field.
  const target = row(seedId(298));
  await popup.click({ css: `${target} button.add-tag` });
  await popup.expectFocused(`${target} input[role=combobox]`);
  await popup.type('keep me');
  await popup.press('Enter');
  await popup.type('a rather long second tag for the narrow popup');
  await popup.press('Enter');
  await popup.press('Escape');
  await popup.expectTexts(`${target} .chip-text`, ['keep me', 'a rather long second tag for the narrow popup']);
  await popup.select(`${target} select.status`, 'reading');
  await popup.expectValue(`${target} select.status`, 'reading');

  // The × of every chip is whole in the 400 px popup, and pressing it removes that tag.
  for (const tag of ['keep me', 'a rather long second tag for the narrow popup']) {
    expect(await unclipped(popup, `${target} button.chip-remove[aria-label="Remove tag ${tag}"]`), tag).toBe('ok');
  }
  await popup.click(`${target} button.chip-remove[aria-label="Remove tag a rather long second tag for the narrow popup"]`);
  await popup.expectTexts(`${target} .chip-text`, ['keep me']);

  await popup.click({ css: `${target} button.remove` });
  await popup.expectCount(target, 0);
  await popup.expectText('.total', '299 saved');
  await popup.click({ css: 'button.undo' });
  await popup.expectCount(target, 1);
  await popup.expectTexts(`${target} .chip-text`, ['keep me']);
  await popup.expectValue(`${target} select.status`, 'reading');
  const states = await popup.message<{ states: Record<string, unknown> }>({ type: 'states', ids: [seedId(298)] });
  expect(states.states[seedId(298)]).toEqual({ id: seedId(298), saved: true, tags: ['keep me'], status: 'reading' });
});

test('keyboard in the popup: arrows move through rows, End, Esc back to the search, / focuses it', async ({ shelf }) => {
  const popup = await shelf.popup();
  await seed(popup, 200);
  await popup.expectText('.total', '200 saved');
  await popup.expectFocused('input[type=search]');
  await popup.type('graph');
  await popup.expectAttr('[role=grid]', 'aria-rowcount', '20');
  await popup.press('ArrowDown');
  await popup.expectFocused({ css: '[data-paper-id]', nth: 0 });
  await popup.press('ArrowDown');
  await popup.expectFocused(row(seedId(182)));
  await popup.press('End');
  await popup.expectFocused(row(seedId(2)));
  await popup.press('Escape');
  await popup.expectValue('input[type=search]', '');
  await popup.expectFocused('input[type=search]');
  await popup.focus({ css: '[data-paper-id]', nth: 0 });
  await popup.press('/');
  await popup.expectFocused('input[type=search]');
});

test('the popup opens the library page, which lists, renames a tag and keeps a note, live in the popup', async ({ shelf }) => {
  const popup = await shelf.popup();
  await seed(popup, 50);
  await popup.message({ type: 'addTags', ids: [seedId(1), seedId(2)], tags: ['alpha'] });
  const library = await shelf.opened(
    () => popup.click({ css: 'button', name: 'Open library' }),
    (href) => href === `${shelf.origin}/library.html`,
  );
  await shelf.rendered(library);
  await library.expectText('h1', 'Paper Shelf library');
  await library.expectText('body', '50 saved');
  expect((await rowIds(library))[0]).toBe(seedId(49));

  await library.click({ css: 'button', name: 'Rename tag alpha' });
  await library.expectFocused({ css: 'input', name: 'New name for tag alpha' });
  await library.fill({ css: 'input', name: 'New name for tag alpha' }, 'beta');
  await library.press('Enter');
  await library.expectText('.filter-chip[data-tag="beta"]', '2');
  await popup.expectText('.filter-chip[data-tag="beta"]', '2');
  await popup.expectCount('.filter-chip[data-tag="alpha"]', 0);

  await library.focus(row(seedId(47)));
  const details = { css: 'article.detail-body', name: /^Details of Paper 47 on/ };
  await library.expectVisible(details);
  await library.click({ css: 'textarea', name: 'Note' });
  await library.type('Compare with the wombat baseline');
  await library.click({ css: 'button', name: 'Save note' });
  await library.expectCount({ css: 'button', name: 'Note saved' }, 1);
  await library.click('input[type=search]');
  await library.type('wombat');
  await library.expectAttr('[role=grid]', 'aria-rowcount', '1');
  await library.expectCount(row(seedId(47)), 1);
});

test('import and export through the UI: a backup file in, the same papers out as JSON and BibTeX, a broken file changes nothing', async ({
  shelf,
}) => {
  const backupText = readFileSync(`${fixturesDir}formats/papers.json`, 'utf8');
  const backup = JSON.parse(backupText) as { papers: { id: string }[] };
  const library = await shelf.library();
  const importPanel = 'fieldset:has(> legend)';
  await library.expectCount('legend', (n) => n >= 2);

  await library.chooseFile(`${importPanel} input[type=file]`, 'papers.json', backupText);
  await library.expectText({ css: '[role=status]', name: /^Imported papers\.json/ }, `${backup.papers.length} added`);
  await library.expectCount('[data-paper-id]', backup.papers.length);

  // A file that is not a library changes nothing and says why.
  await library.chooseFile(
    `${importPanel} input[type=file]`,
    'broken.json',
    '{"format": "paper-shelf", "version": 1, "papers": [{"id": 5}]}',
  );
  await library.expectCount({ css: '[role=alert]', name: /./ }, (n) => n > 0);
  await library.expectCount('[data-paper-id]', backup.papers.length);

  const format = { css: 'select', name: 'Format', nth: 0 };
  await library.select(format, 'json');
  const json = await library.download(() => library.click({ css: 'button', name: 'Download' }));
  expect(json.filename).toMatch(/^paper-shelf-\d{4}-\d{2}-\d{2}\.json$/);
  const saved = JSON.parse(json.text) as { papers: { id: string }[] };
  const byId = (list: { id: string }[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
  expect(byId(saved.papers)).toEqual(byId(backup.papers));

  await library.select(format, 'bibtex');
  const bib = await library.download(() => library.click({ css: 'button', name: 'Download' }));
  expect(bib.filename).toMatch(/\.bib$/);
  expect(bib.text.match(/^@(misc|article)\{/gm)).toHaveLength(backup.papers.length);
  expect(bib.text).toContain('@misc{vaswani2017attentiona,');
});
