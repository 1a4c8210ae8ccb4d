// save.warm / save.cold: a click on a card's save button → aria-pressed="true" (and no longer busy), with the
// service worker awake, then right after Chrome stopped it. Baselines ping.warm / ping.cold: the bare
// message round trip from an extension page to the background (a request it rejects at once: no database).
import { huggingFaceList } from '../pages.mjs';
import { repeat } from '../stats.mjs';
import { hfPaper } from './annotate.mjs';

const URL_60 = 'https://huggingface.co/papers/date/2025-03-05';
const CARDS = 60;

/** Arms a timer in the page: from the click event on the card's control to aria-pressed="true", not busy. */
function armClickTimer(id) {
  const host = document.querySelector(`[data-paper-shelf="${CSS.escape(id)}"]`);
  const root = host?.shadowRoot;
  if (!root) throw new Error(`no control for ${id}`);
  window.__clickTimer = new Promise((resolve, reject) => {
    let clickedAt = null;
    host.addEventListener(
      'click',
      (event) => {
        clickedAt = event.timeStamp;
      },
      { capture: true, once: true },
    );
    const observer = new MutationObserver(() => {
      const button = root.querySelector('button[aria-pressed]');
      if (clickedAt !== null && button?.getAttribute('aria-pressed') === 'true' && !button.hasAttribute('aria-busy')) {
        observer.disconnect();
        resolve(performance.now() - clickedAt);
      }
    });
    observer.observe(root, { attributes: true, childList: true, subtree: true });
    setTimeout(() => reject(new Error(`${id}: no aria-pressed="true" within 10 s of the click`)), 10_000);
  });
}

async function timeClick(tab, id) {
  await tab.evaluate(armClickTimer, id);
  await tab.locator(`[data-paper-shelf="${id}"]`).locator('button[aria-pressed]').first().click();
  return tab.evaluate(() => window.__clickTimer);
}

function ping(ext) {
  return ext.page.evaluate(async () => {
    const start = performance.now();
    const reply = await chrome.runtime.sendMessage({ type: 'bench:ping' });
    if (!reply) throw new Error('no reply from the background');
    return performance.now() - start;
  });
}

export async function saveCases({ context, server, ext, workers, bench }) {
  server.set(URL_60, huggingFaceList(CARDS));
  await ext.clear();
  const tab = await context.newPage();
  try {
    await tab.goto(URL_60);
    await tab.waitForFunction((n) => document.querySelectorAll('[data-paper-shelf]').length === n, CARDS, { timeout: 30_000 });
    await tab.waitForFunction(() => performance.getEntriesByName('paper-shelf:annotated').length > 0, null, { timeout: 30_000 });

    let card = 0;
    const warm = await repeat(
      async () => {
        await ping(ext); // the worker is awake (and stays so: the click follows at once)
        return timeClick(tab, hfPaper(card++).id);
      },
      () => ping(ext),
    );
    bench.add('save.warm', warm.samples, { name: 'ping.warm', samples: warm.baselineSamples });

    const cold = await repeat(
      async () => {
        await workers.stop();
        return timeClick(tab, hfPaper(card++).id);
      },
      async () => {
        await workers.stop();
        return ping(ext);
      },
    );
    bench.add('save.cold', cold.samples, { name: 'ping.cold', samples: cold.baselineSamples });
  } finally {
    await tab.close();
  }
}
