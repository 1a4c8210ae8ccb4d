// search.10k: in the popup with 10,000 papers, typing one more character → the list shows its results
// (the popup's 'paper-shelf:search-done' mark for that text), one sample per keystroke.
// Baseline scan.10k: the same texts matched by a plain substring scan over the same records, held in memory.
import { installRawRead } from '../extension-page.mjs';
import { WARMUP } from '../stats.mjs';
import { openPopup } from './popup.mjs';

const WARMUP_QUERIES = ['model'];
const QUERIES = ['diffusion', 'okafor', 'graph neural', 'tokenizer', 'protein fold'];
const SEARCH_BOX = 'input[type="search"]';

/** Defines window.__searchDone(text, since): the time of the search-done mark for `text` set after `since`. */
function installSearchDone() {
  window.__searchDone = (text, since, timeout = 10_000) =>
    new Promise((resolve, reject) => {
      const started = performance.now();
      const poll = () => {
        const mark = performance
          .getEntriesByName('paper-shelf:search-done')
          .find((entry) => entry.startTime >= since && (entry.detail?.text ?? text) === text);
        if (mark) resolve(mark.startTime);
        else if (performance.now() - started > timeout) reject(new Error(`no search-done mark for "${text}" within ${timeout} ms`));
        else setTimeout(poll, 2);
      };
      poll();
    });
}

/** Types one character into the focused search box; returns keydown → search-done for the new text. */
async function keystroke(page, char, text) {
  await page.evaluate(() => {
    window.__keydown = new Promise((resolve) =>
      document.addEventListener('keydown', (event) => resolve(event.timeStamp), { capture: true, once: true }),
    );
  });
  await page.keyboard.type(char);
  return page.evaluate(async (text) => {
    const since = await window.__keydown;
    return (await window.__searchDone(text, since)) - since;
  }, text);
}

/** The floor for one text: a substring test over every record's searchable text, lower-cased once beforehand. */
function scan(text) {
  const needle = text.toLowerCase();
  const start = performance.now();
  let hits = 0;
  for (const haystack of window.__haystacks) if (haystack.includes(needle)) hits++;
  window.__hits = hits;
  return performance.now() - start;
}

export async function searchCase({ context, ext, bench, count }) {
  const page = await openPopup(context, ext);
  try {
    const box = page.locator(SEARCH_BOX).first();
    if ((await box.count()) === 0) throw new Error('the popup has no search box');
    await page.evaluate(installRawRead);
    await page.evaluate(installSearchDone);
    const loaded = await page.evaluate(async () => {
      const records = await rawRead((store) => store.getAll());
      window.__haystacks = records.map((p) =>
        `${p.title} ${p.authors.join(' ')} ${p.abstract ?? ''} ${p.tags.join(' ')} ${p.note ?? ''}`.toLowerCase(),
      );
      return records.length;
    });
    if (loaded !== count) throw new Error(`the library holds ${loaded} papers, expected ${count}`);

    const samples = [];
    const baselineSamples = [];
    const queries = [...WARMUP_QUERIES.slice(0, WARMUP), ...QUERIES];
    for (const [q, query] of queries.entries()) {
      if (q > 0) {
        // Clearing the box is a search too: let it finish before the next query's first keystroke.
        const since = await page.evaluate(() => performance.now());
        await box.fill('');
        await page.evaluate(({ since }) => window.__searchDone('', since), { since });
      }
      await box.focus();
      for (let k = 1; k <= query.length; k++) {
        const text = query.slice(0, k);
        let latency;
        try {
          latency = await keystroke(page, query[k - 1], text);
        } catch (error) {
          if (q === 0 && k === 1) throw new Error(`the popup marks no search result (${error.message})`);
          throw error;
        }
        const floor = await page.evaluate(scan, text);
        if (q < WARMUP_QUERIES.slice(0, WARMUP).length) continue;
        samples.push(latency);
        baselineSamples.push(floor);
      }
    }
    bench.add(
      `search.${count / 1000}k`,
      samples,
      { name: `scan.${count / 1000}k`, samples: baselineSamples },
      { note: `${samples.length} keystrokes` },
    );
  } finally {
    await page.close();
  }
}
