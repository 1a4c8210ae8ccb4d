import { describe, expect, it } from 'vitest';
import { arxivNumber, jsonBackup, paperDraft, paperRecord } from '@/bench/data.mjs';
import { arxivList, huggingFaceDay, huggingFaceList } from '@/bench/pages.mjs';
import { median, p95, repeat } from '@/bench/stats.mjs';
import { canonicalArxivId, paperSchemas } from '@/lib/paper';
import { adaptersFor } from '@/lib/sites';
import { pageAt } from '../../helpers/dom';
import { readCards } from '../sites/expect-cards';

const HF_URL = 'https://huggingface.co/papers/date/2025-03-04';
const ARXIV_URL = 'https://arxiv.org/list/cs.LG/new?skip=0&show=2000';

/**
 * A generated page, read at `url` by the real adapters: `count` cards, and at each of `sample` the bench's paper of
 * that index (paperDraft with `seed`), its id, title, authors and abstract.
 */
function expectBenchPapers(html: string, at: string, count: number, seed: number, sample: number[]): void {
  const { doc, url } = pageAt(html, at);
  const cards = adaptersFor(url).flatMap((adapter) => readCards(adapter, doc, url));
  expect(cards).toHaveLength(count);
  for (const i of sample) {
    const { id, title, authors, abstract } = paperDraft(i, seed);
    expect(cards[i]?.paper).toMatchObject({ id, title, authors, abstract });
  }
}

describe('bench pages', () => {
  // The bench's page is the same generator at 1,000 cards; 300 keep jsdom quick.
  it('a generated Hugging Face list is read by the real adapter as exactly those papers', { timeout: 30_000 }, () => {
    expectBenchPapers(huggingFaceList(300), HF_URL, 300, 1, [0, 1, 150, 299]);
  });

  it('another day of the memory case (cards and data-props) is read as the papers at its offset', () => {
    const { doc, url } = pageAt(huggingFaceList(5, '2025-02-01', 40), 'https://huggingface.co/papers/date/2025-02-01');
    const cards = adaptersFor(url).flatMap((adapter) => readCards(adapter, doc, url));
    expect(cards.map((card) => card.paper.id)).toEqual([40, 41, 42, 43, 44].map((i) => paperDraft(i).id));
    expect(cards[0]?.paper.authors).toEqual(paperDraft(40).authors);
    const day = huggingFaceDay(5, '2025-02-02', 45);
    expect(JSON.parse(day.props).dailyPapers.map((entry: { paper: { id: string } }) => `arxiv:${entry.paper.id}`)).toEqual(
      [45, 46, 47, 48, 49].map((i) => paperDraft(i).id),
    );
  });

  it('a generated arXiv /list page is read by the real adapter as exactly those papers, in all three sections', { timeout: 30_000 }, () => {
    // New (60%), cross-list (15%) and replacement sections: first, section boundaries and last entry.
    expectBenchPapers(arxivList(300), ARXIV_URL, 300, 2, [0, 179, 180, 224, 225, 299]);
  });
});

describe('bench data', () => {
  it('ids are canonical, distinct and five-digit past 2015', () => {
    const ids = Array.from({ length: 200_005 }, (_, i) => `arxiv:${arxivNumber(i)}`).filter((_, i) => i % 997 === 0 || i > 199_990);
    for (const id of ids) expect(canonicalArxivId(id)).toBe(id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('drafts, records and the JSON backup pass the library schemas', () => {
    expect(paperSchemas().PaperDraft.safeParse(paperDraft(7)).success).toBe(true);
    expect(paperSchemas().Paper.safeParse(paperRecord(7)).success).toBe(true);
    const backup = JSON.parse(jsonBackup(30));
    expect(backup).toMatchObject({ format: 'paper-shelf', version: 1 });
    expect(backup.papers).toHaveLength(30);
    for (const paper of backup.papers) expect(paperSchemas().Paper.safeParse(paper).success).toBe(true);
  });

  it('is the same on every run (seeded)', () => {
    expect(paperDraft(42)).toEqual(paperDraft(42));
    expect(paperDraft(42).title).not.toBe(paperDraft(43).title);
  });
});

describe('bench statistics', () => {
  it('median and nearest-rank p95', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    const hundred = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(p95(hundred)).toBe(95);
    expect(p95([1, 2, 3, 4, 5, 6, 7])).toBe(7);
  });

  it('repeat drops the warm-up and alternates case and baseline', async () => {
    const calls: string[] = [];
    const { samples, baselineSamples } = await repeat(
      async (run) => {
        calls.push(`case${run}`);
        return run;
      },
      async (run) => {
        calls.push(`base${run}`);
        return run * 10;
      },
    );
    expect(calls.slice(0, 4)).toEqual(['case0', 'base0', 'case1', 'base1']);
    expect(samples[0]).toBe(1);
    expect(baselineSamples[0]).toBe(10);
    expect(samples.length).toBeGreaterThanOrEqual(7);
  });
});
