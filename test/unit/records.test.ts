import { describe, expect, it } from 'vitest';
import { httpUrl, isoTime, repairPaper } from '@/lib/records';
import { draft, freshLibrary } from '../helpers/library';

const good = { ...draft(1), tags: ['a'], status: 'read' as const, note: 'n', savedAt: 1_700_000_000_000, updatedAt: 1_700_000_000_001 };

describe('repairPaper', () => {
  it('gives back a well-formed record unchanged, the same object', () => {
    expect(repairPaper(good)).toBe(good);
  });

  it('repairs bad dates, missing lists, bad statuses and links', () => {
    const bad = { id: 'arxiv:2401.00002', title: 7, savedAt: 1e16, updatedAt: 'x', status: 'done', url: 'javascript:alert(1)', readAt: -5 };
    expect(repairPaper(bad)).toEqual({
      id: 'arxiv:2401.00002',
      title: '',
      authors: [],
      url: '',
      tags: [],
      status: 'unread',
      note: '',
      savedAt: 0,
      updatedAt: 0,
    });
    expect(repairPaper({ ...good, authors: ['ok', 3], pdfUrl: 'data:x', source: { site: 'x', url: 'file:///' } })).toMatchObject({
      authors: ['ok'],
      source: { site: 'x' },
    });
    expect(repairPaper(null)).toMatchObject({ id: '', authors: [], tags: [] });
  });
});

describe('the read boundary (lib/db.ts)', () => {
  it('repairs every record read from the table, whatever was written there', async () => {
    const { db, library } = freshLibrary();
    await db.papers.put(good);
    // Written straight into IndexedDB, past the library (DevTools, an old version, another tool).
    await db.papers.put({ id: 'arxiv:2401.00003', savedAt: 1e16 } as never);
    const all = await db.papers.toArray();
    expect(all.map((p) => isoTime(p.savedAt) ?? 'unknown')).toEqual(['2023-11-14T22:13:20.000Z', 'unknown']);
    expect((await db.papers.get('arxiv:2401.00003'))?.tags).toEqual([]);
    expect(await library.states(['arxiv:2401.00003'])).toEqual({
      'arxiv:2401.00003': { saved: true, id: 'arxiv:2401.00003', tags: [], status: 'unread', incomplete: true },
    });
  });
});

describe('httpUrl and isoTime', () => {
  it.each([
    ['https://arxiv.org/abs/1', 'https://arxiv.org/abs/1'],
    ['http://x.org', 'http://x.org'],
    ['javascript:alert(1)', undefined],
    ['JavaScript:alert(1)', undefined],
    [' data:text/html,x', undefined],
    ['file:///etc/passwd', undefined],
    ['/relative', undefined],
    ['', undefined],
  ])('%s → %s', (input, expected) => {
    expect(httpUrl(input)).toBe(expected);
  });
  it('shows only times a Date can hold', () => {
    expect(isoTime(1e16)).toBeUndefined();
    expect(isoTime(Number.NaN)).toBeUndefined();
    expect(isoTime(0)).toBeUndefined();
    expect(isoTime(86_400_000)).toBe('1970-01-02T00:00:00.000Z');
  });
});
