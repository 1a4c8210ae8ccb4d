import { expect } from 'vitest';
import type { DraftsParse, ImportedDraft } from '@/lib/import/types';
import type { Paper } from '@/lib/paper';
import { fixture } from './fixtures';

/**
 * The papers of test/fixtures/formats/venues.json: conference and journal papers, known by every scheme's ids, venues
 * as the sites name them (and two preprints).
 */
export const VENUE_PAPERS: Paper[] = JSON.parse(fixture('formats/venues.json')).papers;

/**
 * What every format we write gives back when our own file of VENUE_PAPERS is read: nothing skipped, each paper by
 * its id, with its year and its venue (booktitle or journal). The drafts, for the checks a format adds.
 */
export function expectVenuePapersBack(result: DraftsParse): ImportedDraft[] {
  if (!result.ok) throw new Error(result.error);
  expect(result.skipped).toEqual([]);
  expect(result.drafts.map((d) => d.paper.id)).toEqual(VENUE_PAPERS.map((p) => p.id));
  expect(result.drafts.map((d) => d.paper.year)).toEqual(VENUE_PAPERS.map((p) => p.year));
  expect(result.drafts.map((d) => d.paper.venue)).toEqual([
    'Findings of the Association for Computational Linguistics: EMNLP 2023',
    'ICLR 2025 Poster',
    'Transactions of the Association for Computational Linguistics',
    // An arXiv paper keeps a venue that names a publication (not "arXiv preprint …" or CoRR).
    'Proceedings of the 2019 Conference of the North American Chapter of the Association for Computational Linguistics: Human Language Technologies',
    'Advances in Neural Information Processing Systems 36 — Datasets & Benchmarks_Track',
    'IEEE Trans. Pattern Anal. Mach. Intell.',
    // Preprints (BibTeX's @misc, RIS's unpublished work) have no venue.
    undefined,
    undefined,
  ]);
  return result.drafts;
}
