import type { Paper, PaperDraft } from '@/lib/paper';
import type { Result } from '@/lib/result';
import { collapseWhitespace } from '@/lib/text';

/** An entry of the file that was left out, and why (shown to the user). */
export interface Skipped {
  entry: string;
  reason: string;
}

/** A paper a citation file names: its metadata, the tags (keywords) it carries, and a note when it has one. */
export interface ImportedDraft {
  paper: PaperDraft;
  tags: string[];
  note?: string;
}

/** The longest note the library keeps (the Paper schema's bound). */
const MAX_NOTE = 200_000;

/** A note read from a file: its lines kept as written (less trailing spaces), bounded; undefined when empty. */
export function importedNote(raw: string | undefined): string | undefined {
  const lines = (raw ?? '').split(/\r\n?|\n/).map((line) => line.trimEnd());
  const note = lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .slice(0, MAX_NOTE);
  return note || undefined;
}

/** The JSON backup gives whole papers, with the user's own data. */
export type PapersParse = Result<{ papers: Paper[]; skipped: Skipped[] }>;
/** Citation files and id lists give drafts. */
export type DraftsParse = Result<{ drafts: ImportedDraft[]; skipped: Skipped[] }>;

/** Shortens what a message quotes from the file, so that a hostile file cannot flood the UI. */
export function quote(text: string, max = 80): string {
  const clean = collapseWhitespace(text);
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}
