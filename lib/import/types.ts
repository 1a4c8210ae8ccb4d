import { oneLine } from '@/lib/export/fields';
import type { Paper, PaperDraft } from '@/lib/paper';

/** An entry of the file that was left out, and why (shown to the user). */
export interface Skipped {
  entry: string;
  reason: string;
}

export type ImportFailure = { ok: false; error: string };

/** A paper a citation file names: its metadata and the tags (keywords) it carries. */
export interface ImportedDraft {
  paper: PaperDraft;
  tags: string[];
}

/** The JSON backup gives whole papers, with the user's own data. */
export type PapersParse = { ok: true; papers: Paper[]; skipped: Skipped[] } | ImportFailure;
/** Citation files and id lists give drafts. */
export type DraftsParse = { ok: true; drafts: ImportedDraft[]; skipped: Skipped[] } | ImportFailure;

/** Shortens what a message quotes from the file, so that a hostile file cannot flood the UI. */
export function quote(text: string, max = 80): string {
  const clean = oneLine(text);
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}
