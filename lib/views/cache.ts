import type { EntityTable } from 'dexie';
import type { Paper } from '@/lib/paper';

/**
 * The whole library in memory, kept current by reading only what changed: after the first full read, a sync reads
 * the primary keys (cheap) and the records whose `updatedAt` is at or after the newest one seen. This relies on
 * every write that changes a record advancing its `updatedAt` (lib/library.ts does); records that come back with
 * an old `updatedAt` (an undo) are new keys and are fetched by key.
 */
export class PaperCache {
  private readonly byId = new Map<string, Paper>();
  private newest = 0;
  private loaded = false;
  private snapshot: readonly Paper[] = [];

  get papers(): readonly Paper[] {
    return this.snapshot;
  }

  /**
   * Brings the cache up to date. Resolves with the papers: the same array when nothing changed, a new one otherwise.
   * Meant to run as a liveQuery querier, which tracks the reads made directly in it (so no outside promise chains
   * here); liveQuery may start a new run before an older one finishes, so applying is order-proof: a record never
   * goes back to an older version, and a key is only added after it has been read.
   */
  async sync(table: EntityTable<Paper, 'id'>): Promise<readonly Paper[]> {
    if (!this.loaded) {
      const all = await table.toArray();
      for (const paper of all) this.put(paper);
      this.loaded = true;
      this.snapshot = all;
      return this.snapshot;
    }
    const [keys, recent] = await Promise.all([
      table.toCollection().primaryKeys(),
      table.where('updatedAt').aboveOrEqual(this.newest).toArray(),
    ]);
    let changed = false;
    for (const paper of recent) {
      const known = this.byId.get(paper.id);
      if (known && (known.updatedAt > paper.updatedAt || (known.updatedAt === paper.updatedAt && sameRecord(known, paper)))) continue;
      this.put(paper);
      changed = true;
    }
    const present = new Set(keys);
    for (const id of this.byId.keys()) {
      if (!present.has(id)) {
        this.byId.delete(id);
        changed = true;
      }
    }
    const missing = keys.filter((id) => !this.byId.has(id));
    if (missing.length > 0) {
      for (const paper of await table.bulkGet(missing)) if (paper) this.put(paper);
      changed = true;
    }
    if (changed) this.snapshot = [...this.byId.values()];
    return this.snapshot;
  }

  private put(paper: Paper): void {
    this.byId.set(paper.id, paper);
    if (paper.updatedAt > this.newest) this.newest = paper.updatedAt;
  }
}

// Two writes within the same millisecond share an updatedAt; compare the user's fields too (cheap, no abstract).
function sameRecord(a: Paper, b: Paper): boolean {
  return a.status === b.status && a.note === b.note && a.title === b.title && a.tags.join('\u0000') === b.tags.join('\u0000');
}
