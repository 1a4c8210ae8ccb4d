// popup.first-rows.<n>: open popup.html with n papers in the library → its first rows painted.
// Measured from the page's own time origin (navigation start) to the first frame after the first
// [data-paper-id] row entered the DOM; the popup's own 'paper-shelf:first-rows' mark is reported beside it.
// Baseline idb.getAll.<n>: a raw IndexedDB getAll() of the same store, in the same page, right after.
import { installRawRead } from '../extension-page.mjs';
import { median, repeat, round } from '../stats.mjs';

/** Main-world probe: when the first row appears, waits for the next frame and the task after it (painted). */
export function firstRowsProbe() {
  const bench = { dom: null, painted: null };
  window.__bench = bench;
  const observer = new MutationObserver(() => {
    if (bench.dom !== null || !document.querySelector('[data-paper-id]')) return;
    bench.dom = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        bench.painted = performance.now();
      };
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** Opens the popup as a user would see it (400×600) and waits for its first rows to be painted. */
export async function openPopup(context, ext) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  await page.addInitScript(firstRowsProbe);
  await page.goto(ext.url('popup.html'));
  await page.waitForFunction(() => window.__bench?.painted !== null, null, { timeout: 30_000, polling: 20 });
  return page;
}

function timedGetAll() {
  return (async () => {
    // The floor is measured once the popup has settled (its own loading would otherwise delay the read).
    for (let i = 0; i < 3; i++) await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 3000 }));
    const start = performance.now();
    const records = await rawRead((store) => store.getAll());
    return { ms: performance.now() - start, count: records.length };
  })();
}

export async function popupCase({ context, ext, bench, count }) {
  const marks = [];
  const measure = async () => {
    const page = await openPopup(context, ext);
    try {
      const run = await page.evaluate(async () => {
        // The popup marks its first rows from an effect, which may run a frame after our probe saw them.
        const deadline = performance.now() + 2000;
        while (!performance.getEntriesByName('paper-shelf:first-rows').length && performance.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
        return { painted: window.__bench.painted, mark: performance.getEntriesByName('paper-shelf:first-rows')[0]?.startTime ?? null };
      });
      marks.push(run.mark);
      await page.evaluate(installRawRead);
      const raw = await page.evaluate(timedGetAll);
      if (raw.count !== count) throw new Error(`the library holds ${raw.count} papers, expected ${count}`);
      return { painted: run.painted, baseline: raw.ms };
    } finally {
      await page.close();
    }
  };
  // The baseline is measured in the same page as the case, so one run yields both.
  let lastBaseline = 0;
  const { samples, baselineSamples } = await repeat(
    async () => {
      const run = await measure();
      lastBaseline = run.baseline;
      return run.painted;
    },
    async () => lastBaseline,
  );
  marks.shift();
  const known = marks.filter((m) => m !== null);
  const extra = {};
  if (known.length === marks.length) {
    extra.appMarkMedian = round(median(known));
    extra.note = `the popup's first-rows mark: ${extra.appMarkMedian} ms`;
  } else {
    extra.note = "the popup sets no 'paper-shelf:first-rows' mark";
  }
  const suffix = count >= 1000 ? `${count / 1000}k` : String(count);
  bench.add(`popup.first-rows.${suffix}`, samples, { name: `idb.getAll.${suffix}`, samples: baselineSamples }, extra);
}
