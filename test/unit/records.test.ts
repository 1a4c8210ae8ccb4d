import { describe, expect, it } from 'vitest';
import { httpUrl, isoTime, rebuiltPaper, repairPaper } from '@/lib/records';
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

  it('takes its fast path only for records the full rebuild gives back as they are', () => {
    let seed = 3;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
    // Each field of a full record, and what a broken or unusual record may hold there instead.
    const full: Record<string, unknown> = {
      ...good,
      abstract: 'a',
      publishedAt: '2024-01-01',
      primaryClass: 'cs.LG',
      doi: '10.1/x',
      venue: 'ICLR',
      pdfUrl: 'https://arxiv.org/pdf/2401.00001',
      githubRepo: 'https://github.com/a/b',
      readAt: 1_700_000_000_002,
      upvotes: 3,
      aliases: ['doi:10.1/x'],
      year: 2024,
      source: { site: 'arxiv', page: '/list', url: 'https://arxiv.org/list' },
      titleKey: 'a|b',
    };
    const variants: Record<string, unknown[]> = {
      id: [7, undefined],
      title: [null, 3],
      note: [undefined, 0],
      authors: [[], ['a', 2], 'a', [undefined], new Array(2)],
      tags: [undefined, [1], ['x']],
      url: [
        '',
        ' https://arxiv.org/abs/1',
        'javascript:alert(1)',
        'https://b\u00fccher.de/x',
        'https://1.2.3.4/',
        'http://[::1]/',
        'https://xn--a/',
        'https://xn--a.com/',
        'https://a.b/ c',
        7,
      ],
      status: ['done', undefined, 'reading'],
      savedAt: [0, -1, 1e16, Number.NaN, '1', 1.5],
      updatedAt: [0, undefined, 1e16, 2],
      abstract: [undefined, 3, ''],
      venue: [null, ''],
      pdfUrl: [undefined, '', 'data:x', ' https://x.org/p.pdf', 'https://x.org/p.pdf', 'https://x.org:99999/'],
      githubRepo: [undefined, 'ftp://x.org'],
      readAt: [undefined, 0, -5, 'x'],
      upvotes: [undefined, Number.POSITIVE_INFINITY, '3', Number.NaN],
      aliases: [undefined, [], [1], 'doi:x'],
      year: [undefined, 999, 2024.5, '2024', 3000],
      source: [
        undefined,
        null,
        [],
        { site: 'x' },
        { site: 1 },
        { site: 'x', url: 'https://x.org/' },
        { site: 'x', url: 'file:///' },
        { url: 'https://x.org/', site: 'x' },
        { site: 'x', page: null },
        { site: 'x', page: '/p', url: ' https://x.org/' },
        { site: 'x', other: 1 },
        { site: 'x', url: undefined },
      ],
    };
    let fast = 0;
    for (let i = 0; i < 3000; i++) {
      const record: Record<string, unknown> = { ...full };
      for (const [key, values] of Object.entries(variants)) {
        const roll = random();
        if (roll < 0.1) record[key] = pick(values);
        else if (roll < 0.15 && !['id', 'title', 'note', 'authors', 'tags', 'url', 'status', 'savedAt', 'updatedAt'].includes(key))
          delete record[key];
      }
      const expected = rebuiltPaper({ ...record });
      const repaired = repairPaper(record);
      expect(repaired).toEqual(expected);
      // The same object exactly when the rebuild would have given back an unchanged record.
      const unchanged = rebuiltPaper(record) === record;
      expect(repaired === record).toBe(unchanged);
      if (unchanged) fast++;
    }
    expect(fast).toBeGreaterThan(100);
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
  it('takes the http(s) URLs the URL parser takes, its fast path included', () => {
    const parts = [
      'http',
      'https',
      'HTTPS',
      'ftp',
      '://',
      ':/',
      'a',
      'b-c',
      'xn--',
      '1',
      '0x1',
      '.',
      '..',
      '-',
      ':8080',
      ':99999',
      ':',
      '/',
      '?q',
      '#f',
      ' ',
      '\t',
      '\u00fc',
      '[::1]',
      '@',
      '%',
      '\\',
    ];
    let seed = 5;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    // What httpUrl was before its fast path: the URL parser's answer, trimmed.
    const parsed = (value: string) => {
      try {
        const url = new URL(value.trim());
        return value.trim() && (url.protocol === 'http:' || url.protocol === 'https:') ? value.trim() : undefined;
      } catch {
        return undefined;
      }
    };
    const urls = [
      'https://arxiv.org/abs/2401.00001',
      'http://a',
      'https://a.b-c.d:8080/x?y#z',
      'https://1.2.3.4',
      'https://a.1b/',
      // Hosts the parser refuses: an IPv4 address out of range or of five parts, bad punycode, an empty label.
      'https://1.2.3.4.5/',
      'https://256.1.1.1/',
      'https://4294967296/',
      'https://xn--a/',
      'https://xn--a.com/',
      'https://a.xn--ls8h-/',
      'https://a..b/',
    ];
    for (let i = 0; i < 20_000; i++) {
      const length = 3 + Math.floor(random() * 8);
      urls.push(['https://', 'http://', ''][i % 3] + Array.from({ length }, () => parts[Math.floor(random() * parts.length)]).join(''));
    }
    for (const url of urls) expect(httpUrl(url), url).toBe(parsed(url));
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
