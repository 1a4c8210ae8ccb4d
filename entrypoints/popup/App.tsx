import { useRef, useState } from 'preact/hooks';
import { EmptyShelf, NoMatches } from '@/components/EmptyShelf';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { FilterBar } from '@/components/FilterBar';
import { useFirstRowsMark, useSearchDoneMark } from '@/components/marks';
import { openLibraryPage, openTab } from '@/components/open';
import { BrokenRow, PaperRow } from '@/components/PaperRow';
import { SearchBox } from '@/components/SearchBox';
import { Toast } from '@/components/Toast';
import { TransferPanel } from '@/components/TransferPanel';
import { usePaperActions } from '@/components/usePaperActions';
import { useSearchShortcut } from '@/components/useSearchShortcut';
import { useShelfView } from '@/components/useShelfView';
import { VirtualList } from '@/components/VirtualList';

// Enough rows for the first screen of a 600px popup, read from the savedAt index before the rest.
const FIRST_ROWS = 20;
const ROW_HEIGHT = 96;
const POPUP_TAGS = 12;

export function App() {
  const view = useShelfView(FIRST_ROWS);
  const { actions, notice, dismiss } = usePaperActions();
  const [active, setActive] = useState(0);
  const search = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLDivElement>(null);
  useSearchShortcut(search);
  useFirstRowsMark(view.rows?.length);
  useSearchDoneMark(view.text, view.rows);

  const filtering = view.text.trim() !== '' || view.tags.length > 0 || view.statuses.length > 0;
  const empty = view.rows?.length === 0 && !filtering;
  const focusFirstRow = () => list.current?.querySelector<HTMLElement>('[role="row"][tabindex="0"]')?.focus();
  const clear = () => {
    view.setText('');
    view.clearFilters();
    search.current?.focus();
  };

  return (
    <main class="shelf popup">
      <header class="bar">
        <h1>Paper Shelf</h1>
        {view.total !== undefined && <span class="total">{view.total} saved</span>}
        <button type="button" class="open-library" onClick={openLibraryPage}>
          Open library
        </button>
      </header>
      <div class="tools">
        <SearchBox value={view.text} onInput={view.setText} inputRef={search} onLeave={focusFirstRow} autoFocus />
        {!empty && <FilterBar view={view} maxTags={POPUP_TAGS} />}
      </div>
      {view.error !== undefined && <p role="alert">Could not read the library: {String(view.error)}</p>}
      <div class="list-area" ref={list}>
        {view.rows === undefined ? (
          <p class="loading">Loading your library…</p>
        ) : empty ? (
          <EmptyShelf />
        ) : view.rows.length === 0 ? (
          <NoMatches onClear={clear} />
        ) : (
          <VirtualList
            items={view.rows}
            rowHeight={ROW_HEIGHT}
            label="Saved papers"
            activeIndex={active}
            onActiveIndexChange={setActive}
            resetKey={`${view.text}|${view.tags.join(',')}|${view.statuses.join(',')}|${view.sort}`}
            onOpen={(paper) => openTab(paper.url)}
            onEscape={clear}
            renderRow={(paper, index, row) => (
              <ErrorBoundary
                key={paper.id}
                what="A paper could not be shown"
                fallback={(message) => <BrokenRow paper={paper} row={row} message={message} />}
              >
                <PaperRow paper={paper} row={row} actions={actions} suggestions={view.tagCounts} active={index === active} />
              </ErrorBoundary>
            )}
          />
        )}
      </div>
      <details class="transfer-slot">
        <summary>Import / export</summary>
        <TransferPanel compact tags={[...view.tags]} statuses={[...view.statuses]} />
      </details>
      <Toast notice={notice} dismiss={dismiss} />
    </main>
  );
}
