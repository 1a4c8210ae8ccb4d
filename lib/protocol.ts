import type { ImportFormat } from './import/formats';
import type { Skipped } from './import/types';
import type { PaperStatus } from './paper';

// The shapes that cross the message boundary: what the background answers with and what it announces. They
// live here, imported by both sides (the library and transfer code that make them, the pages that read them),
// so that no module of the background has to import the request side (lib/messages.ts, which needs the browser).

/** What a card needs to know about its paper. */
export interface PaperState {
  saved: boolean;
  /** The record's id when saved: the paper's best id, which may not be the one the card asked with. */
  id?: string;
  tags: string[];
  status: PaperStatus;
  /** Saved without its details (from a list of ids): the page that shows the paper can fill them in. */
  incomplete?: true;
  /**
   * The saved paper the card is by its title and first author: the library knows none of the card's ids yet, and
   * the page that shows the card tells it (a save of the card's draft joins them to the record).
   */
  byTitle?: true;
}

export type { TagCount } from './tags';

/** Ids whose records changed, or 'all' after an operation too wide to list. */
export type ChangedIds = string[] | 'all';

/** What the background writes under CHANGES_KEY after every write, so that content scripts can refresh. */
export interface ChangeNotice {
  rev: number;
  ids: ChangedIds;
}

export interface ImportSummary {
  format: ImportFormat;
  added: number;
  updated: number;
  unchanged: number;
  skipped: Skipped[];
  skippedCount: number;
  /** What was imported differently from the file, in words (links that were not http(s), dropped). */
  notes?: string[];
}

/** How far an import that writes its papers in steps has come. */
export interface ImportProgress {
  done: number;
  total: number;
  /** The id the page gave its import (`importId`): a page shows only its own import's progress. */
  id?: string;
}

/** Undoes a tag delete or rename/merge exactly (see Library.revertTag). */
export interface TagUndo {
  /** The tag as it was spelled before. */
  tag: string;
  /** For a rename or merge: the tag the papers got. */
  to?: string;
  /** The papers that had `tag`. */
  ids: string[];
  /** Of those, the ones that already had `to` (a merge): they keep it on undo. */
  hadTarget: string[];
}

/** A failed request, as every reply and result type spells it. */
export type { Failure } from './result';
