import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Paper, PaperStatus } from '@/lib/paper';
import { type TagCount, tagKey } from '@/lib/tags';
import { countStatuses, countTags, filterPredicate, sortPapers, type ViewSort } from '@/lib/views/query';
import { TextSearch } from '@/lib/views/search';
import { useShelf } from './useShelf';

export interface ShelfView {
  text: string;
  setText: (text: string) => void;
  tags: readonly string[];
  toggleTag: (tag: string) => void;
  statuses: readonly PaperStatus[];
  toggleStatus: (status: PaperStatus) => void;
  sort: ViewSort;
  setSort: (sort: ViewSort) => void;
  clearFilters: () => void;
  /** The papers to list, in order; undefined while they cannot be known yet. */
  rows: readonly Paper[] | undefined;
  /** True once the whole library is in memory (before that only the newest page is listed). */
  complete: boolean;
  /** Papers in the library (known once complete). */
  total: number | undefined;
  tagCounts: readonly TagCount[];
  statusCounts: Record<PaperStatus, number> | undefined;
  error: unknown;
}

const NO_TAGS: readonly TagCount[] = [];

/** Search, filter and sort state for a list of the library, and the rows it selects. */
export function useShelfView(firstRows: number): ShelfView {
  const shelf = useShelf(firstRows);
  const [text, setText] = useState('');
  const [tags, setTags] = useState<readonly string[]>([]);
  const [statuses, setStatuses] = useState<readonly PaperStatus[]>([]);
  const [sort, setSort] = useState<ViewSort>('savedAt');
  const search = useRef(new TextSearch());

  const tagCounts = useMemo(() => (shelf.all ? countTags(shelf.all) : NO_TAGS), [shelf.all]);
  // A chosen tag that was renamed or deleted (maybe in another tab) stops filtering.
  const liveTags = useMemo(() => {
    if (!shelf.all) return tags;
    const known = new Set(tagCounts.map((t) => tagKey(t.tag)));
    const kept = tags.filter((tag) => known.has(tagKey(tag)));
    return kept.length === tags.length ? tags : kept;
  }, [tags, tagCounts, shelf.all]);
  const sorted = useMemo(() => (shelf.all ? sortPapers(shelf.all, sort) : undefined), [shelf.all, sort]);
  const filtered = useMemo(() => {
    const keep = filterPredicate({ tags: liveTags, statuses });
    return sorted && keep ? sorted.filter(keep) : sorted;
  }, [sorted, liveTags, statuses]);
  const searched = useMemo(() => (filtered ? search.current.filter(filtered, text) : undefined), [filtered, text]);
  const statusCounts = useMemo(() => (shelf.all ? countStatuses(shelf.all) : undefined), [shelf.all]);

  useEffect(() => {
    // Ready the search text in idle time so the first keystroke does not pay for it.
    const papers = shelf.all;
    if (!papers) return;
    const handle = setTimeout(() => search.current.warm(papers), 0);
    return () => clearTimeout(handle);
  }, [shelf.all]);

  const plain = text.trim() === '' && liveTags.length === 0 && statuses.length === 0 && sort === 'savedAt';
  // Until everything is read, the newest page is exactly right for the default view, and unknown for others.
  const rows = searched ?? (plain ? shelf.newest : undefined);

  const toggle = <T>(list: readonly T[], item: T) => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);
  return {
    text,
    setText,
    tags: liveTags,
    toggleTag: (tag) =>
      setTags((list) => (list.some((t) => tagKey(t) === tagKey(tag)) ? list.filter((t) => tagKey(t) !== tagKey(tag)) : [...list, tag])),
    statuses,
    toggleStatus: (status) => setStatuses((list) => toggle(list, status)),
    sort,
    setSort,
    clearFilters: () => {
      setTags([]);
      setStatuses([]);
    },
    rows,
    complete: shelf.all !== undefined,
    total: shelf.all?.length,
    tagCounts,
    statusCounts,
    error: shelf.error,
  };
}
