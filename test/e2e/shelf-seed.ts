import type { Page } from '@playwright/test';
import type { Seed } from './reset';

/** The seeded library: deterministic, so each test can compute which papers a search or filter must return. */
export interface SeedPaper {
  id: string;
  title: string;
  authors: string[];
  url: string;
  abstract: string;
  publishedAt: string;
  upvotes: number;
}

const TOPICS = ['diffusion', 'transformer', 'graph', 'retrieval', 'agent', 'vision', 'speech', 'robotics', 'reasoning', 'alignment'];

/** Ids grow with `n`, so within one batch (one savedAt) the newest-first order is `n` descending too. */
export function arxivNumber(n: number): string {
  return `2501.${String(n).padStart(5, '0')}`;
}

export const seedId = (n: number) => `arxiv:${arxivNumber(n)}`;

/** Paper number `n` (0-based): its topic is TOPICS[n % 10]; every 1000th mentions "quokka" in its abstract. */
export function seedPaper(n: number): SeedPaper {
  const number = arxivNumber(n);
  const topic = TOPICS[n % TOPICS.length] ?? 'paper';
  return {
    id: `arxiv:${number}`,
    title: `Paper ${n} on ${topic} models`,
    authors: [`Author${n} Smith`, `Coauthor${n % 97} Jones`, `Third${n % 13} Lee`, `Fourth Person`],
    url: `https://arxiv.org/abs/${number}`,
    abstract: `We study ${topic} at scale. ${n % 1000 === 0 ? 'A quokka appears in our experiments. ' : ''}${'Results improve on strong baselines across many benchmarks. '.repeat(8)}`,
    publishedAt: `2025-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`,
    upvotes: n % 500,
  };
}

export const topicOf = (n: number) => TOPICS[n % TOPICS.length];

/**
 * Saves papers 0..count-1 through the background's `save` message from an extension page, in batches (each batch
 * is one transaction, so batch b's papers share one savedAt: later batches are newer). Returns when all are stored.
 */
export async function seedLibrary(page: Page, count: number, batch = 1000): Promise<void> {
  for (let start = 0; start < count; start += batch) {
    const papers = Array.from({ length: Math.min(batch, count - start) }, (_, i) => seedPaper(start + i));
    const reply = await page.evaluate(
      // chrome.runtime is the extension page's messaging API; the background answers every message.
      (list) =>
        (globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } } }).chrome.runtime.sendMessage({
          type: 'save',
          papers: list,
        }),
      papers,
    );
    if (!reply || (reply as { ok?: boolean }).ok !== true) throw new Error(`seeding failed: ${JSON.stringify(reply).slice(0, 300)}`);
  }
}

/** Sends one message to the background from an extension page and returns the reply. */
export async function message<T = unknown>(page: Page, request: unknown): Promise<T> {
  return page.evaluate(
    (m) =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } } }).chrome.runtime.sendMessage(m),
    request,
  ) as Promise<T>;
}

/**
 * Papers 0..9,999, planted once per worker for the groups that `test.use({ seed: TEN_THOUSAND_PAPERS })` and
 * restored exactly before each of their tests (test/e2e/reset.ts), so that a test may change it freely.
 */
export const TEN_THOUSAND_PAPERS: Seed = { name: '10,000 papers', plant: (page) => seedLibrary(page, 10_000) };
