// export.bibtex.10k: the background's `export` message over the whole library → its reply, from an extension page.
// Baseline idb.getAll.10k: a raw getAll() of the same store (reading is all an export must do).
// import.json.10k: the `import` message with a JSON backup of 10,000 papers into an empty library → its reply.
// Baseline idb.bulkPut.10k: the same records put raw, in one transaction, into a scratch database of the same schema.
import { jsonBackup } from '../data.mjs';
import { ExtensionPage, installRawRead } from '../extension-page.mjs';
import { repeat } from '../stats.mjs';

function timedExport(format) {
  return (async () => {
    const start = performance.now();
    const reply = await chrome.runtime.sendMessage({ type: 'export', format });
    const ms = performance.now() - start;
    const entries = reply?.ok ? (reply.text.match(/^@\w+\s*\{/gm) ?? []).length : 0;
    return { ms, ok: reply?.ok, error: reply?.error, entries };
  })();
}

function timedGetAll() {
  return (async () => {
    const start = performance.now();
    const records = await rawRead((store) => store.getAll());
    return { ms: performance.now() - start, count: records.length };
  })();
}

export async function exportCase({ ext, bench, count }) {
  const { samples, baselineSamples } = await repeat(
    async () => {
      const run = await ext.page.evaluate(timedExport, 'bibtex');
      if (!run.ok) throw new Error(`export failed: ${run.error}`);
      if (run.entries !== count) throw new Error(`the BibTeX export holds ${run.entries} entries, expected ${count}`);
      return run.ms;
    },
    async () => {
      const run = await ext.page.evaluate(timedGetAll);
      if (run.count !== count) throw new Error(`getAll read ${run.count} records, expected ${count}`);
      return run.ms;
    },
  );
  const k = `${count / 1000}k`;
  bench.add(`export.bibtex.${k}`, samples, { name: `idb.getAll.${k}`, samples: baselineSamples });
}

const SCRATCH = 'paper-shelf-bench-scratch';

/**
 * Opens the scratch database, empty, with the papers store exactly as the extension's own database has it (its
 * indexes read from the live paper-shelf database, not copied here, so that the baseline follows lib/db.ts).
 */
function openScratch(name) {
  const readSchema = () =>
    new Promise((resolve, reject) => {
      const open = indexedDB.open('paper-shelf');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const store = db.transaction('papers', 'readonly').objectStore('papers');
        const indexes = [...store.indexNames].map((n) => {
          const index = store.index(n);
          return { name: n, keyPath: index.keyPath, multiEntry: index.multiEntry, unique: index.unique };
        });
        db.close();
        resolve({ keyPath: store.keyPath, indexes });
      };
    });
  return readSchema().then(
    (schema) =>
      new Promise((resolve, reject) => {
        indexedDB.deleteDatabase(name);
        const open = indexedDB.open(name, 1);
        open.onupgradeneeded = () => {
          const store = open.result.createObjectStore('papers', { keyPath: schema.keyPath });
          for (const { name: n, keyPath, multiEntry, unique } of schema.indexes) store.createIndex(n, keyPath, { multiEntry, unique });
        };
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          window.__scratch = open.result;
          resolve();
        };
      }),
  );
}

function timedBulkPut() {
  return new Promise((resolve, reject) => {
    const records = window.__backupRecords;
    const start = performance.now();
    const tx = window.__scratch.transaction('papers', 'readwrite');
    const store = tx.objectStore('papers');
    for (const record of records) store.put(record);
    tx.oncomplete = () => {
      const ms = performance.now() - start;
      window.__scratch.close();
      resolve(ms);
    };
    tx.onerror = () => reject(tx.error);
  });
}

function timedImport() {
  return (async () => {
    const start = performance.now();
    const reply = await chrome.runtime.sendMessage({ type: 'import', text: window.__backup, format: 'json' });
    return {
      ms: performance.now() - start,
      reply: reply?.ok ? { ok: true, added: reply.added, updated: reply.updated, skipped: reply.skipped } : reply,
    };
  })();
}

/**
 * Each import run gets a browser of its own (same launch, fresh profile): an empty library without the cost of
 * emptying one (removing 10,000 papers takes longer than importing them), the worker awake and the database open.
 */
async function freshLibrary(launch) {
  const context = await launch();
  const ext = await ExtensionPage.open(context);
  await ext.ensureDatabase();
  return { context, ext };
}

export async function importCase({ bench, count, launch }) {
  const backup = jsonBackup(count);
  let lastBaseline = 0;
  const { samples, baselineSamples } = await repeat(
    async () => {
      const fresh = await freshLibrary(launch);
      try {
        await fresh.ext.page.evaluate((text) => {
          window.__backup = text;
          window.__backupRecords = JSON.parse(text).papers;
        }, backup);
        const run = await fresh.ext.page.evaluate(timedImport);
        if (!run.reply?.ok) throw new Error(`import failed: ${run.reply?.error ?? 'no reply'}`);
        if (run.reply.added !== count)
          throw new Error(`import added ${run.reply.added} papers, expected ${count} (${JSON.stringify(run.reply)})`);
        // The floor, in the same page right after: the same records put raw into an empty store of the same schema.
        await fresh.ext.page.evaluate(openScratch, SCRATCH);
        lastBaseline = await fresh.ext.page.evaluate(timedBulkPut);
        return run.ms;
      } finally {
        await fresh.context.close();
      }
    },
    async () => lastBaseline,
  );
  const k = `${count / 1000}k`;
  bench.add(`import.json.${k}`, samples, { name: `idb.bulkPut.${k}`, samples: baselineSamples });
}

// export.page.<format>.10k: in the library page with 10,000 papers, a click on Download → the file's Blob made
// (what a person waits for: the page reads the library from IndexedDB and writes the file itself; see
// components/TransferPanel.tsx). The Blob is caught by wrapping URL.createObjectURL, before the browser's download.
// Baseline idb.getAll.10k: a raw getAll() of the same store in the same page, right after each run.
const PAGE_FORMATS = ['bibtex', 'ris', 'csl-json', 'markdown', 'csv', 'json'];

/** Main-world probe: records the time and size of every Blob the page turns into an object URL. */
function blobProbe() {
  window.__blobs = [];
  const create = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (blob) => {
    window.__blobs.push({ at: performance.now(), size: blob.size ?? 0 });
    return create(blob);
  };
}

/** Clicks Download in the export panel and resolves with click → Blob (ms) and the status line shown after. */
function timedDownload() {
  return (async () => {
    const panel = [...document.querySelectorAll('fieldset')].find((f) => f.querySelector('legend')?.textContent === 'Export');
    const button = [...(panel?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.trim() === 'Download');
    if (!button) throw new Error('the library page has no Download button in its Export panel');
    const before = window.__blobs.length;
    const start = performance.now();
    button.click();
    const deadline = start + 30_000;
    while (window.__blobs.length === before && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 1));
    const blob = window.__blobs[before];
    if (!blob) throw new Error('no file within 30 s of the click');
    // The outcome line follows the download in the same task or the next render.
    await new Promise((resolve) => setTimeout(resolve, 50));
    return { ms: blob.at - start, size: blob.size, status: panel.querySelector('[role="status"],[role="alert"]')?.textContent ?? '' };
  })();
}

export async function pageExportCases({ context, ext, bench, count }) {
  const page = await context.newPage();
  try {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.addInitScript(blobProbe);
    await page.goto(ext.url('library.html'));
    await page.locator('[data-paper-id]').first().waitFor({ timeout: 30_000 });
    await page.evaluate(installRawRead);
    // The page has loaded its list and gone idle before the first click.
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5000 })));
    const select = page.getByRole('group', { name: 'Export' }).getByLabel('Format');
    for (const format of PAGE_FORMATS) {
      await select.selectOption(format);
      const { samples, baselineSamples } = await repeat(
        async () => {
          const run = await page.evaluate(timedDownload);
          if (!run.status.includes(`Exported ${count} papers`)) throw new Error(`export as ${format}: "${run.status}"`);
          if (run.size < count * 100) throw new Error(`export as ${format}: a file of ${run.size} bytes for ${count} papers`);
          return run.ms;
        },
        async () => {
          const run = await page.evaluate(timedGetAll);
          if (run.count !== count) throw new Error(`getAll read ${run.count} records, expected ${count}`);
          return run.ms;
        },
      );
      const k = `${count / 1000}k`;
      bench.add(`export.page.${format}.${k}`, samples, { name: `idb.getAll.${k}`, samples: baselineSamples });
    }
  } finally {
    await page.close();
  }
}
