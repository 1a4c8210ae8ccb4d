// memory.hf-navigations-50: a Hugging Face Daily Papers tab taken through 50 client-side navigations (another
// day's cards and data-props put in place of the last, the URL pushed, as the site's router does), its JS heap
// (every world of the page: the content script's included) and DOM node count after garbage collection, after the
// 50th navigation against after the 1st. Each run is a fresh tab; a navigation ends when every card has its
// control. Next to memory.hf-navigations-50.bare: the same navigations on the baseline origin (no content script).
// Samples are the heap growth in MB; reported beside: the node growth (%) and the detached <paper-shelf> hosts
// still alive after the 50th navigation (CDP DOM.getDetachedDomNodes, when the browser has it).

import { huggingFaceDay, huggingFaceList } from '../pages.mjs';
import { median, p95, repeat, round } from '../stats.mjs';
import { BASELINE_ORIGIN } from './annotate.mjs';

const CARDS = 40;
const NAVIGATIONS = 50;
const dayOf = (k) => `2025-02-${String((k % 28) + 1).padStart(2, '0')}`;
export const MEMORY_URL = `https://huggingface.co/papers/date/${dayOf(0)}`;

async function heap(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name) => metrics.find((m) => m.name === name)?.value ?? null;
  let detached = null;
  try {
    const { detachedNodes } = await cdp.send('DOM.getDetachedDomNodes');
    detached = detachedNodes.filter((d) => d.treeNode?.localName === 'paper-shelf' || d.treeNode?.nodeName === 'PAPER-SHELF').length;
  } catch {
    // Not in this browser: reported as unknown.
  }
  return { heap: value('JSHeapUsedSize'), nodes: value('Nodes'), detached };
}

/** Puts day k in place (data-props, cards, URL) and waits until it is annotated (with the extension). */
async function navigate(tab, k, withExtension) {
  const { props, cards } = huggingFaceDay(CARDS, dayOf(k), k * CARDS);
  await tab.evaluate(
    ({ props, cards, path }) => {
      history.pushState(null, '', path);
      document.querySelector('[data-target="DailyPapers"]').setAttribute('data-props', props);
      document.querySelector('main .grid').innerHTML = cards;
    },
    { props, cards, path: `/papers/date/${dayOf(k)}` },
  );
  if (!withExtension) return;
  await tab.waitForFunction(
    (count) => {
      const articles = document.querySelectorAll('main article');
      if (articles.length !== count || document.querySelectorAll('paper-shelf[data-paper-shelf]').length !== count) return false;
      return [...articles].every((article) => {
        const host = article.querySelector('paper-shelf[data-paper-shelf]');
        const href = article.querySelector('h3 a')?.getAttribute('href') ?? '';
        return host && !host.hasAttribute('data-pending') && href.endsWith(host.getAttribute('data-paper-shelf').slice('arxiv:'.length));
      });
    },
    CARDS,
    { timeout: 20_000, polling: 20 },
  );
}

async function session(context, url, withExtension) {
  const tab = await context.newPage();
  try {
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Performance.enable');
    await cdp.send('DOM.enable').catch(() => {});
    await tab.goto(url, { waitUntil: 'load' });
    await navigate(tab, 1, withExtension);
    const first = await heap(cdp);
    for (let k = 2; k <= NAVIGATIONS; k++) await navigate(tab, k, withExtension);
    const last = await heap(cdp);
    return { first, last };
  } finally {
    await tab.close();
  }
}

export async function memoryCase({ context, server, ext, bench }) {
  const baselineUrl = `${BASELINE_ORIGIN}${new URL(MEMORY_URL).pathname}`;
  const html = huggingFaceList(CARDS, dayOf(0));
  server.set(MEMORY_URL, html);
  server.set(baselineUrl, html);
  await ext.clear();
  const nodes = [];
  const baselineNodes = [];
  const detached = [];
  const growth = (s) => (s.last.heap - s.first.heap) / 2 ** 20;
  const nodeGrowth = (s) => ((s.last.nodes - s.first.nodes) / s.first.nodes) * 100;
  const { samples, baselineSamples } = await repeat(
    async (i) => {
      const s = await session(context, MEMORY_URL, true);
      if (i > 0) {
        nodes.push(nodeGrowth(s));
        detached.push(s.last.detached);
      }
      return growth(s);
    },
    async (i) => {
      const s = await session(context, baselineUrl, false);
      if (i > 0) baselineNodes.push(nodeGrowth(s));
      return growth(s);
    },
  );
  const detachedMax = detached.includes(null) ? null : Math.max(...detached);
  bench.add(
    'memory.hf-navigations-50',
    samples,
    { name: 'memory.hf-navigations-50.bare', samples: baselineSamples },
    {
      unit: 'MB',
      nodesGrowthPercent: { median: round(median(nodes)), p95: round(p95(nodes)) },
      baselineNodesGrowthPercent: { median: round(median(baselineNodes)), p95: round(p95(baselineNodes)) },
      detachedControls: detachedMax,
      note: `heap growth in MB (50th navigation against the 1st, ${CARDS} cards each); nodes ${signed(median(nodes))}% (bare: ${signed(median(baselineNodes))}%); detached controls alive: ${detachedMax ?? 'unknown'}`,
    },
  );
}

const signed = (x) => `${x >= 0 ? '+' : ''}${round(x)}`;
