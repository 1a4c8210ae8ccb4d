import Dexie, { type DBCoreMutateRequest, type EntityTable } from 'dexie';
import { type Paper, type StoredPaper, titleKey } from './paper';
import { repairPaper, validTime } from './records';

export const DB_NAME = 'paper-shelf';

/** A removed paper, kept whole until it is restored or purged (30 days after `removedAt`). */
export type TrashedPaper = Paper & { removedAt: number };

/** One automatic local backup, as the list shows it; its text is in `backupTexts` under the same id. */
export interface BackupInfo {
  /** The day it was taken, `YYYY-MM-DD` (UTC): at most one a day. */
  id: string;
  createdAt: number;
  count: number;
  size: number;
}

/** A backup's JSON text (CONTRACT.md format): read only to restore or download it. */
export interface BackupText {
  id: string;
  text: string;
}

/** A backup with its text, as it is taken. */
export type StoredBackup = BackupInfo & { text: string };

/** The library's IndexedDB database. Versions are appended, never edited. */
export class ShelfDatabase extends Dexie {
  papers!: EntityTable<Paper, 'id'>;
  trash!: EntityTable<TrashedPaper, 'id'>;
  backups!: EntityTable<BackupInfo, 'id'>;
  backupTexts!: EntityTable<BackupText, 'id'>;

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
    // v3: the views sort and filter in memory (lib/views), so the indexes only a query nobody called used are
    // dropped; papers are found by every id they have (`aliases`, multi-entry); removed papers wait in `trash`;
    // `backups` holds the automatic daily backups. No record changes shape: no upgrade function.
    this.version(3).stores({
      papers: 'id, savedAt, updatedAt, *tags, *aliases',
      trash: 'id, removedAt',
      backups: 'id, createdAt',
    });
    // v4: a paper that shows no id the library knows is found by its title and first author (`titleKey`, which
    // every write of a paper sets: see withTitleKeys).
    this.version(4)
      .stores({ papers: 'id, savedAt, updatedAt, *tags, *aliases, titleKey' })
      .upgrade((tx) =>
        tx
          .table('papers')
          .toCollection()
          .modify((paper: Paper & { titleKey?: string }) => {
            const key = titleKey(paper.title ?? '', paper.authors ?? []);
            if (key) paper.titleKey = key;
            else delete paper.titleKey;
          }),
      );
    // v5: a backup's text (the whole library, some 6 MB a thousand papers) moves to `backupTexts`, so that listing
    // the backups reads a few numbers, not seven libraries.
    this.version(5)
      .stores({ backupTexts: 'id' })
      .upgrade(async (tx) => {
        const stored = (await tx.table('backups').toArray()) as Partial<StoredBackup>[];
        const texts = stored.flatMap(({ id, text }) => (typeof id === 'string' && typeof text === 'string' ? [{ id, text }] : []));
        await tx.table('backupTexts').bulkPut(texts);
        await tx
          .table('backups')
          .toCollection()
          .modify((backup: Partial<StoredBackup>) => {
            delete backup.text;
          });
      });
    this.use({ stack: 'dbcore', name: 'titleKey', create: withTitleKeys });
    // The read boundary: every record read (get, bulkGet, toArray, each…) is repaired before anyone sees it, so a
    // record some older version, another tool or a bug wrote cannot throw in a view or an export (lib/records.ts).
    // (A lookup of a missing key reads `undefined`, which stays undefined.)
    this.papers.hook('reading', (record) => (record == null ? record : repairPaper(record)));
    this.trash.hook('reading', (record) =>
      record == null ? record : { ...repairPaper(record), removedAt: validTime(record.removedAt) ?? 0 },
    );
  }
}

function keyed(paper: StoredPaper): StoredPaper {
  if (typeof paper !== 'object' || paper === null) return paper;
  const key = titleKey(typeof paper.title === 'string' ? paper.title : '', Array.isArray(paper.authors) ? paper.authors : []);
  if (key === paper.titleKey) return paper;
  const copy = { ...paper };
  if (key) copy.titleKey = key;
  else delete copy.titleKey;
  return copy;
}

/** Middleware: every paper written, whoever writes it (a save, an import, a migration), carries its title key. */
function withTitleKeys(down: Parameters<Parameters<Dexie['use']>[0]['create']>[0]): typeof down {
  return {
    ...down,
    table(name) {
      const table = down.table(name);
      if (name !== 'papers') return table;
      return {
        ...table,
        mutate(request: DBCoreMutateRequest) {
          if (request.type !== 'add' && request.type !== 'put') return table.mutate(request);
          return table.mutate({ ...request, values: request.values.map(keyed) });
        },
      };
    },
  };
}

let shared: ShelfDatabase | undefined;

/** The extension's one database instance (opened lazily on first use). */
export function database(): ShelfDatabase {
  shared ??= new ShelfDatabase();
  return shared;
}
