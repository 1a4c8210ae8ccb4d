// page.abs.script-ms: the script time an arXiv abstract page costs with the extension, next to the same page
// without it (served from the baseline origin, which no content script matches): CDP Performance.getMetrics'
// ScriptDuration (the renderer's time in script, every world of the page's main frame) of a fresh tab, read once
// the control shows the paper's state and the page has been quiet for a while. What we add is the difference
// (goal < 3 ms); the page is test/fixtures/arxiv/abs-2503.01785v2.html, a capture of the real page.
import { readFileSync } from 'node:fs';
import { median, NotAvailable, p95, repeat, round } from '../stats.mjs';
import { BASELINE_ORIGIN } from './annotate.mjs';

export const ABS_URL = 'https://arxiv.org/abs/2503.01785v2';
const FIXTURE = new URL('../../test/fixtures/arxiv/abs-2503.01785v2.html', import.meta.url);
/** After the control is in (or the baseline page has loaded): idle work the script does later is counted too. */
const SETTLE_MS = 700;

async function scriptMs(context, url, withControl) {
  const tab = await context.newPage();
  try {
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Performance.enable');
    await tab.goto(url, { waitUntil: 'load' });
    if (withControl) {
      await tab
        .waitForFunction(
          () => {
            const host = document.querySelector('paper-shelf[data-paper-shelf]');
            const button = host?.shadowRoot?.querySelector('button[aria-pressed]');
            return button && button.getAttribute('aria-busy') !== 'true' && !host.hasAttribute('data-pending');
          },
          null,
          { timeout: 15_000, polling: 50 },
        )
        .catch(() => {
          throw new NotAvailable(`no control appeared on the abstract page ${url}`);
        });
    }
    await tab.waitForTimeout(SETTLE_MS);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const seconds = metrics.find((m) => m.name === 'ScriptDuration')?.value;
    if (seconds === undefined) throw new NotAvailable('this Chromium reports no ScriptDuration metric');
    return seconds * 1000;
  } finally {
    await tab.close();
  }
}

export async function absPageCase({ context, server, ext, bench }) {
  const html = readFileSync(FIXTURE, 'utf8');
  const baselineUrl = `${BASELINE_ORIGIN}${new URL(ABS_URL).pathname}`;
  server.set(ABS_URL, html);
  server.set(baselineUrl, html);
  await ext.clear();
  const { samples, baselineSamples } = await repeat(
    () => scriptMs(context, ABS_URL, true),
    () => scriptMs(context, baselineUrl, false),
  );
  const added = round(median(samples) - median(baselineSamples));
  bench.add(
    'page.abs.script-ms',
    samples,
    { name: 'page.abs.no-extension', samples: baselineSamples },
    {
      addedMs: added,
      addedP95Ms: round(p95(samples) - median(baselineSamples)),
      note: `script time the extension adds: ${added} ms (median − baseline median)`,
    },
  );
}
