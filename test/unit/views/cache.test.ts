import { describe, expect, it } from 'vitest';
import { PaperCache } from '@/lib/views/cache';
import { draft, freshLibrary } from '../../helpers/library';

const sortedIds = (papers: readonly { id: string }[]) => papers.map((p) => p.id).sort();

describe('PaperCache', () => {
  it('reads the whole library once, then only what changed', async () => {
    const { db, library, clock } = freshLibrary();
    await library.saveMany([draft(1), draft(2), draft(3)]);
    const cache = new PaperCache();
    const first = await cache.sync(db.papers);
    expect(sortedIds(first)).toEqual(['arxiv:2401.00001', 'arxiv:2401.00002', 'arxiv:2401.00003']);

    // Nothing changed: the same array, so views can skip work.
    expect(await cache.sync(db.papers)).toBe(first);

    clock.advance();
    await library.addTags(['arxiv:2401.00002'], ['rl']);
    const tagged = await cache.sync(db.papers);
    expect(tagged).not.toBe(first);
    expect(tagged.find((p) => p.id === 'arxiv:2401.00002')?.tags).toEqual(['rl']);
    // Unchanged records keep their identity (search caches key on it).
    expect(tagged.find((p) => p.id === 'arxiv:2401.00001')).toBe(first.find((p) => p.id === 'arxiv:2401.00001'));
  });

  it('sees removals and an undo that brings back records with their old updatedAt', async () => {
    const { db, library, clock } = freshLibrary();
    await library.saveMany([draft(1), draft(2)]);
    await library.addTags(['arxiv:2401.00001'], ['keep']);
    const cache = new PaperCache();
    await cache.sync(db.papers);
    clock.advance();
    const removed = await library.get('arxiv:2401.00001');
    await library.remove(['arxiv:2401.00001']);
    expect(sortedIds(await cache.sync(db.papers))).toEqual(['arxiv:2401.00002']);
    // A record put back as it was, with its old updatedAt, straight into the table.
    if (removed) await db.papers.put(removed);
    const back = await cache.sync(db.papers);
    expect(sortedIds(back)).toEqual(['arxiv:2401.00001', 'arxiv:2401.00002']);
    expect(back.find((p) => p.id === 'arxiv:2401.00001')?.tags).toEqual(['keep']);
  });

  it('sees two edits of the same record within one millisecond', async () => {
    const { db, library } = freshLibrary();
    await library.save(draft(1));
    const cache = new PaperCache();
    await cache.sync(db.papers);
    // The fake clock does not move: both writes carry the same updatedAt.
    await library.setStatus(['arxiv:2401.00001'], 'read');
    expect((await cache.sync(db.papers))[0]?.status).toBe('read');
    await library.setNote('arxiv:2401.00001', 'good');
    expect((await cache.sync(db.papers))[0]?.note).toBe('good');
  });

  it('never goes back to an older version when overlapping syncs finish out of order', async () => {
    const { db, library, clock } = freshLibrary();
    await library.save(draft(1));
    const cache = new PaperCache();
    await cache.sync(db.papers);
    clock.advance();
    await library.setStatus(['arxiv:2401.00001'], 'reading');
    const early = cache.sync(db.papers);
    clock.advance();
    const late = (async () => {
      await library.setStatus(['arxiv:2401.00001'], 'read');
      return cache.sync(db.papers);
    })();
    await Promise.all([early, late]);
    expect((await cache.sync(db.papers))[0]?.status).toBe('read');
  });

  it('gives overlapping first syncs the same whole library', async () => {
    const { db, library } = freshLibrary();
    await library.saveMany([draft(1), draft(2)]);
    const cache = new PaperCache();
    const [a, b] = await Promise.all([cache.sync(db.papers), cache.sync(db.papers)]);
    expect(sortedIds(a)).toEqual(sortedIds(b));
    expect(a).toHaveLength(2);
  });
});

describe('PaperCache with a clock that jumps', () => {
  it('sees every edit while the wall clock steps back and forward', async () => {
    const { db, library, clock } = freshLibrary();
    await library.saveMany([draft(1), draft(2)]);
    const cache = new PaperCache();
    await cache.sync(db.papers);
    const steps = [-3_600_000, 86_400_000 * 400, -86_400_000 * 800, 1, 0, -1, 86_400_000];
    for (const [i, step] of steps.entries()) {
      clock.advance(step);
      const id = i % 2 === 0 ? 'arxiv:2401.00001' : 'arxiv:2401.00002';
      await library.setNote(id, `edit ${i}`);
      const seen = await cache.sync(db.papers);
      expect(seen.find((p) => p.id === id)?.note).toBe(`edit ${i}`);
    }
  });
});
