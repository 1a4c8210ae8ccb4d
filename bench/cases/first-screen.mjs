// annotate.first-screen.hf-1000 / annotate.first-screen.arxiv-2000: from the content script's start to the paint of
// the frame in which every card that intersects the first viewport shows its control (its host on the page and
// shown, its `<button aria-pressed>` saying whether the paper is saved, not busy). Next to first-screen.bare.*: a
// plain page script that appends one plain button to each of the same cards, timed to its paint the same way.
// The first viewport's cards are those a layout at DOMContentLoaded (before either script runs) shows in the
// 1280×720 viewport; it is checked at every animation frame, before that frame's paint, from the main world.
import { NotAvailable, repeat } from '../stats.mjs';
import { BASELINE_ORIGIN, servePage } from './annotate.mjs';

/** Main-world instrumentation, installed before the page's own scripts. */
function instrument({ baselineOrigin, kind, saved }) {
  const savedIds = new Set(saved);
  const bench = { cards: null, painted: null, frames: 0 };
  window.__firstScreen = bench;
  const boxesOf = () =>
    kind === 'huggingface'
      ? [...document.querySelectorAll('main article')].map((article) => ({ boxes: [article], at: article }))
      : [...document.querySelectorAll('#dlpage dl dt')].map((dt) => ({ boxes: [dt, dt.nextElementSibling], at: dt }));
  const inView = (element) => {
    if (!element) return false;
    const r = element.getBoundingClientRect();
    return r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth && r.width * r.height > 0;
  };
  const shown = (card) => {
    if (location.origin === baselineOrigin) return card.at.querySelector('button[aria-pressed]') !== null;
    const host = card.at.querySelector('paper-shelf[data-paper-shelf]');
    if (!host || host.hasAttribute('data-pending')) return false;
    const button = host.shadowRoot?.querySelector('button[aria-pressed]');
    if (!button || button.getAttribute('aria-busy') === 'true') return false;
    return button.getAttribute('aria-pressed') === String(savedIds.has(host.getAttribute('data-paper-shelf')));
  };
  const poll = () => {
    bench.frames++;
    if (bench.cards.length > 0 && bench.cards.every(shown)) {
      // This frame paints them: the moment after it is the sample's end.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        performance.mark('first-screen:painted');
        bench.painted = true;
      };
      channel.port2.postMessage(null);
      return;
    }
    requestAnimationFrame(poll);
  };
  document.addEventListener('DOMContentLoaded', () => {
    // One layout of the bare page: the cards it shows in the viewport are the first screen (for both scripts).
    bench.cards = boxesOf().filter((card) => card.boxes.some(inView));
    bench.count = bench.cards.length;
    requestAnimationFrame(poll);
    if (location.origin !== baselineOrigin) return;
    // The floor: a plain button on each of those cards, in a task right after DOMContentLoaded (about when Chrome
    // runs document_idle content scripts).
    setTimeout(() => {
      performance.mark('bare:start');
      for (const card of bench.cards) {
        const button = document.createElement('button');
        button.type = 'button';
        button.setAttribute('aria-pressed', 'false');
        button.textContent = 'Save';
        card.at.append(button);
      }
    });
  });
}

async function load(tab, url) {
  await tab.goto(url, { waitUntil: 'domcontentloaded' });
  await tab.waitForFunction(() => window.__firstScreen?.painted, null, { timeout: 60_000, polling: 20 });
  const run = await tab.evaluate(() => {
    const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
    return {
      count: window.__firstScreen.count,
      start: mark('paper-shelf:start') ?? mark('bare:start'),
      painted: mark('first-screen:painted'),
    };
  });
  // Let the rest of the page's controls come (idle time) before the next navigation: their work is not this case's.
  await tab
    .waitForFunction(
      () => performance.getEntriesByName('paper-shelf:annotated').length > 0 || !document.querySelector('paper-shelf'),
      null,
      {
        timeout: 30_000,
        polling: 100,
      },
    )
    .catch(() => {});
  return run;
}

/** One first-screen case and its baseline, on the page of an annotate case (the same saved papers: every tenth). */
export async function firstScreenCase({ context, server, ext, bench, name, baselineName, site, url, html, count, seedOf }) {
  const { baselineUrl, saved } = await servePage({ server, ext, url, html, count, seedOf });

  const tab = await context.newPage();
  await tab.setViewportSize({ width: 1280, height: 720 });
  await tab.addInitScript(instrument, { baselineOrigin: BASELINE_ORIGIN, kind: site, saved: saved.map((p) => p.id) });
  const cards = [];
  try {
    const measure = async () => {
      const run = await load(tab, url);
      if (run.start === null) throw new NotAvailable(`the content script does not run on ${url}`);
      if (!run.count) throw new Error(`no card of ${url} intersects the first viewport`);
      cards.push(run.count);
      return run.painted - run.start;
    };
    const baseline = async () => {
      const run = await load(tab, baselineUrl);
      return run.painted - run.start;
    };
    const { samples, baselineSamples } = await repeat(measure, baseline);
    bench.add(
      name,
      samples,
      { name: baselineName, samples: baselineSamples },
      { firstScreenCards: cards[0], note: `${cards[0]} cards in the first viewport` },
    );
  } finally {
    await tab.close();
  }
}
