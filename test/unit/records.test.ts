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
  it('writes every time as toISOString does', () => {
    const edges = [
      1,
      Date.UTC(2000, 1, 29, 23, 59, 59, 999),
      Date.UTC(1972, 1, 29),
      Date.UTC(2100, 2, 1),
      Date.UTC(2400, 1, 29, 12),
      Date.UTC(9999, 11, 31, 23, 59, 59, 999),
      Date.UTC(10_000, 0, 1),
      Date.UTC(2026, 11, 4, 3, 5, 7, 9),
      1.5,
      1_764_000_000_000.25,
      8.64e15,
    ];
    let seed = 11;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const times = [...edges, ...Array.from({ length: 5000 }, () => Math.floor(random() * 2.6e14) + 1)];
    for (const time of times) expect(isoTime(time)).toBe(new Date(time).toISOString());
  });
});
