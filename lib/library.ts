import Dexie from 'dexie';
import type { ShelfDatabase, TrashedPaper } from './db';
import {
  type CardKey,
  cardKeyOf,
  detailLevel,
  idScheme,
  type Paper,
  type PaperDraft,
  type PaperStatus,
  paperIds,
  rankIds,
  type StoredPaper,
  titleKey,
  withoutDerived,
} from './paper';
import type { ChangedIds, PaperState, TagCount, TagUndo } from './protocol';
import { MAX_TIME, withHttpLinks } from './records';
import { tagKey, tallyTags, uniqueTags, withoutTags, withTags } from './tags';

/** How long removed papers wait in the trash before they are purged. */
export const TRASH_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** What a write may touch: the papers and the trash, in one transaction. */
export interface WriteScope {
  /** The time this write stamps: later than every `updatedAt` in the library, whatever the wall clock says. */
  now: number;
}

/** A write the library could not make because the browser's storage is full; nothing was written. */
export class QuotaError extends Error {
  constructor() {
    super(
      'the browser has no room left for Paper Shelf (storage quota exceeded): nothing was changed. Free some disk space, or empty the trash, and try again',
    );
    this.name = 'QuotaError';
  }
}

function isQuotaError(error: unknown): boolean {
  for (let e = error as { name?: string; inner?: unknown } | undefined, depth = 0; e && depth < 5; e = e.inner as typeof e, depth++) {
    if (e.name === 'QuotaExceededError' || e.name === 'QuotaError') return true;
  }
  return false;
}

export const UNSAVED: PaperState = Object.freeze({ saved: false, tags: [], status: 'unread' }) as PaperState;

/** What a card shows for a paper: saved or not, its tags and status. */
export function stateOf(paper: Paper | undefined): PaperState {
  if (!paper) return UNSAVED;
  return {
    saved: true,
    id: paper.id,
    tags: paper.tags,
    status: paper.status,
    ...(detailLevel(paper) < 2 ? { incomplete: true as const } : {}),
  };
}

/** The states of these papers, under every id each is known by (a card asks with whichever id it shows). */
export function statesOf(papers: readonly Paper[]): Record<string, PaperState> {
  const states: Record<string, PaperState> = {};
  for (const paper of papers) {
    const state = stateOf(paper);
    for (const id of paperIds(paper)) states[id] = state;
  }
  return states;
}

// A record holds at most this many aliases (PaperDraft).
const MAX_ALIASES = 100;

/** Lowercased text a search matches against: title, authors, abstract, tags, note, ids, venue and year. */
export function searchText(paper: Paper): string {
  return [
    paper.title,
    paper.authors.join(' '),
    paper.abstract ?? '',
    paper.tags.join(' '),
    paper.note,
    paperIds(paper).join(' '),
    paper.venue ?? '',
    paper.year ?? '',
    paper.doi ?? '',
  ]
    .join('\n')
    .toLocaleLowerCase();
}

/** The draft's fields that say something: empty strings and lists never overwrite what is known. */
function knownFields(draft: PaperDraft): Partial<PaperDraft> {
  const known: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(draft)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    known[key] = value;
  }
  return known as Partial<PaperDraft>;
}

/** Newest edit first (by `updatedAt`), ties by the earlier save: whose status and note a merge keeps. */
function newestFirst(a: Paper, b: Paper): number {
  return b.updatedAt - a.updatedAt || a.savedAt - b.savedAt;
}

/**
 * Several records of one paper (and what a page now shows of it) made one: known by all their ids (the best one
 * its `id`); tags united; status, readAt and note from the record edited last (a note from another when that one has
 * none); metadata from the newest record, gaps filled from the others, then what the page shows; the earliest
 * `savedAt`. With no record, the draft as a new paper.
 */
export function mergeRecords(records: readonly Paper[], draft: PaperDraft | undefined, now: number): Paper {
  const ordered = [...records].sort(newestFirst);
  const newest = ordered[0];
  const ids = rankIds([...ordered.flatMap(paperIds), ...(draft ? paperIds(draft) : [])]);
  const [id = draft?.id ?? '', ...aliases] = ids;
  if (!newest) {
    if (!draft) throw new Error('nothing to merge');
    const { aliases: _draftAliases, ...fields } = draft;
    return withIds({ ...fields, tags: [], status: 'unread', note: '', savedAt: now, updatedAt: now }, id, aliases);
  }
  const metadata: Record<string, unknown> = {};
  for (const record of [...ordered].reverse()) Object.assign(metadata, knownFields(record));
  if (draft) Object.assign(metadata, knownFields(draft));
  let tags: string[] = [];
  for (const record of ordered) tags = withTags(tags, record.tags);
  const merged: Paper = {
    ...(metadata as Partial<Paper>),
    title: String(metadata.title ?? ''),
    authors: (metadata.authors as string[] | undefined) ?? [],
    url: String(metadata.url ?? ''),
    id,
    tags,
    status: newest.status,
    note: ordered.find((record) => record.note.trim())?.note ?? newest.note,
    savedAt: Math.min(...ordered.map((record) => record.savedAt)),
    updatedAt: now,
  };
  delete merged.readAt;
  delete (merged as StoredPaper).titleKey;
  if (newest.readAt !== undefined) merged.readAt = newest.readAt;
  return withIds(merged, id, aliases);
}

function withIds<T extends { id: string; aliases?: string[] }>(paper: T, id: string, aliases: readonly string[]): T {
  const out = { ...paper, id };
  if (aliases.length > 0) out.aliases = aliases.slice(0, MAX_ALIASES);
  else delete out.aliases;
  return out;
}

/**
 * How the library spells the tags it has: a function that gives each tag the library's spelling when it has the
 * tag in any case, so that "ML" added to a library that has "ml" becomes "ml". Reads each distinct tag once (the tags
 * index), for saving a few tags as for importing thousands. Call it inside the transaction that writes.
 */
export async function librarySpeller(db: ShelfDatabase): Promise<(tags: readonly string[]) => string[]> {
  const spellings = new Map<string, string>();
  for (const key of await db.papers.orderBy('tags').uniqueKeys()) {
    const tag = String(key);
    if (!spellings.has(tagKey(tag))) spellings.set(tagKey(tag), tag);
  }
  return (tags) => tags.map((tag) => spellings.get(tagKey(tag)) ?? tag);
}

/** The distinct records among these (by id), in the order first seen. */
function unique(papers: Iterable<Paper>): Paper[] {
  const byId = new Map<string, Paper>();
  for (const paper of papers) if (!byId.has(paper.id)) byId.set(paper.id, paper);
  return [...byId.values()];
}

/**
 * Every library operation. The only code that writes the database; each operation is one transaction,
 * and reports the ids it changed to `onChange` once it has committed.
 */
export class Library {
  constructor(
    readonly db: ShelfDatabase,
    private readonly onChange: (ids: ChangedIds) => void = () => {},
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * The one way to write: one transaction over papers and trash, its change notice sent once it has committed (a
   * write that rolls back announces nothing). Writes never nest: a nested one would announce before the outer
   * transaction commits. `scope.now` is the write's stamp (monotonic, see `stamp`).
   */
  async write<T>(work: (scope: WriteScope) => Promise<{ result: T; changed: ChangedIds }>): Promise<T> {
    if (Dexie.currentTransaction) throw new Error('library writes do not nest: one write, one transaction, one notice');
    let outcome: { result: T; changed: ChangedIds };
    try {
      outcome = await this.db.transaction('rw', [this.db.papers, this.db.trash], async () => work({ now: await this.stamp() }));
    } catch (error) {
      throw isQuotaError(error) ? new QuotaError() : error;
    }
    const { result, changed } = outcome;
    if (changed === 'all' || changed.length > 0) this.onChange(changed);
    return result;
  }

  /**
   * The time a write stamps: the wall clock, unless the library already holds a later `updatedAt` (the clock was
   * set back, or a record came from a machine whose clock was ahead), then one ms past it. So `updatedAt` only
   * goes forward: every edit is later than everything before it, which the views' cache and the merge rules rely on.
   */
  private async stamp(): Promise<number> {
    // Stored stamps a Date cannot hold (a broken record) are not believed.
    const [newest] = await this.db.papers.where('updatedAt').belowOrEqual(MAX_TIME).reverse().limit(1).keys();
    const now = this.now();
    return typeof newest === 'number' && newest >= now ? newest + 1 : now;
  }

  /** The library's spelling of each tag when it already has one (case-insensitive), else the tag as given. */
  private async librarySpelling(tags: readonly string[]): Promise<string[]> {
    const wanted = uniqueTags(tags);
    return wanted.length === 0 ? [] : (await librarySpeller(this.db))(wanted);
  }

  /**
   * The records whose id (`:id`) or index key is one of `keys`: found with a key cursor that jumps from key to key
   * (Dexie's anyOf), then only those read. A page asks for a thousand ids the library mostly does not have: a get
   * per id costs about 20 µs (a thousand, 20 ms), a cursor over values reads every record it lands on, and a key
   * cursor takes a step per key it meets.
   */
  private async recordsWhere(index: ':id' | 'aliases' | 'titleKey', keys: readonly string[]): Promise<StoredPaper[]> {
    if (keys.length === 0) return [];
    // A few ids are read at once (the cursor would cost more than it saves).
    const few = index === ':id' && keys.length <= 8;
    const ids = few
      ? [...keys]
      : [
          ...new Set(
            await this.db.papers
              .where(index)
              .anyOf([...keys])
              .primaryKeys(),
          ),
        ];
    return (await this.db.papers.bulkGet(ids)).filter((paper): paper is StoredPaper => paper !== undefined);
  }

  /** The saved records these ids name, as their `id` or one of their aliases: asked id → record. */
  private async resolve(ids: Iterable<string>): Promise<Map<string, Paper>> {
    const unique = [...new Set(ids)];
    const found = new Map<string, Paper>();
    if (unique.length === 0) return found;
    for (const paper of await this.recordsWhere(':id', unique)) found.set(paper.id, withoutDerived(paper));
    const missing = new Set(unique.filter((id) => !found.has(id)));
    if (missing.size > 0) {
      for (const stored of await this.recordsWhere('aliases', [...missing])) {
        const paper = withoutDerived(stored);
        for (const alias of paper.aliases ?? []) if (missing.has(alias) && !found.has(alias)) found.set(alias, paper);
      }
    }
    return found;
  }

  /**
   * The saved papers that cards showing no id the library knows are, by title and first author: card → paper,
   * only where exactly one saved paper matches and none of its ids is of a scheme the card has (two arXiv
   * papers with one title are two papers).
   */
  private async byTitle(cards: readonly CardKey[]): Promise<Map<CardKey, Paper>> {
    const keys = new Map<CardKey, string>();
    for (const card of cards) {
      const key = titleKey(card.title ?? '', card.author ? [card.author] : []);
      if (key) keys.set(card, key);
    }
    const matches = new Map<CardKey, Paper>();
    if (keys.size === 0) return matches;
    const candidates = new Map<string, StoredPaper[]>();
    for (const paper of await this.recordsWhere('titleKey', [...new Set(keys.values())])) {
      const list = candidates.get(paper.titleKey ?? '') ?? [];
      list.push(paper);
      candidates.set(paper.titleKey ?? '', list);
    }
    for (const [card, key] of keys) {
      const schemes = new Set([card.id, ...(card.aliases ?? [])].map(idScheme));
      const fit = (candidates.get(key) ?? []).filter((paper) => !paperIds(paper).some((id) => schemes.has(idScheme(id))));
      if (fit.length === 1 && fit[0]) matches.set(card, withoutDerived(fit[0]));
    }
    return matches;
  }

  /** The saved records each draft is: those named by any of its ids, else the one its title and author match. */
  private async recordsOf(drafts: readonly PaperDraft[]): Promise<Paper[][]> {
    const found = await this.resolve(drafts.flatMap(paperIds));
    const records = drafts.map((draft) => {
      const byId = new Map<string, Paper>();
      for (const id of paperIds(draft)) {
        const paper = found.get(id);
        if (paper) byId.set(paper.id, paper);
      }
      return [...byId.values()];
    });
    const unknown = drafts.filter((_, i) => records[i]?.length === 0);
    if (unknown.length > 0) {
      const cards = unknown.map((draft) => ({ draft, card: cardKeyOf(draft) }));
      const titled = await this.byTitle(cards.map((c) => c.card));
      const byDraft = new Map(cards.map(({ draft, card }) => [draft, titled.get(card)]));
      drafts.forEach((draft, i) => {
        const paper = byDraft.get(draft);
        if (paper) records[i] = [paper];
      });
    }
    return records;
  }

  /**
   * Saves papers (idempotent): new metadata is merged in; the user's tags, status, note and savedAt are kept. A
   * draft is the saved paper any of its ids names, or the one its title and first author match: the draft's ids
   * join that record's; when its ids name two records (a DOI record now seen with its arXiv id), they become one.
   */
  async saveMany(drafts: readonly PaperDraft[], extra: { tags?: string[]; status?: PaperStatus } = {}): Promise<Paper[]> {
    return this.write(async ({ now }) => {
      const tags = await this.librarySpelling(extra.tags ?? []);
      drafts = drafts.map((d) => withHttpLinks(d).paper);
      const matched = await this.recordsOf(drafts);
      // Every id of every record written so far → that record, so that later drafts merge into what earlier ones made.
      const current = new Map<string, Paper>();
      const written = new Map<string, Paper>();
      const gone = new Set<string>();
      drafts.forEach((draft, i) => {
        // Each record as this batch left it: one merged away earlier is reached through the record that replaced it.
        const records = new Map<string, Paper>();
        const add = (record: Paper | undefined) => {
          const latest = record && (current.get(record.id) ?? record);
          if (latest) records.set(latest.id, latest);
        };
        for (const record of matched[i] ?? []) add(record);
        for (const id of paperIds(draft)) add(current.get(id));
        const paper = mergeRecords([...records.values()], draft, now);
        paper.tags = withTags(paper.tags, tags);
        if (extra.status) Object.assign(paper, this.statusFields(paper, extra.status, now));
        for (const record of records.values()) {
          for (const id of paperIds(record)) current.set(id, paper);
          if (record.id !== paper.id) {
            gone.add(record.id);
            written.delete(record.id);
          }
        }
        for (const id of paperIds(paper)) current.set(id, paper);
        gone.delete(paper.id);
        written.set(paper.id, paper);
      });
      const papers = [...written.values()];
      if (gone.size > 0) await this.db.papers.bulkDelete([...gone]);
      await this.db.papers.bulkPut(papers);
      return { result: papers, changed: [...new Set([...papers.flatMap(paperIds), ...gone])] };
    });
  }

  async save(draft: PaperDraft, extra: { tags?: string[]; status?: PaperStatus } = {}): Promise<Paper> {
    const [paper] = await this.saveMany([draft], extra);
    if (!paper) throw new Error('save wrote nothing');
    return paper;
  }

  /** Moves papers (named by any of their ids) to the trash, whole (tags, status, note, dates); returns the ids it moved. */
  async remove(ids: readonly string[]): Promise<string[]> {
    return this.write(async ({ now }) => {
      const removed = unique((await this.resolve(ids)).values());
      await this.trashPapers(removed, now);
      return { result: removed.map((p) => p.id), changed: removed.flatMap(paperIds) };
    });
  }

  private async trashPapers(papers: readonly Paper[], now: number): Promise<void> {
    await this.db.trash.bulkPut(papers.map((paper) => ({ ...paper, removedAt: now })));
    await this.db.papers.bulkDelete(papers.map((p) => p.id));
  }

  /** Puts papers back exactly as given (the contract's `restore`: an undo that holds the records). */
  async restore(papers: readonly Paper[]): Promise<void> {
    await this.write(async ({ now }) => {
      // Stamped now, so that every view sees them come back (their own updatedAt may be older than what it has seen).
      await this.db.papers.bulkPut(papers.map((paper) => ({ ...withHttpLinks(paper).paper, updatedAt: now })));
      await this.db.trash.bulkDelete(papers.map((p) => p.id));
      return { result: undefined, changed: papers.flatMap(paperIds) };
    });
  }

  /**
   * Brings papers back from the trash with every field they had. A paper saved again meanwhile keeps that record,
   * with the trashed one's tags added and its note when it has none. Returns the ids brought back.
   */
  async untrash(ids: readonly string[]): Promise<string[]> {
    return this.write(async ({ now }) => {
      const unique = [...new Set(ids)];
      const trashed = (await this.db.trash.bulkGet(unique)).filter((p): p is TrashedPaper => p !== undefined);
      const present = await this.db.papers.bulkGet(trashed.map((p) => p.id));
      const back = trashed.map(({ removedAt: _, ...paper }, i): Paper => {
        const current = present[i];
        if (!current) return { ...paper, updatedAt: now };
        return { ...current, tags: withTags(current.tags, paper.tags), note: current.note || paper.note, updatedAt: now };
      });
      await this.db.papers.bulkPut(back);
      await this.db.trash.bulkDelete(back.map((p) => p.id));
      return { result: back.map((p) => p.id), changed: back.flatMap(paperIds) };
    });
  }

  /**
   * Makes the library exactly `papers` in one transaction (restoring a backup): they are put as given, stamped now
   * so that every view sees them; papers not among them move to the trash.
   */
  async replaceAll(papers: readonly Paper[]): Promise<{ restored: number; trashed: number }> {
    return this.write(async ({ now }) => {
      const keep = new Set(papers.map((p) => p.id));
      const gone = await this.db.papers.filter((p) => !keep.has(p.id)).toArray();
      await this.trashPapers(gone, now);
      await this.db.papers.bulkPut(papers.map((paper) => ({ ...withHttpLinks(paper).paper, updatedAt: now })));
      await this.db.trash.bulkDelete([...keep]);
      return { result: { restored: papers.length, trashed: gone.length }, changed: 'all' };
    });
  }

  /** Deletes papers from the trash for good: the given ids, or all of it. Returns how many. */
  async emptyTrash(ids?: readonly string[]): Promise<number> {
    return this.write(async () => {
      const gone = ids ? (await this.db.trash.bulkGet([...ids])).filter((p) => p !== undefined).length : await this.db.trash.count();
      if (ids) await this.db.trash.bulkDelete([...ids]);
      else await this.db.trash.clear();
      return { result: gone, changed: [] };
    });
  }

  /** Deletes what has been in the trash longer than TRASH_DAYS. Returns how many. */
  async purgeTrash(): Promise<number> {
    return this.write(async ({ now }) => {
      const gone = await this.db.trash
        .where('removedAt')
        .below(now - TRASH_DAYS * DAY_MS)
        .delete();
      return { result: gone, changed: [] };
    });
  }

  /**
   * Saves the paper when it is not in the library, moves it to the trash when it is. `shown` is whether the card
   * showed it saved: when the library says otherwise the card was stale (saved or removed elsewhere meanwhile), and
   * nothing changes; the reply is the current state, which the card then shows. A stale card never removes.
   */
  async toggle(given: PaperDraft, shown?: boolean): Promise<PaperState> {
    return (await this.toggleTelling(given, shown)).state;
  }

  /** `toggle`, telling also the ids of the records it moved to the trash (what the card's Undo brings back). */
  async toggleTelling(given: PaperDraft, shown?: boolean): Promise<{ state: PaperState; removed: string[] }> {
    const draft = withHttpLinks(given).paper;
    return this.write(async ({ now }) => {
      const [records = []] = await this.recordsOf([draft]);
      if (shown !== undefined && shown !== records.length > 0) return { result: { state: stateOf(records[0]), removed: [] }, changed: [] };
      if (records.length > 0) {
        await this.trashPapers(records, now);
        return {
          result: { state: UNSAVED, removed: records.map((record) => record.id) },
          changed: [...new Set([...records.flatMap(paperIds), ...paperIds(draft)])],
        };
      }
      const paper = mergeRecords([], draft, now);
      await this.db.papers.add(paper);
      return { result: { state: stateOf(paper), removed: [] }, changed: paperIds(paper) };
    });
  }

  /** The paper any of its ids names. */
  async get(id: string): Promise<Paper | undefined> {
    return (await this.resolve([id])).get(id);
  }

  /**
   * The state of many papers in one read, under each id asked. Cards (`cards`) are also looked up by their other
   * ids and, when none is known, by title and first author; their states come under the card's `id`.
   */
  async states(ids: readonly string[], cards: readonly CardKey[] = []): Promise<Record<string, PaperState>> {
    const found = await this.resolve([...ids, ...cards.flatMap((card) => [card.id, ...(card.aliases ?? [])])]);
    const states: Record<string, PaperState> = {};
    for (const id of ids) states[id] = stateOf(found.get(id));
    const unknown: CardKey[] = [];
    for (const card of cards) {
      const paper = [card.id, ...(card.aliases ?? [])].map((id) => found.get(id)).find(Boolean);
      if (paper) states[card.id] = stateOf(paper);
      else unknown.push(card);
    }
    const titled = await this.byTitle(unknown);
    for (const card of unknown) {
      const paper = titled.get(card);
      // Found by its title and first author: the page can tell the library the card's ids (PaperStates.complete).
      states[card.id] = paper ? { ...stateOf(paper), byTitle: true } : UNSAVED;
    }
    return states;
  }

  /** Applies `change` to each saved paper among `ids` (by any of its ids; unsaved ids are ignored) in one transaction. */
  private async update(ids: readonly string[], change: (paper: Paper, now: number) => Partial<Paper> | null): Promise<Paper[]> {
    return this.write(async ({ now }) => {
      const papers = unique((await this.resolve(ids)).values());
      const changed: Paper[] = [];
      for (const paper of papers) {
        const patch = change(paper, now);
        if (patch) changed.push({ ...paper, ...patch, updatedAt: now });
      }
      await this.db.papers.bulkPut(changed);
      return { result: changed, changed: changed.flatMap(paperIds) };
    });
  }

  private statusFields(paper: Paper, status: PaperStatus, now: number): Partial<Paper> {
    if (status === paper.status) return {};
    return status === 'read' ? { status, readAt: now } : { status, readAt: undefined };
  }

  async addTags(ids: readonly string[], tags: readonly string[]): Promise<Paper[]> {
    const spelled = await this.librarySpelling(tags);
    return this.update(ids, (paper) => {
      const next = withTags(paper.tags, spelled);
      return next.length === paper.tags.length ? null : { tags: next };
    });
  }

  async removeTags(ids: readonly string[], tags: readonly string[]): Promise<Paper[]> {
    return this.update(ids, (paper) => {
      const next = withoutTags(paper.tags, tags);
      return next.length === paper.tags.length ? null : { tags: next };
    });
  }

  async setTags(ids: readonly string[], tags: readonly string[]): Promise<Paper[]> {
    const spelled = await this.librarySpelling(tags);
    return this.update(ids, () => ({ tags: spelled }));
  }

  async setStatus(ids: readonly string[], status: PaperStatus): Promise<Paper[]> {
    return this.update(ids, (paper, now) => (paper.status === status ? null : this.statusFields(paper, status, now)));
  }

  async setNote(id: string, note: string): Promise<Paper | undefined> {
    const [paper] = await this.update([id], (p) => (p.note === note ? null : { note }));
    return paper ?? (await this.get(id));
  }

  /** Every tag with the number of papers carrying it, most used first (`tallyTags`), read from the tags index alone. */
  async tagCounts(): Promise<TagCount[]> {
    const tags: string[] = [];
    await this.db.papers.orderBy('tags').eachKey((key) => {
      tags.push(String(key));
    });
    return tallyTags(tags);
  }

  /** Renames a tag on every paper; when `to` already exists the two tags merge. Returns what undoes it. */
  async renameTag(from: string, to: string): Promise<TagUndo> {
    const [target] = await this.librarySpelling([to]);
    if (!target) throw new Error('the new tag name is empty');
    const undo: TagUndo = { tag: from, to: target, ids: [], hadTarget: [] };
    await this.update(await this.idsTagged(from), (paper) => {
      const spelled = paper.tags.find((t) => tagKey(t) === tagKey(from));
      if (spelled) undo.tag = spelled;
      undo.ids.push(paper.id);
      if (tagKey(from) !== tagKey(target) && paper.tags.some((t) => tagKey(t) === tagKey(target))) undo.hadTarget.push(paper.id);
      const renamed = paper.tags.map((t) => (tagKey(t) === tagKey(from) ? target : t));
      return { tags: uniqueTags(renamed) };
    });
    return undo;
  }

  /** Takes a tag off every paper. Returns what undoes it. */
  async deleteTag(tag: string): Promise<TagUndo> {
    const undo: TagUndo = { tag, ids: [], hadTarget: [] };
    await this.update(await this.idsTagged(tag), (paper) => {
      const next = withoutTags(paper.tags, [tag]);
      if (next.length === paper.tags.length) return null;
      undo.tag = paper.tags.find((t) => tagKey(t) === tagKey(tag)) ?? tag;
      undo.ids.push(paper.id);
      return { tags: next };
    });
    return undo;
  }

  /**
   * Undoes a deleteTag or renameTag: the papers it changed get `tag` back, and those that did not have `to`
   * before lose it again. Papers removed since are left alone. Returns how many papers changed.
   */
  async revertTag(undo: TagUndo): Promise<number> {
    const kept = new Set(undo.hadTarget);
    const papers = await this.update(undo.ids, (paper) => {
      let tags = paper.tags;
      if (undo.to !== undefined && tagKey(undo.to) !== tagKey(undo.tag) && !kept.has(paper.id)) tags = withoutTags(tags, [undo.to]);
      const back =
        tagKey(undo.to ?? '') === tagKey(undo.tag)
          ? tags.map((t) => (tagKey(t) === tagKey(undo.tag) ? undo.tag : t))
          : withTags(tags, [undo.tag]);
      return back.join('\u0000') === paper.tags.join('\u0000') ? null : { tags: back };
    });
    return papers.length;
  }

  private async idsTagged(tag: string): Promise<string[]> {
    return (await this.db.papers.where('tags').equalsIgnoreCase(tag).primaryKeys()) as string[];
  }
}
