// `npm run bench:formatters`: each export format (lib/export) writing 10,000 of the bench's papers, in Node, without
// the browser or IndexedDB: what the formatters alone cost, to compare changes to them. Not part of `npm test`.
//   --only=<formats>  comma-separated formats (bibtex,ris,csl-json,markdown,csv,json); default all
//   --count=<n>       papers per export (default 10000)
//   --runs=<n>        timed runs per format after the warm-up (default 9, at least 7)
//   --hash            also print a SHA-256 of each output (to tell that a change left the bytes as they were)
// On a shared machine wall times wander with the load: `cpu` is the median CPU time of the process per run (all its
// threads, so the garbage collector's helpers too), which another process's load disturbs less.
// lib/export is bundled with esbuild (a dependency of vite) into a temporary module and imported: the code runs as
// the build ships it, without a test runner's module transform. Profile with `node --cpu-prof bench/formatters.mjs`.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { paperRecord } from './data.mjs';
import { median, p95, round } from './stats.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const option = (name) =>
  process.argv
    .slice(2)
    .find((a) => a.startsWith(`--${name}=`))
    ?.slice(name.length + 3);
const count = Number(option('count')) || 10_000;
const runs = Math.max(7, Number(option('runs')) || 9);
const warmup = 2;
const hash = process.argv.includes('--hash');

async function loadExporters() {
  const dir = mkdtempSync(join(tmpdir(), 'paper-shelf-bench-'));
  try {
    const outfile = join(dir, 'export.mjs');
    await build({
      entryPoints: [join(root, 'lib/export/index.ts')],
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      alias: { '@': root.replace(/\/$/, '') },
      outfile,
      logLevel: 'error',
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const { EXPORT_FORMATS, EXPORTERS } = await loadExporters();
const formats = option('only')?.split(',') ?? EXPORT_FORMATS;
// The library's order (newest saved first), as exportLibrary hands the papers over; and cloned, as IndexedDB hands
// them over: the generator's objects (built by spreads) have a hidden class each, read from the database they share
// one, and every property access of the formatters would be measured megamorphic.
const papers = structuredClone(Array.from({ length: count }, (_, i) => paperRecord(i)).reverse());
const options = { now: () => Date.UTC(2026, 11, 1) };

console.log(`${count} papers, median of ${runs} runs after ${warmup} warm-up (Node ${process.versions.node})`);
for (const format of formats) {
  const write = EXPORTERS[format]?.write;
  if (!write) throw new Error(`no format ${format} (formats: ${EXPORT_FORMATS.join(', ')})`);
  const samples = [];
  const cpuSamples = [];
  let text = '';
  for (let i = 0; i < warmup + runs; i++) {
    // Each run starts from a collected heap (with --expose-gc, as the npm script runs it): one run's garbage is
    // not another's pause.
    text = '';
    globalThis.gc?.();
    const start = performance.now();
    const cpu = process.cpuUsage();
    text = write(papers, options);
    const ms = performance.now() - start;
    const used = process.cpuUsage(cpu);
    if (i >= warmup) {
      samples.push(ms);
      cpuSamples.push((used.user + used.system) / 1000);
    }
  }
  const digest = hash ? `  sha256 ${createHash('sha256').update(text).digest('hex').slice(0, 16)}` : '';
  const size = `${(text.length / 1e6).toFixed(1)}M chars`;
  const figure = (ms) => `${String(round(ms)).padStart(6)} ms`;
  console.log(
    `${format.padEnd(9)} median ${figure(median(samples))}  min ${figure(Math.min(...samples))}  p95 ${figure(p95(samples))}  cpu ${figure(median(cpuSamples))}  ${size}${digest}`,
  );
}
