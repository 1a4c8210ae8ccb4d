import Dexie, { type EntityTable } from 'dexie';
import type { Paper } from './paper';

export const DB_NAME = 'paper-shelf';

/** The library's IndexedDB database. Versions are appended, never edited. */
export class ShelfDatabase extends Dexie {
  papers!: EntityTable<Paper, 'id'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    // v1: the first release: papers by id, listed by save date.
    this.version(1).stores({ papers: 'id, savedAt' });
    // v2: indexes for the views (tags, status, dates, upvotes, title); records gain note/updatedAt.
    this.version(2)
      .stores({ papers: 'id, savedAt, updatedAt, publishedAt, *tags, status, title, upvotes' })
      .upgrade((tx) =>
        tx
          .table('papers')
          .toCollection()
          .modify((paper: Partial<Paper>) => {
            paper.tags ??= [];
            paper.status ??= 'unread';
            paper.note ??= '';
            paper.authors ??= [];
            paper.updatedAt ??= paper.savedAt ?? Date.now();
          }),
      );
  }
}

let shared: ShelfDatabase | undefined;

/** The extension's one database instance (opened lazily on first use). */
export function database(): ShelfDatabase {
  shared ??= new ShelfDatabase();
  return shared;
}
