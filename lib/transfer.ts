import type { ShelfDatabase } from './db';
import { EXPORTERS, type ExportFormat, type ExportOptions, exportFilename } from './export';
import { type ImportedDraft, type ImportFormat, parseImport } from './import';
import { MAX_IMPORT_CHARS } from './import/formats';
import { type Library, librarySpeller } from './library';
import { type Paper, type PaperDraft, type PaperStatus, paperIds, rankIds } from './paper';
import type { ImportProgress, ImportSummary } from './protocol';
import { withHttpLinks } from './records';
import type { Result } from './result';
import { uniqueTags, withTags } from './tags';
import { filterPredicate, newestFirst } from './views/query';

/** Narrows an export: papers with all of `tags`, with one of `status`, among `ids`. */
export interface ExportFilter {
  tags?: string[];
  status?: PaperStatus | PaperStatus[];
  ids?: string[];
}

export interface ExportResult {
  filename: string;
  mime: string;
  text: string;
  count: number;
}

/** The papers a filter selects, newest saved first (ties by id, so that the order is stable). */
export async function selectPapers(db: ShelfDatabase, filter: ExportFilter = {}): Promise<Paper[]> {
  const papers = filter.ids
    ? (await db.papers.bulkGet([...new Set(filter.ids)])).filter((p): p is Paper => p !== undefined).sort(newestFirst)
    : // One getAll over the primary key, sorted here: in Chromium this reads 10,000 records faster than walking the
      // savedAt index backwards (a cursor), and the sort costs a few ms.
      (await db.papers.toArray()).sort(newestFirst);
  const keep = filterPredicate({ tags: filter.tags ?? [], statuses: [filter.status ?? []].flat() });
  return keep ? papers.filter(keep) : papers;
}

/** Writes the library (or the part a filter selects) in one format, with the file name and type to save it under. */
export async function exportLibrary(
  db: ShelfDatabase,
  format: ExportFormat,
  filter?: ExportFilter,
  options: ExportOptions = {},
): Promise<ExportResult> {
  const started = performance.now();
  const selected = await selectPapers(db, filter);
  const read = performance.now();
  const exporter = EXPORTERS[format];
  const now = options.now ?? Date.now;
  const write = (list: readonly Paper[]) => exporter.write(list, { ...options, now });
  let papers = selected;
  let text: string;
  try {
    text = write(papers);
  } catch (error) {
    // A record the exporter cannot write (the read boundary should have repaired it) is left out, not the file.
    papers = selected.filter((paper) => {
      try {
        write([paper]);
        return true;
      } catch {
        return false;
      }
    });
    console.warn(`[paper-shelf] ${selected.length - papers.length} papers left out of the ${format} export`, error);
    text = write(papers);
  }
  // What an export spends where, for the bench (read in the worker with performance.getEntriesByName).
  performance.measure('paper-shelf:export-read', { start: started, end: read });
  performance.measure('paper-shelf:export-format', { start: read, end: performance.now() });
  return { filename: exportFilename(format, now()), mime: exporter.mime, text, count: papers.length };
}

// Skipped entries listed in a reply; the count covers them all.
const MAX_LISTED_SKIPPED = 200;
// Papers written per step of the transaction, between progress reports.
const WRITE_CHUNK = 1000;

type Parsed = Extract<ReturnType<typeof parseImport>, { ok: true }>;

/** The file's papers with their non-http(s) links dropped (`javascript:`, `data:`…), and a note saying so. */
function onlyHttpLinks(parsed: Parsed): { parsed: Parsed; notes: string[] } {
  const where: string[] = [];
  const clean = <T extends Parameters<typeof withHttpLinks>[0] & { id: string }>(paper: T): T => {
    const { paper: out, dropped } = withHttpLinks(paper);
    if (dropped.length > 0) where.push(`${paper.id} (${dropped.join(', ')})`);
    return out;
  };
  const papers = parsed.papers.map(clean);
  const drafts = parsed.drafts.map((d) => ({ ...d, paper: clean(d.paper) }));
  if (where.length === 0) return { parsed, notes: [] };
  const listed = where.slice(0, 20).join('; ');
  const more = where.length > 20 ? ` and ${where.length - 20} more` : '';
  return {
    parsed: { ...parsed, papers, drafts },
    notes: [
      `Dropped links that were not http or https from ${where.length === 1 ? '1 paper' : `${where.length} papers`}: ${listed}${more}.`,
    ],
  };
}

const DRAFT_KEYS = [
  'title',
  'authors',
  'url',
  'abstract',
  'pdfUrl',
  'publishedAt',
  'upvotes',
  'githubRepo',
  'primaryClass',
  'doi',
  'source',
  'venue',
  'year',
] as const;

function known(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);
}

/** Metadata: each field from `primary` when it has it, else from `secondary`. */
function mergedMetadata(primary: Partial<PaperDraft>, secondary: Partial<PaperDraft>): Partial<PaperDraft> {
  const out: Record<string, unknown> = {};
  for (const key of DRAFT_KEYS) {
    const value = known(primary[key]) ? primary[key] : secondary[key];
    if (value !== undefined) out[key] = value;
  }
  return out as Partial<PaperDraft>;
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** The aliases of a record that another record of the same paper joins: both's ids but the record's own. */
function unitedAliases(existing: Paper, incoming: Pick<PaperDraft, 'id' | 'aliases'>): { aliases?: string[] } {
  const aliases = rankIds([...paperIds(existing), ...paperIds(incoming)]).filter((id) => id !== existing.id);
  return aliases.length > 0 ? { aliases: aliases.slice(0, 100) } : {};
}

/**
 * A backed-up record as the merge may believe it: an `updatedAt` later than the import itself (written by a
 * machine whose clock was ahead) counts as the import's time, so a wrong clock cannot make a record win every
 * merge; with equal times the library's record wins.
 */
function believable(paper: Paper, now: number): Paper {
  return paper.updatedAt > now ? { ...paper, updatedAt: now } : paper;
}

/**
 * A backed-up paper merged into the library's record: tags are united; status, readAt and note come from the
 * record edited last (by `updatedAt`); metadata from that record too, gaps filled from the other; the earlier
 * `savedAt` stays. Without a record, the paper comes in exactly as backed up.
 */
export function mergeBackupPaper(existing: Paper | undefined, incoming: Paper, spell: (tags: string[]) => string[] = (t) => t): Paper {
  if (!existing) return { ...incoming, tags: spell(incoming.tags) };
  const newer = incoming.updatedAt > existing.updatedAt;
  const [primary, secondary] = newer ? [incoming, existing] : [existing, incoming];
  return withoutUndefined({
    ...existing,
    ...mergedMetadata(primary, secondary),
    id: existing.id,
    ...unitedAliases(existing, incoming),
    tags: withTags(existing.tags, spell(incoming.tags)),
    status: primary.status,
    readAt: primary.readAt,
    note: primary.note,
    savedAt: Math.min(existing.savedAt, incoming.savedAt),
  });
}

/** A cited paper merged into the library: the library's own metadata and reading state stay; gaps are filled, tags united. */
export function mergeDraft(
  existing: Paper | undefined,
  imported: ImportedDraft,
  now: number,
  spell: (tags: string[]) => string[] = (t) => t,
): Paper {
  const tags = spell(uniqueTags(imported.tags));
  const note = imported.note ?? '';
  if (!existing) return withoutUndefined({ ...imported.paper, tags, status: 'unread', note, savedAt: now, updatedAt: now });
  return withoutUndefined({
    ...existing,
    ...mergedMetadata(existing, imported.paper),
    ...unitedAliases(existing, imported.paper),
    tags: withTags(existing.tags, tags),
    // The user's own note is never overwritten; an empty one is a gap the file may fill.
    note: existing.note.trim() ? existing.note : note || existing.note,
  });
}

/** Deep equality of plain JSON-like values; a key holding undefined counts as absent. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) if (!sameValue(left[key], right[key])) return false;
  return true;
}

/** True when two records differ in nothing but `updatedAt`. */
export function samePaper(a: Paper, b: Paper): boolean {
  return sameValue({ ...a, updatedAt: 0 }, { ...b, updatedAt: 0 });
}

/**
 * Imports a file into the library in one transaction: all of it or, when it does not parse or validate,
 * nothing. Papers are merged by id (see `mergeBackupPaper`, `mergeDraft`); importing a file twice changes
 * nothing the second time.
 */
export async function importText(
  library: Library,
  text: string,
  format?: ImportFormat,
  options: { onProgress?: (progress: ImportProgress) => void } = {},
): Promise<Result<ImportSummary>> {
  if (text.length > MAX_IMPORT_CHARS) {
    return {
      ok: false,
      error: `the file is too large (${(text.length / 1024 / 1024).toFixed(1)} MB; at most ${MAX_IMPORT_CHARS / 1024 / 1024} MB): split it`,
    };
  }
  const read = parseImport(text, format);
  if (!read.ok) return read;
  const { parsed, notes } = onlyHttpLinks(read);
  const report = options.onProgress ?? (() => {});
  const { db } = library;

  // Through the library's single writer: one transaction, one change notice once it has committed, none on rollback.
  const summary = await library.write(async ({ now }) => {
    // A cited paper is found by every id it names (a DOI, its ACL page…), as the record's id or one of its aliases.
    const ids = [...new Set([...parsed.papers.map((p) => p.id), ...parsed.drafts.flatMap((d) => paperIds(d.paper))])];
    const before = new Map<string, Paper>();
    // Reading the keys first is cheap, and spares a lookup per paper the library does not have (all of them, when empty).
    const stored = new Set((await db.papers.toCollection().primaryKeys()) as string[]);
    const present = ids.filter((id) => stored.has(id));
    (await db.papers.bulkGet(present)).forEach((paper) => {
      if (paper) before.set(paper.id, paper);
    });
    const aliased = new Set((await db.papers.orderBy('aliases').uniqueKeys()) as string[]);
    const asAliases = ids.filter((id) => !stored.has(id) && aliased.has(id));
    if (asAliases.length > 0) for (const paper of await db.papers.where('aliases').anyOf(asAliases).toArray()) before.set(paper.id, paper);
    // Every id → the record that holds it, for the drafts (a backup's records come by their own id, as written).
    const owner = new Map<string, string>();
    const own = (paper: Pick<Paper, 'id' | 'aliases'>) => {
      for (const id of paperIds(paper)) if (!owner.has(id)) owner.set(id, paper.id);
    };
    for (const paper of before.values()) own(paper);
    // New tags take the library's spelling of a tag it already has (case-insensitive), as saving does.
    const spell = await librarySpeller(db);

    const after = new Map<string, Paper>();
    for (const paper of parsed.papers) {
      const existing = after.get(paper.id) ?? before.get(paper.id);
      // A new paper comes in exactly as backed up; only a comparison needs a believable time.
      after.set(paper.id, mergeBackupPaper(existing, existing ? believable(paper, now) : paper, spell));
    }
    for (const paper of after.values()) own(paper);
    for (const draft of parsed.drafts) {
      const id =
        paperIds(draft.paper)
          .map((known) => owner.get(known))
          .find((found) => found !== undefined) ?? draft.paper.id;
      const merged = mergeDraft(after.get(id) ?? before.get(id), draft, now, spell);
      after.set(id, merged);
      own(merged);
    }

    const writes: Paper[] = [];
    let added = 0;
    let updated = 0;
    for (const [id, paper] of after) {
      const old = before.get(id);
      if (!old) {
        added++;
        writes.push(paper);
      } else if (!samePaper(old, paper)) {
        updated++;
        // `now` is later than every stamp in the library (Library.write): the views see the change.
        writes.push({ ...paper, updatedAt: now });
      }
    }
    report({ done: 0, total: writes.length });
    for (let start = 0; start < writes.length; start += WRITE_CHUNK) {
      await db.papers.bulkPut(writes.slice(start, start + WRITE_CHUNK));
      report({ done: Math.min(start + WRITE_CHUNK, writes.length), total: writes.length });
    }
    return { result: { added, updated, unchanged: after.size - added - updated }, changed: writes.map((p) => p.id) };
  });

  const skipped = parsed.skipped.slice(0, MAX_LISTED_SKIPPED);
  return { ok: true, format: parsed.format, ...summary, skipped, skippedCount: parsed.skipped.length, ...(notes.length ? { notes } : {}) };
}
