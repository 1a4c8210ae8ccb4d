// Types for the bench's statistics (plain .mjs, run by node without a build step), for the unit tests.
export function median(samples: readonly number[]): number;
export function p95(samples: readonly number[]): number;
export function round(ms: number): number;
export class NotAvailable extends Error {}
export class OutOfTime extends Error {}
export function setDeadline(at: number): void;
export const RUNS: number;
export const WARMUP: number;
export function repeat(
  measure: (run: number) => Promise<number>,
  baseline?: (run: number) => Promise<number>,
): Promise<{ samples: number[]; baselineSamples: number[] }>;
