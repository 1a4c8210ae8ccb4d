import type { Paper } from '@/lib/paper';
import type { Result } from '@/lib/result';
import { importArxivList } from './arxiv-list';
import { importBibtex } from './bibtex';
import { IMPORT_FORMATS, type ImportFormat } from './formats';
import { guessFormat } from './guess';
import { importJson } from './json';
import { importRis } from './ris';
import type { ImportedDraft, Skipped } from './types';

export type { ImportedDraft, Skipped };
export { guessFormat, IMPORT_FORMATS, type ImportFormat };

export type ParsedImport = Result<{ format: ImportFormat; papers: Paper[]; drafts: ImportedDraft[]; skipped: Skipped[] }>;

/** Parses a file in the given format (guessed when absent) into whole papers (backup) or drafts (everything else). */
export function parseImport(text: string, format?: ImportFormat): ParsedImport {
  // Editors on Windows start UTF-8 files with a byte order mark.
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) return { ok: false, error: 'the file is empty' };
  const chosen = format ?? guessFormat(body);
  if (!chosen) {
    return { ok: false, error: 'unrecognised format: expected a Paper Shelf JSON backup, BibTeX, RIS, or a list of arXiv ids or URLs' };
  }
  try {
    if (chosen === 'json') {
      const parsed = importJson(body);
      return parsed.ok ? { ...parsed, format: chosen, drafts: [] } : parsed;
    }
    const parse = chosen === 'bibtex' ? importBibtex : chosen === 'ris' ? importRis : importArxivList;
    const parsed = parse(body);
    return parsed.ok ? { ...parsed, format: chosen, papers: [] } : parsed;
  } catch (error) {
    // A parser bug or a pathological file (LaTeX nested thousands deep) must still end as a readable error.
    return { ok: false, error: `could not read the file as ${chosen}: ${error instanceof Error ? error.message : String(error)}` };
  }
}
