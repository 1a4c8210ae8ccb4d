/**
 * How long reading every card takes on big pages, in jsdom (run: npx vite-node test/unit/sites/measure-reading.ts).
 * Not a test: timings depend on the machine. jsdom is several times slower than a browser's DOM.
 */
import { JSDOM } from 'jsdom';
import { arxiv } from '../../../lib/sites/arxiv';
import { huggingface } from '../../../lib/sites/huggingface';
import type { SiteAdapter } from '../../../lib/sites/types';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const id = (i: number) => `2503.${String(10000 + i)}`;
const summary = 'We study a problem at length. '.repeat(30);

function hfPage(cards: number): string {
  const entries = Array.from({ length: cards }, (_, i) => ({
    paper: {
      id: id(i),
      title: `Paper ${i}`,
      summary,
      upvotes: i,
      publishedAt: '2025-03-03T00:00:00.000Z',
      authors: [{ name: 'Ann Lee' }, { name: 'Bo Chen' }],
    },
  }));
  const articles = Array.from(
    { length: cards },
    (_, i) => `<div><article class="relative flex flex-col"><a href="/papers/${id(i)}"><img alt=""></a><div class="w-full">
      <h3 class="mb-1 text-lg"><a href="/papers/${id(i)}">Paper ${i}</a></h3><a href="/papers/${id(i)}" class="flex"><ul>
      <li title="Ann Lee"><img alt=""></li><li title="Bo Chen"><img alt=""></li></ul><div>· 2 authors</div></a>
      <a href="/papers/${id(i)}#community">2</a></div></article></div>`,
  ).join('\n');
  return `<main><div class="SVELTE_HYDRATER contents" data-target="DailyPapers" data-props="${escapeHtml(JSON.stringify({ dailyPapers: entries }))}"><section>${articles}</section></div></main>`;
}

function arxivListing(entries: number): string {
  const items = Array.from(
    { length: entries },
    (_, i) => `<dt><a name='item${i}'>[${i}]</a> <a href ="/abs/${id(i)}" title="Abstract" id="${id(i)}">arXiv:${id(i)}</a>
      [<a href="/pdf/${id(i)}" title="Download PDF">pdf</a>]</dt>
    <dd><div class='meta'><div class='list-title mathjax'><span class='descriptor'>Title:</span> Paper ${i} on $k$-sparse codes</div>
      <div class='list-authors'><a href="/a/1">Ann Lee</a>, <a href="/a/2">Bo Chen</a></div>
      <div class='list-subjects'><span class='descriptor'>Subjects:</span> <span class="primary-subject">Information Theory (cs.IT)</span></div>
      <p class='mathjax'>${summary}</p></div></dd>`,
  ).join('\n');
  return `<div id="dlpage"><dl id="articles"><h3>New submissions</h3>${items}</dl></div>`;
}

function measure(label: string, adapter: SiteAdapter, html: string, href: string): void {
  const doc = new JSDOM(html, { url: href }).window.document;
  const url = new URL(href);
  const times: number[] = [];
  let count = 0;
  for (let run = 0; run < 7; run++) {
    const start = performance.now();
    count = [...adapter.read(doc, url).cards].length;
    times.push(performance.now() - start);
  }
  const [first = 0, ...rest] = times;
  rest.sort((a, b) => a - b);
  const median = rest[Math.floor(rest.length / 2)] ?? 0;
  console.log(`${label}: ${count} cards, first scan ${first.toFixed(1)} ms, later scans median ${median.toFixed(1)} ms`);
}

measure('Hugging Face, 1,000 cards', huggingface, hfPage(1000), 'https://huggingface.co/papers/date/2025-03-04');
measure('arXiv listing, 2,000 entries', arxiv, arxivListing(2000), 'https://arxiv.org/list/cs.IT/new?skip=0&show=2000');
