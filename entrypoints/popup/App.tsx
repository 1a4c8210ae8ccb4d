import { FilterBar } from '@/components/FilterBar';
import { openLibraryPage } from '@/components/open';
import { SearchBox } from '@/components/SearchBox';
import { ShelfList, useShelfPage } from '@/components/ShelfList';
import { Toast } from '@/components/Toast';
import { TransferPanel } from '@/components/TransferPanel';

// Enough rows for the first screen of a 600px popup, read from the savedAt index before the rest.
const FIRST_ROWS = 20;
const ROW_HEIGHT = 96;
const POPUP_TAGS = 12;

export function App() {
  const page = useShelfPage(FIRST_ROWS);
  const { view, notice, dismiss, search, empty, focusFirstRow } = page;

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
      <ShelfList page={page} rowHeight={ROW_HEIGHT} />
      <details class="transfer-slot">
        <summary>Import / export</summary>
        <TransferPanel compact tags={[...view.tags]} statuses={[...view.statuses]} />
      </details>
      <Toast notice={notice} dismiss={dismiss} />
    </main>
  );
}
