import { useMemo, useState } from 'preact/hooks';
import { BackupsPanel } from '@/components/BackupsPanel';
import { BulkBar } from '@/components/BulkBar';
import { FilterBar } from '@/components/FilterBar';
import { PaperDetail } from '@/components/PaperDetail';
import { SearchBox } from '@/components/SearchBox';
import { ShelfList, useShelfPage } from '@/components/ShelfList';
import { TagManager } from '@/components/TagManager';
import { Toast } from '@/components/Toast';
import { TransferPanel } from '@/components/TransferPanel';
import { TrashPanel } from '@/components/TrashPanel';
import { uniqueTags } from '@/lib/tags';
import { EMPTY_SELECTION, pruneSelection, type Selection, selectAll, selectRange, toggleSelected } from '@/lib/views/selection';

// A tall window shows about twenty rows; read that many from the savedAt index before the rest.
const FIRST_ROWS = 40;
const ROW_HEIGHT = 84;

export function App() {
  const page = useShelfPage(FIRST_ROWS);
  const { view, actions, notice, dismiss, active, search, empty, focusFirstRow } = page;
  const [picked, setPicked] = useState<Selection>(EMPTY_SELECTION);

  const rows = view.rows ?? [];
  const order = useMemo(() => rows.map((p) => p.id), [rows]);
  // Bulk actions apply to exactly the checked rows that are listed now: a row filtered out is unchecked.
  const selection = useMemo(() => pruneSelection(picked, new Set(order)), [picked, order]);
  const selectedIds = [...selection.ids];
  const selectedTags = useMemo(() => uniqueTags(rows.filter((p) => selection.ids.has(p.id)).flatMap((p) => p.tags)), [rows, selection]);
  const current = rows[Math.min(active, rows.length - 1)];

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
            <SearchBox value={view.text} onInput={view.setText} inputRef={search} autoFocus onLeave={focusFirstRow} />
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
          <ShelfList page={page} rowHeight={ROW_HEIGHT} picking={{ isPicked: (id) => selection.ids.has(id), pick }} />
        </main>
        <aside class="detail" aria-label="Current paper">
          <PaperDetail paper={current} onSaveNote={(id, note) => void actions.setNote(id, note)} />
        </aside>
      </div>
      <Toast notice={notice} dismiss={dismiss} />
    </div>
  );
}
