import { useMemo, useRef, useState } from 'preact/hooks';
import { BackupsPanel } from '@/components/BackupsPanel';
import { BulkBar } from '@/components/BulkBar';
import { EmptyShelf, NoMatches } from '@/components/EmptyShelf';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { FilterBar } from '@/components/FilterBar';
import { useFirstRowsMark, useSearchDoneMark } from '@/components/marks';
import { openTab } from '@/components/open';
import { PaperDetail } from '@/components/PaperDetail';
import { BrokenRow, PaperRow } from '@/components/PaperRow';
import { SearchBox } from '@/components/SearchBox';
import { TagManager } from '@/components/TagManager';
import { Toast } from '@/components/Toast';
import { TransferPanel } from '@/components/TransferPanel';
import { TrashPanel } from '@/components/TrashPanel';
import { usePaperActions } from '@/components/usePaperActions';
import { useSearchShortcut } from '@/components/useSearchShortcut';
import { useShelfView } from '@/components/useShelfView';
import { VirtualList } from '@/components/VirtualList';
import { uniqueTags } from '@/lib/tags';
import { EMPTY_SELECTION, pruneSelection, type Selection, selectAll, selectRange, toggleSelected } from '@/lib/views/selection';

// A tall window shows about twenty rows; read that many from the savedAt index before the rest.
const FIRST_ROWS = 40;
const ROW_HEIGHT = 84;

export function App() {
  const view = useShelfView(FIRST_ROWS);
  const { actions, notice, dismiss } = usePaperActions();
  const [active, setActive] = useState(0);
  const [picked, setPicked] = useState<Selection>(EMPTY_SELECTION);
  const search = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLDivElement>(null);
  useSearchShortcut(search);
  useFirstRowsMark(view.rows?.length);
  useSearchDoneMark(view.text, view.rows);

  const rows = view.rows ?? [];
  const order = useMemo(() => rows.map((p) => p.id), [rows]);
  // Bulk actions apply to exactly the checked rows that are listed now: a row filtered out is unchecked.
  const selection = useMemo(() => pruneSelection(picked, new Set(order)), [picked, order]);
  const selectedIds = [...selection.ids];
  const selectedTags = useMemo(() => uniqueTags(rows.filter((p) => selection.ids.has(p.id)).flatMap((p) => p.tags)), [rows, selection]);
  const current = rows[Math.min(active, rows.length - 1)];

  const filtering = view.text.trim() !== '' || view.tags.length > 0 || view.statuses.length > 0;
  const empty = view.rows?.length === 0 && !filtering;
  const clear = () => {
    view.setText('');
    view.clearFilters();
    search.current?.focus();
  };
  const pick = (id: string, range: boolean) =>
    setPicked((s) => (range ? selectRange(pruneSelection(s, new Set(order)), order, id) : toggleSelected(s, id)));
  const clearSelection = () => setPicked(EMPTY_SELECTION);

  return (
    <div class="shelf library">
      <header class="bar">
        <h1>Paper Shelf library</h1>
        {view.total !== undefined && <span class="total">{view.total} saved</span>}
      </header>
      <div class="layout">
        <aside class="sidebar" aria-label="Tags, transfer, trash and backups">
          <section aria-labelledby="tags-heading">
            <h2 id="tags-heading">Tags</h2>
            <TagManager tags={view.tagCounts} onRename={actions.renameTag} onDelete={actions.deleteTag} />
          </section>
          <section aria-labelledby="transfer-heading" class="transfer-slot">
            <h2 id="transfer-heading">Import and export</h2>
            <TransferPanel tags={[...view.tags]} statuses={[...view.statuses]} selectedIds={selectedIds} />
          </section>
          <section class="safety-slot" aria-label="Trash">
            <TrashPanel />
          </section>
          <section class="safety-slot" aria-label="Backups">
            <BackupsPanel />
          </section>
        </aside>
        <main class="main">
          <div class="tools">
            <SearchBox
              value={view.text}
              onInput={view.setText}
              inputRef={search}
              autoFocus
              onLeave={() => list.current?.querySelector<HTMLElement>('[role="row"][tabindex="0"]')?.focus()}
            />
            {!empty && <FilterBar view={view} />}
            {!empty && (
              <BulkBar
                selected={selection.ids.size}
                listed={rows.length}
                selectedTags={selectedTags}
                allTags={view.tagCounts}
                onSelectAll={() => setPicked(selectAll(order))}
                onClear={clearSelection}
                onAddTag={(tag) => void actions.addTagToMany(selectedIds, tag)}
                onRemoveTag={(tag) => void actions.removeTagFromMany(selectedIds, tag)}
                onStatus={(status) => void actions.setStatusOfMany(selectedIds, status)}
                onRemove={() => {
                  void actions.removeMany(selectedIds);
                  clearSelection();
                }}
              />
            )}
          </div>
          {view.error !== undefined && <p role="alert">Could not read the library: {String(view.error)}</p>}
          <div class="list-area" ref={list}>
            {view.rows === undefined ? (
              <p class="loading">Loading your library…</p>
            ) : empty ? (
              <EmptyShelf />
            ) : rows.length === 0 ? (
              <NoMatches onClear={clear} />
            ) : (
              <VirtualList
                items={rows}
                rowHeight={ROW_HEIGHT}
                label="Saved papers"
                multiselectable
                activeIndex={active}
                onActiveIndexChange={setActive}
                resetKey={`${view.text}|${view.tags.join(',')}|${view.statuses.join(',')}|${view.sort}`}
                onOpen={(paper) => openTab(paper.url)}
                onEscape={clear}
                onRowKey={(event, paper) => {
                  if (event.key !== ' ') return false;
                  pick(paper.id, event.shiftKey);
                  return true;
                }}
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
                      selection={{ selected: selection.ids.has(paper.id), toggle: (event) => pick(paper.id, event.shiftKey) }}
                    />
                  </ErrorBoundary>
                )}
              />
            )}
          </div>
        </main>
        <aside class="detail" aria-label="Current paper">
          <PaperDetail paper={current} onSaveNote={(id, note) => void actions.setNote(id, note)} />
        </aside>
      </div>
      <Toast notice={notice} dismiss={dismiss} />
    </div>
  );
}
