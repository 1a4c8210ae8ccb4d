import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { backupIfDue, KEPT_BACKUPS, restoreBackup } from '@/lib/backups';
import { ShelfDatabase } from '@/lib/db';
import { handleMessage } from '@/lib/router';
import { draft, freshLibrary } from '../helpers/library';

const DAY = 86_400_000;

describe('automatic backups', () => {
  it('keeps one JSON backup a day that the library changes, the newest seven', async () => {
    const { db, library, clock } = freshLibrary(Date.UTC(2026, 0, 1, 10));
    await library.save(draft(1), { tags: ['a'] });
    const first = await backupIfDue(db, clock.now());
    expect(first).toMatchObject({ id: '2026-01-01', count: 1 });
    expect(JSON.parse(first?.text ?? '')).toMatchObject({ format: 'paper-shelf', version: 1, papers: [{ id: draft(1).id, tags: ['a'] }] });
    expect(first?.size).toBe(new Blob([first?.text ?? '']).size);
    // Later the same day: no second backup.
    clock.advance(3_600_000);
    await library.save(draft(2));
    expect(await backupIfDue(db, clock.now())).toBeNull();
    for (let day = 1; day <= 9; day++) {
      clock.advance(DAY);
      await library.save(draft(10 + day));
      await backupIfDue(db, clock.now());
    }
    const ids = (await db.backups.orderBy('id').primaryKeys()) as string[];
    expect(ids).toHaveLength(KEPT_BACKUPS);
    expect(ids.at(-1)).toBe('2026-01-10');
    expect(ids[0]).toBe('2026-01-04');
    // The texts go with their backups; the list's rows hold no text.
    expect(await db.backupTexts.orderBy('id').primaryKeys()).toEqual(ids);
    expect(Object.keys((await db.backups.get('2026-01-10')) ?? {}).sort()).toEqual(['count', 'createdAt', 'id', 'size']);
  });

  it('schema version 5 moves the texts of the backups an older version kept out of the list', async () => {
    const name = `migrate-v4-${Math.random()}`;
    const v4 = new Dexie(name);
    v4.version(4).stores({
      papers: 'id, savedAt, updatedAt, *tags, *aliases, titleKey',
      trash: 'id, removedAt',
      backups: 'id, createdAt',
    });
    const text = '{"format":"paper-shelf","version":1,"papers":[]}';
    await v4.table('backups').bulkAdd([
      { id: '2026-01-01', createdAt: 1, count: 0, size: text.length, text },
      { id: '2026-01-02', createdAt: 2, count: 0, size: 0 },
    ]);
    v4.close();
    const db = new ShelfDatabase(name);
    expect(await db.backups.toArray()).toEqual([
      { id: '2026-01-01', createdAt: 1, count: 0, size: text.length },
      { id: '2026-01-02', createdAt: 2, count: 0, size: 0 },
    ]);
    expect(await db.backupTexts.toArray()).toEqual([{ id: '2026-01-01', text }]);
    expect(db.verno).toBe(5);
    db.close();
  });

  it('restores a backup all or nothing: its papers whole, the others to the trash', async () => {
    const { db, library, clock } = freshLibrary(Date.UTC(2026, 0, 1, 10));
    await library.save(draft(1), { tags: ['a'], status: 'read' });
    await library.setNote(draft(1).id, 'keep');
    await backupIfDue(db, clock.now());
    clock.advance(DAY);
    await library.setTags([draft(1).id], []);
    await library.save(draft(2));
    const reply = await handleMessage(
      library,
      { type: 'restoreBackup', id: '2026-01-01' },
      { openLibrary: async () => {}, importProgress: () => {} },
      'extension',
    );
    expect(reply).toEqual({ ok: true, restored: 1, trashed: 1 });
    expect(await db.papers.get(draft(1).id)).toMatchObject({ tags: ['a'], status: 'read', note: 'keep' });
    expect(await db.trash.get(draft(2).id)).toMatchObject({ title: draft(2).title });
    // A damaged backup changes nothing.
    await db.backups.put({ id: '2026-01-02', createdAt: 1, count: 1, size: 1 });
    await db.backupTexts.put({ id: '2026-01-02', text: '{"format":"paper-shelf","version":1,"papers":[{"id":"x"}]}' });
    const before = await db.papers.toArray();
    await expect(restoreBackup(library, '2026-01-02')).rejects.toThrow(/cannot be read/);
    expect(await db.papers.toArray()).toEqual(before);
  });

  it('is refused to a content script', async () => {
    const { library } = freshLibrary();
    expect(
      await handleMessage(
        library,
        { type: 'restoreBackup', id: '2026-01-01' },
        { openLibrary: async () => {}, importProgress: () => {} },
        'content',
      ),
    ).toMatchObject({ ok: false });
  });
});
