import type { Paper } from '@/lib/paper';
import type { Result } from '@/lib/result';
import { importArxivList } from './arxiv-list';
import { importBibtex } from './bibtex';
import { IMPORT_FORMATS, type ImportFormat } from './formats';
import { guessFormat } from './guess';
import { importJson } from './json';
import { importRis } from './ris';
import type { DraftsParse, ImportedDraft, Skipped } from './types';

export type { ImportedDraft, Skipped };
export { guessFormat, IMPORT_FORMATS, type ImportFormat };

export type ParsedImport = Result<{ format: ImportFormat; papers: Paper[]; drafts: ImportedDraft[]; skipped: Skipped[] }>;

type Parsed = Result<{ papers: Paper[]; drafts: ImportedDraft[]; skipped: Skipped[] }>;

// A citation format gives drafts (metadata to merge into the library), never whole records.
const drafts =
  (parse: (text: string) => DraftsParse) =>
  (text: string): Parsed => {
    const parsed = parse(text);
    return parsed.ok ? { ...parsed, papers: [] } : parsed;
  };

/** Every import format and the pure function that reads it, as EXPORTERS are for exports. */
export const IMPORTERS: Record<ImportFormat, (text: string) => Parsed> = {
  // The backup gives whole papers, with their tags, status, note and dates.
  json: (text) => {
    const parsed = importJson(text);
    return parsed.ok ? { ...parsed, drafts: [] } : parsed;
  },
  bibtex: drafts(importBibtex),
  ris: drafts(importRis),
  'arxiv-list': drafts(importArxivList),
};

/** Parses a file in the given format (guessed when absent) into whole papers (backup) or drafts (everything else). */
export function parseImport(text: string, format?: ImportFormat): ParsedImport {
  // Editors on Windows start UTF-8 files with a byte order mark.
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) return { ok: false, error: 'the file is empty' };
  const chosen = format ?? guessFormat(body);
  if (!chosen) {
    return {
      ok: false,
      error: 'unrecognised format: expected a Paper Shelf JSON backup, BibTeX, RIS, or a list of arXiv ids, DOIs or paper URLs',
    };
  }
  try {
    const parsed = IMPORTERS[chosen](body);
    return parsed.ok ? { ...parsed, format: chosen } : parsed;
  } catch (error) {
    // A parser bug or a pathological file (LaTeX nested thousands deep) must still end as a readable error.
    return { ok: false, error: `could not read the file as ${chosen}: ${error instanceof Error ? error.message : String(error)}` };
  }
}
