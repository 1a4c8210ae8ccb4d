import { useRef, useState } from 'preact/hooks';
import { EmptyShelf, NoMatches } from './EmptyShelf';
import { ErrorBoundary } from './ErrorBoundary';
import { LibraryAlert } from './LibraryAlert';
import { useFirstRowsMark, useSearchDoneMark } from './marks';
import { openTab } from './open';
import { BrokenRow, PaperRow } from './PaperRow';
import { usePaperActions } from './usePaperActions';
import { useSearchShortcut } from './useSearchShortcut';
import { useShelfView } from './useShelfView';
import { VirtualList } from './VirtualList';

/**
 * What the popup and the library page share: the view of the library, the actions on its papers, the active row,
 * the search field (with its shortcut) and the first-rows and search marks the bench reads.
 */
export function useShelfPage(firstRows: number) {
  const view = useShelfView(firstRows);
  const { actions, notice, dismiss } = usePaperActions();
  const [active, setActive] = useState(0);
  const search = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLDivElement>(null);
  useSearchShortcut(search);
  useFirstRowsMark(view.rows?.length);
  useSearchDoneMark(view.text, view.rows);

  const filtering = view.text.trim() !== '' || view.tags.length > 0 || view.statuses.length > 0;
  /** Nothing saved at all (not: nothing matches). */
  const empty = view.rows?.length === 0 && !filtering;
  const clear = () => {
    view.setText('');
    view.clearFilters();
    search.current?.focus();
  };
  const focusFirstRow = () => list.current?.querySelector<HTMLElement>('[role="row"][tabindex="0"]')?.focus();
  return { view, actions, notice, dismiss, active, setActive, search, list, empty, clear, focusFirstRow };
}

export type ShelfPage = ReturnType<typeof useShelfPage>;

/** Multi-select over the rows (the library page): whether a row is checked, and checking it (Shift: a range). */
export interface RowPicking {
  isPicked(id: string): boolean;
  pick(id: string, range: boolean): void;
}

/**
 * The list area of both pages: loading, the first-run screen, "no matches", or the virtual list of rows, each row
 * behind its own error boundary so that one bad record never blanks the list.
 */
export function ShelfList({ page, rowHeight, picking }: { page: ShelfPage; rowHeight: number; picking?: RowPicking }) {
  const { view, actions, active, setActive, list, empty, clear } = page;
  return (
    <>
      <LibraryAlert error={view.error} />
      <div class="list-area" ref={list}>
        {view.rows === undefined ? (
          view.error === undefined && <p class="loading">Loading your library…</p>
        ) : empty ? (
          <EmptyShelf />
        ) : view.rows.length === 0 ? (
          <NoMatches onClear={clear} />
        ) : (
          <VirtualList
            items={view.rows}
            rowHeight={rowHeight}
            label="Saved papers"
            multiselectable={picking !== undefined}
            activeIndex={active}
            onActiveIndexChange={setActive}
            resetKey={`${view.text}|${view.tags.join(',')}|${view.statuses.join(',')}|${view.sort}`}
            onOpen={(paper) => openTab(paper.url)}
            onEscape={clear}
            onRowKey={
              picking &&
              ((event, paper) => {
                if (event.key !== ' ') return false;
                picking.pick(paper.id, event.shiftKey);
                return true;
              })
            }
            renderRow={(paper, index, row) => (
              <ErrorBoundary
                key={paper.id}
                what="A paper could not be shown"
                fallback={(message) => <BrokenRow paper={paper} row={row} message={message} />}
              >
                <PaperRow
                  paper={paper}
                  row={row}
                  actions={actions}
                  suggestions={view.tagCounts}
                  active={index === active}
                  selection={picking && { selected: picking.isPicked(paper.id), toggle: (event) => picking.pick(paper.id, event.shiftKey) }}
                />
              </ErrorBoundary>
            )}
          />
        )}
      </div>
    </>
  );
}
