import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ShelfDatabase } from '@/lib/db';
import { UNSAVED } from '@/lib/library';
import { cardKeyOf, type PaperDraft } from '@/lib/paper';
import { countTags } from '@/lib/views/query';
import { draft, freshLibrary } from '../helpers/library';

describe('save', () => {
  it('stores a new paper with defaults and reports the change', async () => {
    const { library, changes } = freshLibrary();
    const paper = await library.save(draft(1, { abstract: 'About things.' }));
    expect(paper).toEqual({
      ...draft(1, { abstract: 'About things.' }),
      tags: [],
      status: 'unread',
      note: '',
      savedAt: 1_700_000_000_000,
      updatedAt: 1_700_000_000_000,
    });
    expect(await library.get('arxiv:2401.00001')).toEqual(paper);
    expect(changes).toEqual([['arxiv:2401.00001']]);
  });

  it('is idempotent and merges new metadata without touching tags, status, note or savedAt', async () => {
    const { library, clock } = freshLibrary();
    await library.save(draft(1, { abstract: 'Old abstract', upvotes: 3 }));
    await library.addTags(['arxiv:2401.00001'], ['rl']);
    await library.setStatus(['arxiv:2401.00001'], 'reading');
    await library.setNote('arxiv:2401.00001', 'my note');
    clock.advance();
    const merged = await library.save(draft(1, { title: 'Better title', abstract: '', authors: [], upvotes: 10 }), { tags: ['vision'] });
    expect(merged).toMatchObject({
      title: 'Better title',
      abstract: 'Old abstract',
      authors: ['Author 1'],
      upvotes: 10,
      tags: ['rl', 'vision'],
      status: 'reading',
      note: 'my note',
      savedAt: 1_700_000_000_000,
      updatedAt: 1_700_000_001_000,
    });
    expect(await library.db.papers.count()).toBe(1);
  });

  it('saves many at once with tags and a status, once per id', async () => {
    const { library } = freshLibrary();
    const saved = await library.saveMany([draft(1), draft(2), draft(1)], { tags: ['batch'], status: 'read' });
    expect(saved.map((p) => p.id)).toEqual(['arxiv:2401.00001', 'arxiv:2401.00002']);
    expect(saved.every((p) => p.status === 'read' && p.readAt === 1_700_000_000_000 && p.tags[0] === 'batch')).toBe(true);
    expect(await library.db.papers.count()).toBe(2);
  });
});

describe('remove, restore and toggle', () => {
  it('moves removed papers to the trash whole, and untrash brings them back with every field', async () => {
    const { library, db, clock } = freshLibrary();
    await library.save(draft(1, { abstract: 'A', pdfUrl: 'https://arxiv.org/pdf/2401.00001' }), { tags: ['keep me'], status: 'read' });
    await library.setNote('arxiv:2401.00001', 'n');
    const before = await library.get('arxiv:2401.00001');
    clock.advance();
    expect(await library.remove(['arxiv:2401.00001', 'arxiv:2401.09999'])).toEqual(['arxiv:2401.00001']);
    expect(await library.get('arxiv:2401.00001')).toBeUndefined();
    expect(await db.trash.get('arxiv:2401.00001')).toEqual({ ...before, removedAt: clock.now() });
    clock.advance();
    expect(await library.untrash(['arxiv:2401.00001'])).toEqual(['arxiv:2401.00001']);
    expect(await library.get('arxiv:2401.00001')).toEqual({ ...before, updatedAt: clock.now() });
    expect(await db.trash.count()).toBe(0);
  });

  it('unsaving with toggle moves the paper to the trash too', async () => {
    const { library, db } = freshLibrary();
    await library.save(draft(1), { tags: ['t'] });
    expect(await library.toggle(draft(1), true)).toEqual(UNSAVED);
    expect((await db.trash.get('arxiv:2401.00001'))?.tags).toEqual(['t']);
  });

  it('a stale toggle (the card showed another state) changes nothing and answers the current state', async () => {
    const { library, db, changes } = freshLibrary();
    await library.save(draft(1), { tags: ['mine'] });
    changes.length = 0;
    // The card still shows "Save" (it was saved elsewhere meanwhile): clicking it must not delete the paper.
    expect(await library.toggle(draft(1), false)).toEqual({ saved: true, id: 'arxiv:2401.00001', tags: ['mine'], status: 'unread' });
    expect(await db.papers.count()).toBe(1);
    await library.remove(['arxiv:2401.00001']);
    changes.length = 0;
    // The card shows "Saved" but the paper was removed elsewhere: clicking it must not save it again.
    expect(await library.toggle(draft(1), true)).toEqual(UNSAVED);
    expect(await db.papers.count()).toBe(0);
    expect(changes).toEqual([]);
  });

  it('purges what has been in the trash more than 30 days, and empties it on demand', async () => {
    const { library, db, clock } = freshLibrary();
    await library.saveMany([draft(1), draft(2), draft(3)]);
    await library.remove(['arxiv:2401.00001']);
    clock.advance(20 * 86_400_000);
    await library.remove(['arxiv:2401.00002', 'arxiv:2401.00003']);
    clock.advance(11 * 86_400_000);
    expect(await library.purgeTrash()).toBe(1);
    expect((await db.trash.toCollection().primaryKeys()).sort()).toEqual(['arxiv:2401.00002', 'arxiv:2401.00003']);
    expect(await library.emptyTrash(['arxiv:2401.00002'])).toBe(1);
    expect(await library.emptyTrash()).toBe(1);
    expect(await db.trash.count()).toBe(0);
  });

  it('toggles a paper in and out of the library', async () => {
    const { library, changes } = freshLibrary();
    expect(await library.toggle(draft(1))).toEqual({ saved: true, id: 'arxiv:2401.00001', tags: [], status: 'unread' });
    expect(await library.toggle(draft(1))).toEqual(UNSAVED);
    expect(await library.db.papers.count()).toBe(0);
    expect(changes).toEqual([['arxiv:2401.00001'], ['arxiv:2401.00001']]);
  });

  it('reports no change when nothing changed', async () => {
    const { library, changes } = freshLibrary();
    await library.remove(['arxiv:2401.00001']);
    await library.addTags(['arxiv:2401.00001'], ['x']);
    expect(changes).toEqual([]);
  });
});

describe('states', () => {
  it('answers for many ids in one call, saved or not', async () => {
    const { library } = freshLibrary();
    await library.save(draft(1), { tags: ['a'] });
    expect(await library.states(['arxiv:2401.00001', 'arxiv:2401.00002', 'arxiv:2401.00001'])).toEqual({
      'arxiv:2401.00001': { saved: true, id: 'arxiv:2401.00001', tags: ['a'], status: 'unread' },
      'arxiv:2401.00002': { saved: false, tags: [], status: 'unread' },
    });
  });

  it('marks a paper saved without details as incomplete until a save brings them, keeping what the user set', async () => {
    const { library, db } = freshLibrary();
    await library.save({ id: 'arxiv:2401.00001', title: '', authors: [], url: 'https://arxiv.org/abs/2401.00001' }, { tags: ['rl'] });
    await library.setStatus(['arxiv:2401.00001'], 'reading');
    await library.setNote('arxiv:2401.00001', 'ask Ana');
    expect((await library.states(['arxiv:2401.00001']))['arxiv:2401.00001']).toEqual({
      saved: true,
      id: 'arxiv:2401.00001',
      tags: ['rl'],
      status: 'reading',
      incomplete: true,
    });
    await library.save(draft(1));
    expect((await library.states(['arxiv:2401.00001']))['arxiv:2401.00001']).toEqual({
      saved: true,
      id: 'arxiv:2401.00001',
      tags: ['rl'],
      status: 'reading',
    });
    expect(await db.papers.get('arxiv:2401.00001')).toMatchObject({ title: draft(1).title, note: 'ask Ana', status: 'reading' });
  });

  it('marks a paper saved with its title but no authors (a card the page had no data for yet) as incomplete', async () => {
    const { library, db } = freshLibrary();
    await library.toggle({ id: 'arxiv:2401.00001', title: 'Shown title', authors: [], url: 'https://arxiv.org/abs/2401.00001' });
    expect((await library.states(['arxiv:2401.00001']))['arxiv:2401.00001']).toEqual({
      saved: true,
      id: 'arxiv:2401.00001',
      tags: [],
      status: 'unread',
      incomplete: true,
    });
    await library.save(draft(1));
    expect((await library.states(['arxiv:2401.00001']))['arxiv:2401.00001']).toEqual({
      saved: true,
      id: 'arxiv:2401.00001',
      tags: [],
      status: 'unread',
    });
    expect((await db.papers.get('arxiv:2401.00001'))?.authors).toEqual(draft(1).authors);
  });
});

describe('tags', () => {
  it('trims, keeps case-insensitive unique tags, allows many words, and reuses the library spelling', async () => {
    const { library } = freshLibrary();
    await library.saveMany([draft(1), draft(2)]);
    await library.addTags(['arxiv:2401.00001'], ['  Reinforcement   Learning ', 'rl', 'RL']);
    expect((await library.get('arxiv:2401.00001'))?.tags).toEqual(['Reinforcement Learning', 'rl']);
    await library.addTags(['arxiv:2401.00002'], ['reinforcement learning', '', '   ']);
    expect((await library.get('arxiv:2401.00002'))?.tags).toEqual(['Reinforcement Learning']);
  });

  it('has no arbitrary cap on the number of tags', async () => {
    const { library } = freshLibrary();
    await library.save(draft(1));
    const many = Array.from({ length: 300 }, (_, i) => `tag ${i}`);
    await library.addTags(['arxiv:2401.00001'], many);
    expect((await library.get('arxiv:2401.00001'))?.tags).toHaveLength(300);
  });

  it('removes and sets tags without regard to case, and ignores unsaved ids', async () => {
    const { library } = freshLibrary();
    await library.save(draft(1), { tags: ['a', 'B', 'c'] });
    await library.removeTags(['arxiv:2401.00001', 'arxiv:2401.00002'], ['b', 'A']);
    expect((await library.get('arxiv:2401.00001'))?.tags).toEqual(['c']);
    await library.setTags(['arxiv:2401.00001'], ['x', 'X', 'y']);
    expect((await library.get('arxiv:2401.00001'))?.tags).toEqual(['x', 'y']);
    expect(await library.get('arxiv:2401.00002')).toBeUndefined();
  });

  it('counts tags, most used first', async () => {
    const { library } = freshLibrary();
    await library.save(draft(1), { tags: ['rl', 'vision'] });
    await library.save(draft(2), { tags: ['RL'] });
    await library.save(draft(3), { tags: ['agents'] });
    expect(await library.tagCounts()).toEqual([
      { tag: 'rl', count: 2 },
      { tag: 'agents', count: 1 },
      { tag: 'vision', count: 1 },
    ]);
  });

  it('counts tags in the order the popup and the library page count them', async () => {
    const { library, db } = freshLibrary();
    await library.save(draft(1), { tags: ['v10', 'Émile', 'beta'] });
    await library.save(draft(2), { tags: ['v2', 'BETA', 'Alpha'] });
    await library.save(draft(3), { tags: ['zeta'] });
    const counts = await library.tagCounts();
    expect(counts).toEqual(countTags(await db.papers.toArray()));
    // Case and accents aside, numbers by value: what localeCompare alone gets wrong.
    expect(counts.map((t) => t.tag)).toEqual(['beta', 'Alpha', 'Émile', 'v2', 'v10', 'zeta']);
  });

  it('renames a tag across all papers in one go, merging into an existing tag', async () => {
    const { library } = freshLibrary();
    await library.save(draft(1), { tags: ['rl', 'vision'] });
    await library.save(draft(2), { tags: ['rl'] });
    await library.save(draft(3), { tags: ['reinforcement learning', 'rl'] });
    await library.save(draft(4), { tags: ['reinforcement learning'] });
    expect((await library.renameTag('RL', 'Reinforcement Learning')).ids).toHaveLength(3);
    const tags = await Promise.all([1, 2, 3, 4].map(async (n) => (await library.get(draft(n).id))?.tags));
    expect(tags).toEqual([
      ['reinforcement learning', 'vision'],
      ['reinforcement learning'],
      ['reinforcement learning'],
      ['reinforcement learning'],
    ]);
    await expect(library.renameTag('vision', '   ')).rejects.toThrow(/empty/);
  });

  it('deletes a tag from every paper', async () => {
    const { library } = freshLibrary();
    await library.save(draft(1), { tags: ['old', 'keep'] });
    await library.save(draft(2), { tags: ['OLD'] });
    expect((await library.deleteTag('old')).ids).toHaveLength(2);
    expect(await library.tagCounts()).toEqual([{ tag: 'keep', count: 1 }]);
  });
});

describe('status and note', () => {
  it('sets status with readAt when read, and clears readAt otherwise', async () => {
    const { library, clock } = freshLibrary();
    await library.saveMany([draft(1), draft(2)]);
    clock.advance(5000);
    await library.setStatus(['arxiv:2401.00001', 'arxiv:2401.00002'], 'read');
    expect(await library.get('arxiv:2401.00001')).toMatchObject({
      status: 'read',
      readAt: 1_700_000_005_000,
      updatedAt: 1_700_000_005_000,
    });
    await library.setStatus(['arxiv:2401.00001'], 'reading');
    const paper = await library.get('arxiv:2401.00001');
    expect(paper?.status).toBe('reading');
    expect(paper?.readAt).toBeUndefined();
  });

  it('sets a note', async () => {
    const { library } = freshLibrary();
    await library.save(draft(1));
    expect((await library.setNote('arxiv:2401.00001', 'Read section 3'))?.note).toBe('Read section 3');
  });
});

describe('concurrency', () => {
  it('loses no tag when many edits race on the same papers', async () => {
    const { library } = freshLibrary();
    await library.saveMany([draft(1), draft(2)]);
    await Promise.all(Array.from({ length: 100 }, (_, i) => library.addTags([draft(1).id, draft(2).id], [`t${i}`])));
    expect((await library.get(draft(1).id))?.tags).toHaveLength(100);
    expect((await library.get(draft(2).id))?.tags).toHaveLength(100);
  });
});

describe('schema migration', () => {
  it('upgrades a version 1 database and keeps every paper', async () => {
    const name = `migrate-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({ papers: 'id, savedAt' });
    await v1.table('papers').bulkAdd([
      {
        id: 'arxiv:2401.00001',
        title: 'Old one',
        authors: ['A'],
        url: 'https://arxiv.org/abs/2401.00001',
        tags: ['rl'],
        status: 'read',
        savedAt: 5,
      },
      { id: 'arxiv:2401.00002', title: 'Older', authors: ['B'], url: 'https://arxiv.org/abs/2401.00002', savedAt: 3 },
    ]);
    v1.close();
    const db = new ShelfDatabase(name);
    const papers = await db.papers.orderBy('savedAt').toArray();
    expect(papers).toEqual([
      {
        id: 'arxiv:2401.00002',
        title: 'Older',
        authors: ['B'],
        url: 'https://arxiv.org/abs/2401.00002',
        savedAt: 3,
        tags: [],
        status: 'unread',
        note: '',
        updatedAt: 3,
        titleKey: 'older|b',
      },
      {
        id: 'arxiv:2401.00001',
        title: 'Old one',
        authors: ['A'],
        url: 'https://arxiv.org/abs/2401.00001',
        tags: ['rl'],
        status: 'read',
        savedAt: 5,
        note: '',
        updatedAt: 5,
        titleKey: 'old one|a',
      },
    ]);
    expect(await db.papers.where('tags').equals('rl').count()).toBe(1);
    expect(db.verno).toBeGreaterThanOrEqual(2);
  });
});

describe('schema version 3', () => {
  it('upgrades a version 2 database: every paper kept, found by tag and alias, with a trash and backups', async () => {
    const name = `migrate-v2-${Math.random()}`;
    const v2 = new Dexie(name);
    v2.version(2).stores({ papers: 'id, savedAt, updatedAt, publishedAt, *tags, status, title, upvotes' });
    const paper = {
      id: 'arxiv:2401.00001',
      title: 'Kept',
      authors: ['A'],
      url: 'https://arxiv.org/abs/2401.00001',
      tags: ['rl'],
      status: 'read',
      note: 'n',
      savedAt: 5,
      updatedAt: 6,
      publishedAt: '2024-01-01',
      upvotes: 3,
    };
    await v2.table('papers').add(paper);
    v2.close();
    const db = new ShelfDatabase(name);
    expect(await db.papers.toArray()).toEqual([{ ...paper, titleKey: 'kept|a' }]);
    expect(await db.papers.where('tags').equals('rl').count()).toBe(1);
    await db.papers.update(paper.id, { aliases: ['doi:10.1/x'] });
    expect((await db.papers.where('aliases').equals('doi:10.1/x').first())?.id).toBe(paper.id);
    const indexes = db.papers.schema.indexes.map((index) => index.name).sort();
    expect(indexes).toEqual(['aliases', 'savedAt', 'tags', 'titleKey', 'updatedAt']);
    expect(await db.trash.count()).toBe(0);
    expect(await db.backups.count()).toBe(0);
    expect(db.verno).toBe(5);
  });
});

describe('a paper known by every id it has', () => {
  const acl = (extra: Partial<PaperDraft> = {}): PaperDraft => ({
    id: 'doi:10.18653/v1/2023.findings-emnlp.725',
    aliases: ['acl:2023.findings-emnlp.725'],
    title: 'Where to Go Next: A Study of Émergent Skills',
    authors: ['Ana Pérez', 'Bo Pan'],
    url: 'https://aclanthology.org/2023.findings-emnlp.725/',
    venue: 'Findings of EMNLP 2023',
    year: 2023,
    ...extra,
  });
  const arxivCopy = (extra: Partial<PaperDraft> = {}): PaperDraft => ({
    id: 'arxiv:2310.04444',
    aliases: ['doi:10.18653/v1/2023.findings-emnlp.725'],
    // The preprint's title differs: only the ids can tell it is the same paper.
    title: 'Where to go next (extended version)',
    authors: ['Ana Perez'],
    url: 'https://arxiv.org/abs/2310.04444',
    abstract: 'From arXiv.',
    ...extra,
  });

  it('finds a paper by any of its ids: states, tags, status, note, get and remove', async () => {
    const { library } = freshLibrary();
    await library.save(acl());
    const state = (await library.states(['acl:2023.findings-emnlp.725']))['acl:2023.findings-emnlp.725'];
    expect(state).toMatchObject({ saved: true, id: 'doi:10.18653/v1/2023.findings-emnlp.725' });
    await library.addTags(['acl:2023.findings-emnlp.725'], ['nlp']);
    await library.setStatus(['acl:2023.findings-emnlp.725'], 'reading');
    await library.setNote('acl:2023.findings-emnlp.725', 'seen at EMNLP');
    expect(await library.get('acl:2023.findings-emnlp.725')).toMatchObject({
      id: 'doi:10.18653/v1/2023.findings-emnlp.725',
      tags: ['nlp'],
      status: 'reading',
      note: 'seen at EMNLP',
    });
    expect(await library.remove(['acl:2023.findings-emnlp.725'])).toEqual(['doi:10.18653/v1/2023.findings-emnlp.725']);
    expect(await library.db.papers.count()).toBe(0);
    expect((await library.db.trash.toArray()).map((p) => p.aliases)).toEqual([['acl:2023.findings-emnlp.725']]);
  });

  it('merges a DOI record and an arXiv record into one when a save shows both ids, in one transaction', async () => {
    const { library, clock, changes } = freshLibrary();
    await library.save(acl(), { tags: ['nlp'] });
    clock.advance();
    await library.save({ ...arxivCopy(), aliases: [] }, { tags: ['later'] });
    await library.setStatus(['arxiv:2310.04444'], 'read');
    await library.setNote('arxiv:2310.04444', 'the newer note');
    await library.setNote('doi:10.18653/v1/2023.findings-emnlp.725', '');
    expect(await library.db.papers.count()).toBe(2);
    clock.advance();
    changes.length = 0;
    // The arXiv page now shows the DOI: the two records are one paper.
    const merged = await library.save(arxivCopy());
    expect(merged).toMatchObject({
      id: 'arxiv:2310.04444',
      aliases: ['doi:10.18653/v1/2023.findings-emnlp.725', 'acl:2023.findings-emnlp.725'],
      tags: ['later', 'nlp'],
      status: 'read',
      note: 'the newer note',
      savedAt: 1_700_000_000_000,
      venue: 'Findings of EMNLP 2023',
      year: 2023,
      abstract: 'From arXiv.',
    });
    const all = await library.db.papers.toArray();
    expect(all.map((p) => p.id)).toEqual(['arxiv:2310.04444']);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toEqual(
      expect.arrayContaining(['arxiv:2310.04444', 'doi:10.18653/v1/2023.findings-emnlp.725', 'acl:2023.findings-emnlp.725']),
    );
    // Every id the card may ask with answers for the one record.
    const states = await library.states(['acl:2023.findings-emnlp.725', 'doi:10.18653/v1/2023.findings-emnlp.725']);
    expect(Object.values(states).map((s) => s.id)).toEqual(['arxiv:2310.04444', 'arxiv:2310.04444']);
  });

  it('keeps the newer status and note whichever record is older, and the earliest savedAt', async () => {
    const { library, clock } = freshLibrary();
    await library.save({ ...arxivCopy(), aliases: [] });
    await library.setStatus(['arxiv:2310.04444'], 'reading');
    clock.advance();
    await library.save(acl());
    await library.setNote('acl:2023.findings-emnlp.725', 'newest');
    await library.setStatus(['acl:2023.findings-emnlp.725'], 'read');
    clock.advance();
    const merged = await library.save(arxivCopy({ aliases: ['acl:2023.findings-emnlp.725'] }));
    expect(merged).toMatchObject({ id: 'arxiv:2310.04444', status: 'read', note: 'newest', savedAt: 1_700_000_000_000 });
    // Three writes in one clock tick (save, note, status): each stamp is one ms past the one before.
    expect(merged.readAt).toBe(1_700_000_001_002);
    expect(await library.db.papers.count()).toBe(1);
  });

  it('merges within one batch, whatever the order the drafts come in', async () => {
    const { library } = freshLibrary();
    const saved = await library.saveMany([
      acl({ aliases: [] }),
      { ...arxivCopy(), aliases: [] },
      arxivCopy({ aliases: ['acl:2023.findings-emnlp.725', 'doi:10.18653/v1/2023.findings-emnlp.725'] }),
    ]);
    expect(saved.map((p) => p.id)).toEqual(['arxiv:2310.04444']);
    expect((await library.db.papers.toArray()).map((p) => p.id)).toEqual(['arxiv:2310.04444']);
  });

  it('merges a DOI record with an arXiv card of the same title and first author (no shared id)', async () => {
    const { library } = freshLibrary();
    await library.save(acl(), { tags: ['nlp'] });
    const card = arxivCopy({ aliases: [], title: 'Where to go next: a study of emergent skills' });
    expect((await library.states([], [cardKeyOf(card)]))['arxiv:2310.04444']).toMatchObject({ saved: true, tags: ['nlp'] });
    expect(await library.save(card)).toMatchObject({
      id: 'arxiv:2310.04444',
      aliases: ['doi:10.18653/v1/2023.findings-emnlp.725', 'acl:2023.findings-emnlp.725'],
      tags: ['nlp'],
    });
    expect(await library.db.papers.count()).toBe(1);
  });

  it('toggles a paper off by any of its ids', async () => {
    const { library } = freshLibrary();
    await library.save(acl());
    expect(await library.toggle({ ...acl(), id: 'acl:2023.findings-emnlp.725', aliases: [] })).toEqual(UNSAVED);
    expect(await library.db.papers.count()).toBe(0);
  });
});

describe('a card that shows no id the library knows', () => {
  const saved: PaperDraft = {
    id: 'arxiv:2310.04444',
    title: 'Attention Is All You Need',
    authors: ['Ashish Vaswani', 'Noam Shazeer'],
    url: 'https://arxiv.org/abs/2310.04444',
  };
  const card = { id: 'openreview:RxWILaXuhb', title: 'Attention is all you need.', author: 'Vaswani, Ashish' };

  it('shows as the one saved paper with its title and first author', async () => {
    const { library } = freshLibrary();
    await library.save(saved, { tags: ['nlp'] });
    const states = await library.states([], [card]);
    expect(states[card.id]).toEqual({ saved: true, id: 'arxiv:2310.04444', tags: ['nlp'], status: 'unread', byTitle: true });
  });

  it('stays another paper when the first author differs, when two saved papers match, or when the ids conflict', async () => {
    const { library } = freshLibrary();
    await library.save(saved);
    expect((await library.states([], [{ ...card, author: 'Noam Shazeer' }]))[card.id]).toEqual(UNSAVED);
    expect((await library.states([], [{ ...card, author: undefined }]))[card.id]).toEqual(UNSAVED);
    // Another arXiv paper with the same title and author is another paper.
    expect((await library.states([], [{ ...card, id: 'arxiv:2401.00009' }]))['arxiv:2401.00009']).toEqual(UNSAVED);
    // Two saved papers with this title and first author (two arXiv ids): the card could be either.
    await library.save({ ...saved, id: 'arxiv:2401.00009' });
    expect(await library.db.papers.count()).toBe(2);
    expect((await library.states([], [card]))[card.id]).toEqual(UNSAVED);
  });

  it('saving it adds the card id as an alias; toggling it removes the matched paper', async () => {
    const { library } = freshLibrary();
    await library.save(saved, { tags: ['nlp'] });
    const draft: PaperDraft = {
      id: card.id,
      title: card.title,
      authors: [card.author],
      url: 'https://openreview.net/forum?id=RxWILaXuhb',
      venue: 'NeurIPS 2017',
    };
    const merged = await library.save(draft, { tags: ['or'] });
    expect(merged).toMatchObject({
      id: 'arxiv:2310.04444',
      aliases: ['openreview:RxWILaXuhb'],
      tags: ['nlp', 'or'],
      venue: 'NeurIPS 2017',
    });
    expect(await library.db.papers.count()).toBe(1);
    expect((await library.states([card.id]))[card.id]).toMatchObject({ saved: true, id: 'arxiv:2310.04444' });
    expect(await library.toggle({ ...draft, id: 'acl:P19-1001' })).toEqual(UNSAVED);
    expect(await library.db.papers.count()).toBe(0);
  });

  it('keeps the title key current when the title changes, whoever writes', async () => {
    const { library, db } = freshLibrary();
    await library.save(saved);
    await db.papers.update('arxiv:2310.04444', { title: 'A new title' });
    expect((await db.papers.get('arxiv:2310.04444')) as { titleKey?: string }).toMatchObject({ titleKey: 'a new title|vaswani' });
    expect((await library.states([], [card]))[card.id]).toEqual(UNSAVED);
    expect((await library.states([], [{ ...card, title: 'A NEW TITLE' }]))[card.id]).toMatchObject({ saved: true });
  });
});

describe('undoing tag changes', () => {
  it('a deleted tag comes back on exactly the papers that had it, in their spelling', async () => {
    const { library, db } = freshLibrary();
    await library.save(draft(1), { tags: ['Old', 'x'] });
    await library.save(draft(2), { tags: ['y'] });
    const undo = await library.deleteTag('old');
    expect(undo).toEqual({ tag: 'Old', ids: ['arxiv:2401.00001'], hadTarget: [] });
    expect(await library.revertTag(undo)).toBe(1);
    expect((await db.papers.toArray()).map((p) => p.tags)).toEqual([['x', 'Old'], ['y']]);
  });

  it('a merge is undone: papers that had both tags keep the target, the others lose it', async () => {
    const { library, db } = freshLibrary();
    await library.save(draft(1), { tags: ['a'] });
    await library.save(draft(2), { tags: ['a', 'b'] });
    await library.save(draft(3), { tags: ['b'] });
    const undo = await library.renameTag('a', 'b');
    expect((await db.papers.toArray()).map((p) => p.tags)).toEqual([['b'], ['b'], ['b']]);
    await library.revertTag(undo);
    expect((await db.papers.toArray()).map((p) => p.tags)).toEqual([['a'], ['b', 'a'], ['b']]);
  });

  it('a rename that only changes case is undone too', async () => {
    const { library, db } = freshLibrary();
    await library.save(draft(1), { tags: ['ml', 'z'] });
    await library.revertTag(await library.renameTag('ml', 'ML'));
    expect((await db.papers.get('arxiv:2401.00001'))?.tags).toEqual(['ml', 'z']);
  });
});

describe('time only goes forward', () => {
  it('stamps every write later than everything in the library, whatever the wall clock does', async () => {
    const { library, db, clock } = freshLibrary();
    const stamps: number[] = [];
    const stampOf = async () => (await db.papers.get('arxiv:2401.00001'))?.updatedAt ?? Number.NaN;
    await library.save(draft(1));
    stamps.push(await stampOf());
    // The clock is set back a day: edits still come after the save.
    clock.advance(-86_400_000);
    await library.setStatus(['arxiv:2401.00001'], 'read');
    stamps.push(await stampOf());
    await library.save(draft(2));
    expect((await db.papers.get('arxiv:2401.00002'))?.updatedAt).toBeGreaterThan(stamps[1] ?? Number.POSITIVE_INFINITY);
    await library.addTags(['arxiv:2401.00001'], ['t']);
    stamps.push(await stampOf());
    // Forward a year, then back again.
    clock.advance(365 * 86_400_000);
    await library.setNote('arxiv:2401.00001', 'future');
    stamps.push(await stampOf());
    clock.advance(-365 * 86_400_000);
    await library.setNote('arxiv:2401.00001', 'present');
    stamps.push(await stampOf());
    for (let i = 1; i < stamps.length; i++) expect(stamps[i]).toBeGreaterThan(stamps[i - 1] ?? Number.POSITIVE_INFINITY);
  });

  it('does not believe a stored stamp a Date cannot hold', async () => {
    const { library, db, clock } = freshLibrary();
    await db.papers.put({ ...draft(9), tags: [], status: 'unread', note: '', savedAt: 1, updatedAt: 1e16 });
    await library.save(draft(1));
    expect((await db.papers.get('arxiv:2401.00001'))?.updatedAt).toBe(clock.now());
  });
});
