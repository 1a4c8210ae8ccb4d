import type { ShelfDatabase, StoredBackup } from './db';
import { exportJson } from './export/json';
import { importJson } from './import/json';
import type { Library } from './library';

/** How many daily backups are kept: a week of days on which the library changed. */
export const KEPT_BACKUPS = 7;

/** The UTC day of a time, `YYYY-MM-DD`: a backup's id. */
export function backupDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * Keeps today's automatic backup: on the first change of a UTC day (the background calls this after every write)
 * it writes the whole library as a JSON backup (CONTRACT.md format) into the `backups` table, and drops all but the
 * newest KEPT_BACKUPS. Later changes that day leave the day's backup as it is: it is the library as it stood when
 * the day's work began, and the next day's holds the rest. Returns the backup written, or null.
 */
export async function backupIfDue(db: ShelfDatabase, now: number): Promise<StoredBackup | null> {
  const id = backupDay(now);
  if (await db.backups.get(id)) return null;
  return db.transaction('rw', [db.papers, db.backups, db.backupTexts], async () => {
    if (await db.backups.get(id)) return null;
    const papers = await db.papers.toArray();
    const text = exportJson(papers, { now: () => now });
    const info = { id, createdAt: now, count: papers.length, size: new Blob([text]).size };
    await db.backups.put(info);
    await db.backupTexts.put({ id, text });
    const old = (await db.backups.orderBy('id').reverse().primaryKeys()).slice(KEPT_BACKUPS);
    await db.backups.bulkDelete(old);
    await db.backupTexts.bulkDelete(old);
    return { ...info, text };
  });
}

/**
 * Makes the library what a stored backup holds, all or nothing: its papers come back as they were (every field), and
 * the papers it does not hold move to the trash (so that a restore, too, can be taken back). Returns the counts.
 */
export async function restoreBackup(library: Library, id: string): Promise<{ restored: number; trashed: number }> {
  const backup = await library.db.backupTexts.get(id);
  if (!backup) throw new Error(`there is no backup of ${id}`);
  const parsed = importJson(backup.text);
  if (!parsed.ok) throw new Error(`the backup of ${id} cannot be read: ${parsed.error}`);
  return library.replaceAll(parsed.papers);
}
