// annotate.hf-1000 / annotate.arxiv-2000: from the content script's start to every control mounted with its
// saved state, next to bare-dom.*: a plain page script that finds the same cards and appends one button each.
// Reported beside: the longest task in that time (the content script's own), and the frame that then lays the
// page out with the controls (the browser's, timed the same way for the baseline's buttons).
import { paperDraft } from '../data.mjs';
import { median, NotAvailable, repeat, round } from '../stats.mjs';

/** The host the bare-DOM baseline is served from: no content script matches it, the markup is the same. */
export const BASELINE_ORIGIN = 'https://baseline.paper-shelf.test';

/**
 * Main-world instrumentation, installed before the page's own scripts. The content script's marks live on
 * the page's one Performance timeline (isolated world included), so they are read from here; when the
 * `annotated` mark appears, the controls are checked at once (count, pressed, still busy) to prove the mark
 * means "every control shows its saved state". Long tasks are buffered for the whole load.
 */
function instrument({ baselineOrigin, kind }) {
  const bench = { longTasks: [], snapshot: null };
  window.__bench = bench;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    bench.longTasks = null;
  }
  const snapshot = () => {
    const hosts = [...document.querySelectorAll('[data-paper-shelf]')];
    const buttons = hosts.map((host) => host.shadowRoot?.querySelector('button[aria-pressed]'));
    return {
      at: performance.now(),
      hosts: hosts.length,
      ids: new Set(hosts.map((host) => host.getAttribute('data-paper-shelf'))).size,
      buttons: buttons.filter(Boolean).length,
      pressed: buttons.filter((b) => b?.getAttribute('aria-pressed') === 'true').length,
      busy: buttons.filter((b) => b?.getAttribute('aria-busy') === 'true').length,
    };
  };
  // After the last control is in, the page is laid out once more with them: the frame that follows is the
  // browser's work, not the content script's, and is timed apart (`bench:painted`).
  const afterNextFrame = (then) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = then;
      channel.port2.postMessage(null);
    });
  new PerformanceObserver((list) => {
    if (!bench.snapshot && list.getEntries().some((entry) => entry.name === 'paper-shelf:annotated')) {
      bench.snapshot = snapshot();
      afterNextFrame(() => {
        performance.mark('bench:painted');
        bench.painted = true;
      });
    }
  }).observe({ type: 'mark', buffered: true });

  if (location.origin !== baselineOrigin) return;
  // The floor: the same cards found with plain DOM calls, one plain button appended to each, nothing else.
  // Run as a task right after DOMContentLoaded, about when Chrome runs document_idle content scripts.
  document.addEventListener('DOMContentLoaded', () =>
    setTimeout(() => {
      performance.mark('bare:start');
      const anchors =
        kind === 'huggingface'
          ? [...document.querySelectorAll('main article')].map((article) => article.querySelector('h3 a[href^="/papers/"]')?.closest('h3'))
          : [...document.querySelectorAll('#dlpage dl dt')].filter((dt) => dt.querySelector('a[title="Abstract"]'));
      for (const anchor of anchors) {
        if (!anchor) continue;
        const button = document.createElement('button');
        button.type = 'button';
        button.setAttribute('aria-pressed', 'false');
        button.textContent = 'Save';
        if (kind === 'huggingface') anchor.after(button);
        else anchor.append(button);
      }
      performance.mark('bare:done');
      const hosts = document.querySelectorAll('button[aria-pressed]').length;
      // Also how long this page takes to render those buttons once: the cost of every frame a slow annotation adds.
      afterNextFrame(() => {
        performance.mark('bare:painted');
        bench.snapshot = { ...snapshot(), hosts };
        bench.painted = true;
      });
    }),
  );
}

/** The longest long task that overlaps [from, to] (0 when none was over 50 ms). */
function longestIn(longTasks, from, to) {
  if (!longTasks) return null;
  return Math.max(0, ...longTasks.filter(([start, duration]) => start < to && start + duration > from).map(([, duration]) => duration));
}

/** The longest long task that starts in [from, to]: the frames after the work, not the work's own last task. */
function longestStartingIn(longTasks, from, to) {
  if (!longTasks) return null;
  return Math.max(0, ...longTasks.filter(([start]) => start >= from && start <= to).map(([, duration]) => duration));
}

async function load(tab, url) {
  await tab.goto(url, { waitUntil: 'domcontentloaded' });
  await tab.waitForFunction(() => window.__bench?.painted, null, { timeout: 60_000, polling: 50 });
  // Long-task entries reach their observer a little after the task: give the last frame's entry time to arrive.
  await tab.waitForTimeout(250);
  return tab.evaluate(() => {
    const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
    return {
      snapshot: window.__bench.snapshot,
      longTasks: window.__bench.longTasks,
      domContentLoaded: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? null,
      start: mark('paper-shelf:start') ?? mark('bare:start'),
      done: mark('paper-shelf:annotated') ?? mark('bare:done'),
      painted: mark('bench:painted') ?? mark('bare:painted'),
    };
  });
}

/**
 * A case's page, served at its real URL and at the baseline origin (same path and query), with every tenth of its
 * `count` papers saved beforehand in a cleared library. Shared by the annotate and first-screen cases.
 */
export async function servePage({ server, ext, url, html, count, seedOf }) {
  const baselineUrl = `${BASELINE_ORIGIN}${new URL(url).pathname}${new URL(url).search}`;
  server.set(url, html);
  server.set(baselineUrl, html);
  await ext.clear();
  const saved = Array.from({ length: Math.floor(count / 10) }, (_, k) => seedOf(k * 10));
  await ext.seed(saved);
  return { baselineUrl, saved };
}

/**
 * One annotate case and its baseline. `site` names the adapter, `url` the real page URL, `html` the
 * generated page, `count` its cards, `saved` how many of them are saved beforehand (every tenth).
 */
export async function annotateCase({ context, server, ext, bench, name, baselineName, site, url, html, count, seedOf }) {
  const { baselineUrl, saved } = await servePage({ server, ext, url, html, count, seedOf });

  const tab = await context.newPage();
  await tab.addInitScript(instrument, { baselineOrigin: BASELINE_ORIGIN, kind: site });
  const longest = [];
  const longestBaseline = [];
  const frame = [];
  const frameBaseline = [];
  const afterDomContentLoaded = [];
  const baselinePainted = [];
  try {
    const measure = async () => {
      const run = await load(tab, url);
      const s = run.snapshot;
      if (run.start === null) throw new NotAvailable(`the content script does not run on ${url}`);
      if (s.hosts === 0) throw new NotAvailable(`the content script mounted no control on a ${site} page of ${count} cards (${url})`);
      if (s.hosts !== count || s.ids !== count || s.buttons !== count || s.busy !== 0 || s.pressed !== saved.length) {
        throw new Error(
          `at the annotated mark: ${s.hosts} hosts, ${s.ids} ids, ${s.buttons} buttons, ${s.pressed} pressed, ${s.busy} busy; ` +
            `expected ${count} controls, ${saved.length} pressed, none busy`,
        );
      }
      longest.push(longestIn(run.longTasks, run.start, run.done));
      frame.push(longestStartingIn(run.longTasks, run.done, run.painted));
      afterDomContentLoaded.push(run.done - run.domContentLoaded);
      return run.done - run.start;
    };
    const baseline = async () => {
      const run = await load(tab, baselineUrl);
      if (run.snapshot.hosts !== count) throw new Error(`the bare-DOM baseline found ${run.snapshot.hosts} of ${count} cards`);
      longestBaseline.push(longestIn(run.longTasks, run.start, run.done));
      frameBaseline.push(longestStartingIn(run.longTasks, run.done, run.painted));
      baselinePainted.push(run.painted - run.start);
      return run.done - run.start;
    };
    const { samples, baselineSamples } = await repeat(measure, baseline);
    // The warm-up's long task is dropped with its sample.
    longest.shift();
    longestBaseline.shift();
    frame.shift();
    frameBaseline.shift();
    afterDomContentLoaded.shift();
    baselinePainted.shift();
    bench.add(
      name,
      samples,
      { name: baselineName, samples: baselineSamples },
      {
        longestTask: summariseLongest(longest),
        baselineLongestTask: summariseLongest(longestBaseline),
        // The one frame that lays the page out with the controls (the same frame the baseline's buttons cost).
        frameAfter: summariseLongest(frame),
        baselineFrameAfter: summariseLongest(frameBaseline),
        // What a user waits for after the page itself is ready: document_idle's delay plus the annotation.
        domContentLoadedToAnnotated: round(median(afterDomContentLoaded)),
        baselineWithOneFrame: round(median(baselinePainted)),
      },
    );
  } finally {
    await tab.close();
  }
}

/** Per run, the longest task during the annotation: their median and maximum, and how many runs had one over 50 ms. */
function summariseLongest(values) {
  if (values.some((v) => v === null)) return null;
  return { median: round(median(values)), max: round(Math.max(...values)), runsOver50: values.filter((v) => v > 50).length };
}

/** The pieces of the Hugging Face and arXiv cases (URLs and the paper at each position). */
export const HF_URL = 'https://huggingface.co/papers/date/2025-03-04';
export const ARXIV_URL = 'https://arxiv.org/list/cs.LG/new?skip=0&show=2000';
export const hfPaper = (i) => paperDraft(i);
export const arxivPaper = (i) => paperDraft(i, 2);
