// Sample statistics and the repeat loop every case uses.

/** The median of the samples (mean of the middle two for an even count). */
export function median(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The nearest-rank 95th percentile: with fewer than 20 samples this is the slowest run. */
export function p95(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(0.95 * sorted.length) - 1)];
}

/** Rounded for the report: 0.1 ms is below what the browser's coarsened clock can tell apart anyway. */
export const round = (ms) => Math.round(ms * 10) / 10;

/** Raised by a case whose feature has not landed in the build: listed as "not available", never faked. */
export class NotAvailable extends Error {}

/** Raised when the bench's time budget ran out in the middle of a case: its partial figures are dropped. */
export class OutOfTime extends Error {}

let deadline = Number.POSITIVE_INFINITY;
/** After this moment (ms since the epoch), no further run starts. */
export function setDeadline(at) {
  deadline = at;
}

/** How many timed runs after the warm-up (BENCH_RUNS may raise it; never fewer than 7: the floor). */
export const RUNS = Math.max(7, Number(process.env.BENCH_RUNS) || 7);
export const WARMUP = 1;

/**
 * Runs `measure` WARMUP + RUNS times and keeps the timed runs. With a baseline, the two alternate
 * (case, baseline, case, …) so that any drift of the machine touches both alike.
 * Each function gets the run index (warm-up runs included) and returns one sample in ms.
 */
export async function repeat(measure, baseline) {
  const samples = [];
  const baselineSamples = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    if (Date.now() > deadline) throw new OutOfTime('not run to the end: the bench used up its time budget');
    const value = await measure(i);
    const base = baseline ? await baseline(i) : undefined;
    if (i < WARMUP) continue;
    samples.push(value);
    if (base !== undefined) baselineSamples.push(base);
  }
  return { samples, baselineSamples };
}
