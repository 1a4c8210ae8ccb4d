import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { QuotaError } from '@/lib/library';
import { draft, freshLibrary } from '../helpers/library';

const full = () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));

describe('a full disk', () => {
  it('a save the browser has no room for is a readable QuotaError, and nothing is written or announced', async () => {
    const { db, library, changes } = freshLibrary();
    await library.save(draft(1));
    changes.length = 0;
    vi.spyOn(db.papers, 'bulkPut').mockImplementation(full as never);
    vi.spyOn(db.papers, 'put').mockImplementation(full as never);
    const saving = library.saveMany([draft(2), draft(3)]);
    await expect(saving).rejects.toBeInstanceOf(QuotaError);
    await expect(saving).rejects.toThrow(/no room left for Paper Shelf \(storage quota exceeded\): nothing was changed/);
    vi.restoreAllMocks();
    expect((await db.papers.toArray()).map((p) => p.id)).toEqual(['arxiv:2401.00001']);
    expect(changes).toEqual([]);
  });

  it('a removal that fills the disk half-way (the trash written, the papers not yet deleted) leaves the library as it was', async () => {
    const { db, library, changes } = freshLibrary();
    await library.saveMany([draft(1), draft(2)]);
    changes.length = 0;
    vi.spyOn(db.papers, 'bulkDelete').mockImplementation(full as never);
    await expect(library.remove(['arxiv:2401.00001', 'arxiv:2401.00002'])).rejects.toBeInstanceOf(QuotaError);
    vi.restoreAllMocks();
    expect(await db.papers.count()).toBe(2);
    expect(await db.trash.count()).toBe(0);
    expect(changes).toEqual([]);
  });

  it('other errors are not taken for a full disk', async () => {
    const { db, library } = freshLibrary();
    vi.spyOn(db.papers, 'bulkPut').mockImplementation((() => Promise.reject(new DOMException('broken', 'UnknownError'))) as never);
    vi.spyOn(db.papers, 'put').mockImplementation((() => Promise.reject(new DOMException('broken', 'UnknownError'))) as never);
    const saving = library.save(draft(1));
    await expect(saving).rejects.not.toBeInstanceOf(QuotaError);
    vi.restoreAllMocks();
  });
});
