import type { Paper } from '@/lib/paper';

/** A saved paper for view tests; `n` makes the id, title and save time distinct. */
export function paper(n: number, extra: Partial<Paper> = {}): Paper {
  const number = `2401.${String(n).padStart(5, '0')}`;
  return {
    id: `arxiv:${number}`,
    title: `Paper ${n}`,
    authors: [`Author ${n}`],
    url: `https://arxiv.org/abs/${number}`,
    tags: [],
    status: 'unread',
    note: '',
    savedAt: 1_700_000_000_000 + n * 1000,
    updatedAt: 1_700_000_000_000 + n * 1000,
    ...extra,
  };
}

export const ids = (papers: readonly Paper[]) => papers.map((p) => p.id);
