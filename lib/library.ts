import type { ShelfDatabase } from './db';
import { detailLevel, type Paper, type PaperDraft, type PaperStatus } from './paper';
import type { ChangedIds, PaperState, TagCount } from './protocol';
import { tagKey, uniqueTags, withoutTags, withTags } from './tags';

export const UNSAVED: PaperState = Object.freeze({ saved: false, tags: [], status: 'unread' }) as PaperState;

/** What a card shows for a paper: saved or not, its tags and status. */
export function stateOf(paper: Paper | undefined): PaperState {
  if (!paper) return UNSAVED;
  return { saved: true, tags: paper.tags, status: paper.status, ...(detailLevel(paper) < 2 ? { incomplete: true as const } : {}) };
}

/** Lowercased text a search matches against: title, authors, abstract, tags, note, id. */
export function searchText(paper: Paper): string {
  return [paper.title, paper.authors.join(' '), paper.abstract ?? '', paper.tags.join(' '), paper.note, paper.id]
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

  private async write<T>(work: () => Promise<{ result: T; changed: ChangedIds }>): Promise<T> {
    const { result, changed } = await this.db.transaction('rw', this.db.papers, work);
    if (changed === 'all' || changed.length > 0) this.onChange(changed);
    return result;
  }

  /** The library's spelling of each tag when it already has one (case-insensitive), else the tag as given. */
  private async librarySpelling(tags: readonly string[]): Promise<string[]> {
    const wanted = uniqueTags(tags);
    return wanted.length === 0 ? [] : (await librarySpeller(this.db))(wanted);
  }

  /** Saves papers (idempotent): new metadata is merged in; the user's tags, status, note and savedAt are kept. */
  async saveMany(drafts: readonly PaperDraft[], extra: { tags?: string[]; status?: PaperStatus } = {}): Promise<Paper[]> {
    return this.write(async () => {
      const tags = await this.librarySpelling(extra.tags ?? []);
      const ids = drafts.map((d) => d.id);
      const existing = await this.db.papers.bulkGet(ids);
      const now = this.now();
      const byId = new Map<string, Paper>();
      drafts.forEach((draft, i) => {
        const before = byId.get(draft.id) ?? existing[i];
        const paper: Paper = before
          ? { ...before, ...knownFields(draft), tags: withTags(before.tags, tags), updatedAt: now }
          : { ...draft, tags, status: 'unread', note: '', savedAt: now, updatedAt: now };
        if (extra.status) Object.assign(paper, this.statusFields(paper, extra.status, now));
        byId.set(draft.id, paper);
      });
      const papers = [...byId.values()];
      await this.db.papers.bulkPut(papers);
      return { result: papers, changed: papers.map((p) => p.id) };
    });
  }

  async save(draft: PaperDraft, extra: { tags?: string[]; status?: PaperStatus } = {}): Promise<Paper> {
    const [paper] = await this.saveMany([draft], extra);
    if (!paper) throw new Error('save wrote nothing');
    return paper;
  }

  /** Removes papers; returns the removed records so that an undo can put them back whole. */
  async remove(ids: readonly string[]): Promise<Paper[]> {
    return this.write(async () => {
      const removed = (await this.db.papers.bulkGet([...ids])).filter((p): p is Paper => p !== undefined);
      await this.db.papers.bulkDelete(removed.map((p) => p.id));
      return { result: removed, changed: removed.map((p) => p.id) };
    });
  }

  /** Puts removed papers back exactly as they were (undo of remove). */
  async restore(papers: readonly Paper[]): Promise<void> {
    await this.write(async () => {
      await this.db.papers.bulkPut([...papers]);
      return { result: undefined, changed: papers.map((p) => p.id) };
    });
  }

  /** Saves the paper when it is not in the library, removes it when it is. */
  async toggle(draft: PaperDraft): Promise<PaperState> {
    return this.write(async () => {
      const before = await this.db.papers.get(draft.id);
      if (before) {
        await this.db.papers.delete(draft.id);
        return { result: UNSAVED, changed: [draft.id] };
      }
      const now = this.now();
      const paper: Paper = { ...draft, tags: [], status: 'unread', note: '', savedAt: now, updatedAt: now };
      await this.db.papers.add(paper);
      return { result: stateOf(paper), changed: [draft.id] };
    });
  }

  async get(id: string): Promise<Paper | undefined> {
    return this.db.papers.get(id);
  }

  /** The state of many papers in one read. */
  async states(ids: readonly string[]): Promise<Record<string, PaperState>> {
    const unique = [...new Set(ids)];
    const papers = await this.db.papers.bulkGet(unique);
    return Object.fromEntries(unique.map((id, i) => [id, stateOf(papers[i])]));
  }

  /** Applies `change` to each saved paper among `ids` (unsaved ids are ignored) in one transaction. */
  private async update(ids: readonly string[], change: (paper: Paper, now: number) => Partial<Paper> | null): Promise<Paper[]> {
    return this.write(async () => {
      const papers = (await this.db.papers.bulkGet([...new Set(ids)])).filter((p): p is Paper => p !== undefined);
      const now = this.now();
      const changed: Paper[] = [];
      for (const paper of papers) {
        const patch = change(paper, now);
        if (patch) changed.push({ ...paper, ...patch, updatedAt: now });
      }
      await this.db.papers.bulkPut(changed);
      return { result: changed, changed: changed.map((p) => p.id) };
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

  /** Every tag with the number of papers carrying it, most used first. */
  async tagCounts(): Promise<TagCount[]> {
    const counts = new Map<string, TagCount>();
    await this.db.papers.orderBy('tags').eachKey((key) => {
      const tag = String(key);
      const entry = counts.get(tagKey(tag));
      if (entry) entry.count++;
      else counts.set(tagKey(tag), { tag, count: 1 });
    });
    return [...counts.values()].sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
  }

  /** Renames a tag on every paper; when `to` already exists the two tags merge. */
  async renameTag(from: string, to: string): Promise<number> {
    const [target] = await this.librarySpelling([to]);
    if (!target) throw new Error('the new tag name is empty');
    const papers = await this.update(await this.idsTagged(from), (paper) => {
      const renamed = paper.tags.map((t) => (tagKey(t) === tagKey(from) ? target : t));
      return { tags: uniqueTags(renamed) };
    });
    return papers.length;
  }

  async deleteTag(tag: string): Promise<number> {
    return (await this.removeTags(await this.idsTagged(tag), [tag])).length;
  }

  private async idsTagged(tag: string): Promise<string[]> {
    return (await this.db.papers.where('tags').equalsIgnoreCase(tag).primaryKeys()) as string[];
  }
}
