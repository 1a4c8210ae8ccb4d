import { useEffect, useRef } from 'preact/hooks';

/** Marks read by the benchmark (bench/): when the first rows are on screen, and when each search result is. */
export const FIRST_ROWS_MARK = 'paper-shelf:first-rows';
export const SEARCH_DONE_MARK = 'paper-shelf:search-done';

/** Marks the first commit that shows rows (once per page load). */
export function useFirstRowsMark(rowCount: number | undefined): void {
  const done = useRef(false);
  useEffect(() => {
    if (done.current || !rowCount) return;
    done.current = true;
    // The commit is done; the next frame is when the rows are painted.
    requestAnimationFrame(() => performance.mark(FIRST_ROWS_MARK));
  }, [rowCount]);
}

/** Marks every commit that shows the results of a new search text. */
export function useSearchDoneMark(text: string, results: unknown): void {
  const shownFor = useRef<string | null>(null);
  useEffect(() => {
    if (results === undefined || shownFor.current === text) return;
    const first = shownFor.current === null;
    shownFor.current = text;
    if (!first) performance.mark(SEARCH_DONE_MARK, { detail: { text } });
  }, [text, results]);
}
