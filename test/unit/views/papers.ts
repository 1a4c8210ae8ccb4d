import type { Paper } from '@/lib/paper';
import { draft } from '../../helpers/library';

/** A saved paper for view tests: the library tests' draft `n`, saved at a time that grows with `n`. */
export function paper(n: number, extra: Partial<Paper> = {}): Paper {
  const savedAt = 1_700_000_000_000 + n * 1000;
  return { ...draft(n), tags: [], status: 'unread', note: '', savedAt, updatedAt: savedAt, ...extra };
}

export const ids = (papers: readonly Paper[]) => papers.map((p) => p.id);
