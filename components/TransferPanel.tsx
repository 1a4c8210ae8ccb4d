import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { database } from '@/lib/db';
import { EXPORT_FORMATS, EXPORT_LABELS, type ExportFormat, type ExportOptions } from '@/lib/export/formats';
import { IMPORT_FORMATS, type ImportFormat, MAX_IMPORT_CHARS } from '@/lib/import/formats';
import { IMPORT_PROGRESS_KEY, type Results, send } from '@/lib/messages';
import type { PaperStatus } from '@/lib/paper';
import type { ExportFilter } from '@/lib/transfer';
import { downloadText } from './download';
import './TransferPanel.css';

export interface TransferPanelProps {
  /** The tag and status filters of the list beside the panel: offered as "Papers in this view". */
  tags?: string[];
  statuses?: PaperStatus[];
  /** Checked rows: offered as "Selected papers". */
  selectedIds?: string[];
  /** The popup's variant: no paste box, shorter labels. */
  compact?: boolean;
}

type Scope = 'all' | 'view' | 'selected';
type Outcome =
  | { kind: 'idle' }
  | { kind: 'busy'; message: string }
  | { kind: 'done'; message: string }
  | { kind: 'error'; message: string };

const IMPORT_LABELS: Record<ImportFormat, string> = {
  json: 'Paper Shelf backup (.json)',
  bibtex: 'BibTeX (.bib)',
  ris: 'RIS (.ris)',
  'arxiv-list': 'arXiv ids, DOIs or paper URLs, one per line',
};

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * The export, written in this page: extension pages may read the library (only the background writes it), and a
 * 10,000-paper file costs more to pass through runtime messaging (about 9 MB as JSON, twice) than to read and
 * write. The same `exportLibrary` answers the background's `export` message (CONTRACT.md), loaded here only on
 * the first export so that the popup's first paint does not carry the exporters.
 */
async function exportHere(
  format: ExportFormat,
  filter: ExportFilter | undefined,
  options: ExportOptions | undefined,
): Promise<Results['export']> {
  const { exportLibrary } = await import('@/lib/transfer');
  return exportLibrary(database(), format, filter, options);
}

/** Export (download or copy; written in this page) and import (file or pasted text; through the background). */
export function TransferPanel({ tags = [], statuses = [], selectedIds = [], compact = false }: TransferPanelProps) {
  const id = useId();
  const [format, setFormat] = useState<ExportFormat>('bibtex');
  const [groupBy, setGroupBy] = useState<'tag' | 'status'>('tag');
  const [unicode, setUnicode] = useState(false);
  const [scope, setScope] = useState<Scope>('all');
  const [exported, setExported] = useState<Outcome>({ kind: 'idle' });
  const [importFormat, setImportFormat] = useState<ImportFormat | ''>('');
  const [pasted, setPasted] = useState('');
  const [imported, setImported] = useState<Outcome>({ kind: 'idle' });
  const [summary, setSummary] = useState<Results['import'] | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const importId = useRef('');

  const viewFiltered = tags.length > 0 || statuses.length > 0;
  // A scope that is no longer offered (the filter was cleared) falls back to the whole library.
  const effectiveScope: Scope = (scope === 'view' && !viewFiltered) || (scope === 'selected' && selectedIds.length === 0) ? 'all' : scope;
  const filter =
    effectiveScope === 'selected'
      ? { ids: selectedIds }
      : effectiveScope === 'view'
        ? { ...(tags.length > 0 ? { tags } : {}), ...(statuses.length > 0 ? { status: statuses } : {}) }
        : undefined;

  useEffect(() => {
    if (imported.kind !== 'busy') return;
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      const value = changes[IMPORT_PROGRESS_KEY]?.newValue as { done?: unknown; total?: unknown; id?: unknown } | undefined;
      // Another tab's import reports under its own id: this panel shows only its own.
      if (area === 'local' && value?.id === importId.current && typeof value?.done === 'number' && typeof value.total === 'number') {
        setProgress({ done: value.done, total: value.total });
      }
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, [imported.kind]);

  async function runExport(deliver: 'download' | 'copy') {
    setExported({ kind: 'busy', message: 'Exporting…' });
    try {
      const options = format === 'markdown' ? { groupBy } : format === 'bibtex' && unicode ? { unicode } : undefined;
      const reply = await exportHere(format, filter, options);
      if (deliver === 'download') {
        downloadText(reply.text, reply.filename, reply.mime);
        setExported({ kind: 'done', message: `Exported ${plural(reply.count, 'paper')} to ${reply.filename}.` });
      } else {
        await navigator.clipboard.writeText(reply.text);
        setExported({
          kind: 'done',
          message: `Copied ${plural(reply.count, 'paper')} as ${EXPORT_LABELS[format].replace(/ \(.*\)$/, '')}.`,
        });
      }
    } catch (error) {
      setExported({ kind: 'error', message: `Export failed: ${error instanceof Error ? error.message : String(error)}` });
    }
  }

  async function runImport(text: string, source: string) {
    setSummary(null);
    setProgress(null);
    setImported({ kind: 'busy', message: `Importing ${source}…` });
    try {
      importId.current = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
      const reply = await send({ type: 'import', text, importId: importId.current, ...(importFormat ? { format: importFormat } : {}) });
      setSummary(reply);
      const parts = [`${reply.added} added`, `${reply.updated} updated`];
      if (reply.unchanged > 0) parts.push(`${reply.unchanged} already in the library`);
      if (reply.skippedCount > 0) parts.push(`${reply.skippedCount} skipped`);
      setImported({ kind: 'done', message: `Imported ${source}: ${parts.join(', ')}.` });
      if (source === 'pasted text') setPasted('');
    } catch (error) {
      setImported({ kind: 'error', message: `Nothing was imported: ${error instanceof Error ? error.message : String(error)}` });
    }
  }

  async function importFile(file: File | undefined) {
    if (!file) return;
    if (file.size > MAX_IMPORT_CHARS) {
      setImported({ kind: 'error', message: `Nothing was imported: ${file.name} is larger than ${MAX_IMPORT_CHARS / 1024 / 1024} MB.` });
      return;
    }
    await runImport(await file.text(), file.name);
    // The same file can be picked again after it was edited.
    if (fileInput.current) fileInput.current.value = '';
  }

  const exportBusy = exported.kind === 'busy';
  const importBusy = imported.kind === 'busy';
  return (
    <div class={`transfer${compact ? ' compact' : ''}`}>
      <fieldset class="transfer-export">
        <legend>Export</legend>
        <label for={`${id}-format`}>Format</label>
        <select id={`${id}-format`} value={format} onChange={(e) => setFormat(e.currentTarget.value as ExportFormat)}>
          {EXPORT_FORMATS.map((f) => (
            <option key={f} value={f}>
              {EXPORT_LABELS[f]}
            </option>
          ))}
        </select>
        {format === 'markdown' && (
          <>
            <label for={`${id}-group`}>Sections</label>
            <select id={`${id}-group`} value={groupBy} onChange={(e) => setGroupBy(e.currentTarget.value === 'status' ? 'status' : 'tag')}>
              <option value="tag">One per tag</option>
              <option value="status">One per reading status</option>
            </select>
          </>
        )}
        {format === 'bibtex' && !compact && (
          <label class="transfer-check">
            <input type="checkbox" checked={unicode} onChange={(e) => setUnicode(e.currentTarget.checked)} />
            Accents as UTF-8 (biber, biblatex) rather than LaTeX
          </label>
        )}
        {(viewFiltered || selectedIds.length > 0) && (
          <>
            <label for={`${id}-scope`}>Papers</label>
            <select id={`${id}-scope`} value={effectiveScope} onChange={(e) => setScope(e.currentTarget.value as Scope)}>
              <option value="all">All papers</option>
              {viewFiltered && <option value="view">Papers with the current tag and status filters</option>}
              {selectedIds.length > 0 && <option value="selected">Selected papers ({selectedIds.length})</option>}
            </select>
          </>
        )}
        <div class="transfer-actions">
          <button type="button" disabled={exportBusy} onClick={() => void runExport('download')}>
            Download
          </button>
          <button type="button" disabled={exportBusy} onClick={() => void runExport('copy')}>
            Copy
          </button>
        </div>
        <p class={`transfer-outcome ${exported.kind}`} role={exported.kind === 'error' ? 'alert' : 'status'}>
          {exported.kind === 'idle' ? '' : exported.message}
        </p>
      </fieldset>

      <fieldset class="transfer-import">
        <legend>Import</legend>
        {!compact && (
          <>
            <label for={`${id}-import-format`}>Format</label>
            <select
              id={`${id}-import-format`}
              value={importFormat}
              onChange={(e) => setImportFormat(e.currentTarget.value as ImportFormat | '')}
            >
              <option value="">Recognise it</option>
              {IMPORT_FORMATS.map((f) => (
                <option key={f} value={f}>
                  {IMPORT_LABELS[f]}
                </option>
              ))}
            </select>
          </>
        )}
        <label class="transfer-file" for={`${id}-file`}>
          {compact ? 'Import a file' : 'From a file (backup, BibTeX, RIS, list)'}
        </label>
        <input
          id={`${id}-file`}
          ref={fileInput}
          type="file"
          accept=".json,.bib,.bibtex,.ris,.txt,.md,application/json,text/plain"
          disabled={importBusy}
          onChange={(e) => void importFile(e.currentTarget.files?.[0])}
        />
        {!compact && (
          <>
            <label for={`${id}-paste`}>Or paste BibTeX, RIS, a backup, or arXiv ids/URLs</label>
            <textarea id={`${id}-paste`} rows={4} value={pasted} onInput={(e) => setPasted(e.currentTarget.value)} spellcheck={false} />
            <button type="button" disabled={importBusy || pasted.trim() === ''} onClick={() => void runImport(pasted, 'pasted text')}>
              Import pasted text
            </button>
          </>
        )}
        {importBusy && (
          <progress
            aria-label="Import progress"
            {...(progress && progress.total > 0 ? { value: progress.done, max: progress.total } : {})}
          />
        )}
        <p class={`transfer-outcome ${imported.kind}`} role={imported.kind === 'error' ? 'alert' : 'status'}>
          {imported.kind === 'idle' ? '' : imported.message}
        </p>
        {summary?.notes?.map((note) => (
          <p key={note} class="transfer-note">
            {note}
          </p>
        ))}
        {summary && summary.skipped.length > 0 && (
          <details class="transfer-skipped">
            <summary>Why {summary.skippedCount === 1 ? '1 entry was' : `${summary.skippedCount} entries were`} skipped</summary>
            <ul>
              {summary.skipped.map((s, i) => (
                <li key={i}>
                  <span class="entry">{s.entry}</span>: {s.reason}
                </li>
              ))}
              {summary.skippedCount > summary.skipped.length && <li>… and {summary.skippedCount - summary.skipped.length} more</li>}
            </ul>
          </details>
        )}
      </fieldset>
    </div>
  );
}
