import type { Paper, PaperStatus } from '@/lib/paper';
import { type TagCount, tagKey, tallyTags } from '@/lib/tags';
import { compareText } from '@/lib/text';

/** The orders a list can be shown in; each has one natural direction. */
export const SORTS = ['savedAt', 'publishedAt', 'title', 'upvotes'] as const;
export type ViewSort = (typeof SORTS)[number];
export const SORT_LABELS: Record<ViewSort, string> = {
  savedAt: 'Saved date',
  publishedAt: 'Published date',
  title: 'Title',
  upvotes: 'Upvotes',
};

/** What the user asked to see: every tag and one of the statuses (when any are chosen). */
export interface ViewFilter {
  tags: readonly string[];
  statuses: readonly PaperStatus[];
}

/**
 * Newest save first, then the id descending: the order of Dexie's reversed savedAt index, so the first page (read
 * from the index), the full sort and the exports agree on papers saved in the same millisecond. Breaks every tie.
 */
export const newestFirst = (a: Paper, b: Paper): number => b.savedAt - a.savedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/** Papers missing the sort field go last whatever the direction. */
function missingLast<T>(get: (p: Paper) => T | undefined, compare: (x: T, y: T) => number) {
  return (a: Paper, b: Paper) => {
    const x = get(a);
    const y = get(b);
    if (x === undefined || y === undefined) return x === y ? newestFirst(a, b) : x === undefined ? 1 : -1;
    return compare(x, y) || newestFirst(a, b);
  };
}

const COMPARATORS: Record<ViewSort, (a: Paper, b: Paper) => number> = {
  savedAt: newestFirst,
  // ISO dates compare as strings; newest first.
  publishedAt: missingLast(
    (p) => p.publishedAt || undefined,
    (x, y) => (x < y ? 1 : x > y ? -1 : 0),
  ),
  title: missingLast((p) => p.title || undefined, compareText),
  upvotes: missingLast(
    (p) => p.upvotes,
    (x, y) => y - x,
  ),
};

/** A sorted copy; the input is left alone. */
export function sortPapers(papers: Iterable<Paper>, sort: ViewSort): Paper[] {
  return [...papers].sort(COMPARATORS[sort]);
}

/** A predicate for the tag and status filter: every chosen tag (any case), and one of the chosen statuses. */
export function filterPredicate({ tags, statuses }: ViewFilter): ((paper: Paper) => boolean) | null {
  const keys = tags.map(tagKey);
  const wanted = new Set(statuses);
  if (keys.length === 0 && wanted.size === 0) return null;
  return (paper) => (wanted.size === 0 || wanted.has(paper.status)) && keys.every((key) => paper.tags.some((tag) => tagKey(tag) === key));
}

/** Every tag with the number of papers carrying it, most used first, then by name. */
export function countTags(papers: Iterable<Paper>): TagCount[] {
  return tallyTags(tagsOf(papers));
}

function* tagsOf(papers: Iterable<Paper>): Iterable<string> {
  for (const paper of papers) yield* paper.tags;
}

/** Papers per status, for the status chips. */
export function countStatuses(papers: Iterable<Paper>): Record<PaperStatus, number> {
  const counts: Record<PaperStatus, number> = { unread: 0, reading: 0, read: 0 };
  for (const paper of papers) counts[paper.status]++;
  return counts;
}
