import { describe, expect, it } from 'vitest';
import { exportJson } from '@/lib/export/json';
import { MAX_IMPORT_CHARS } from '@/lib/import/formats';
import { Library } from '@/lib/library';
import type { Paper } from '@/lib/paper';
import { type Host, handleMessage } from '@/lib/router';
import { exportLibrary, importText, mergeBackupPaper, samePaper } from '@/lib/transfer';
import { fixture as readFixture } from '../helpers/fixtures';
import { draft, freshLibrary } from '../helpers/library';

const fixture = (name: string) => readFixture(`formats/${name}`);
const backupText = fixture('papers.json');
const papers: Paper[] = JSON.parse(backupText).papers;

async function ok<T extends { ok: boolean }>(promise: Promise<T>): Promise<Extract<T, { ok: true }>> {
  const result = await promise;
  if (!result.ok) throw new Error(`expected success: ${JSON.stringify(result)}`);
  return result as Extract<T, { ok: true }>;
}

describe('round trip', () => {
  it('JSON → import into an empty library → JSON is identical, every field of every paper', async () => {
    const { library, db } = freshLibrary();
    const summary = await ok(importText(library, backupText));
    expect(summary).toMatchObject({ format: 'json', added: papers.length, updated: 0, unchanged: 0, skippedCount: 0 });
    const exported = await exportLibrary(db, 'json', undefined, { now: () => Date.parse('2026-11-24T12:00:00.000Z') });
    const sortById = (list: Paper[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    const back = JSON.parse(exported.text);
    expect({ ...back, papers: sortById(back.papers) }).toEqual({ ...JSON.parse(backupText), papers: sortById(papers) });
    // And once more through the library: the second export is byte for byte the first.
    const { library: second, db: secondDb } = freshLibrary();
    await ok(importText(second, exported.text));
    expect((await exportLibrary(secondDb, 'json', undefined, { now: () => Date.parse('2026-11-24T12:00:00.000Z') })).text).toBe(
      exported.text,
    );
  });

  it('importing the same file twice changes nothing the second time', async () => {
    for (const text of [backupText, fixture('import/zotero.bib'), fixture('import/zotero.ris'), '2310.04444\n1706.03762']) {
      const { library, db, clock } = freshLibrary();
      await library.save(draft(1), { tags: ['mine'] });
      await ok(importText(library, text));
      const before = await db.papers.toArray();
      clock.advance(60_000);
      const again = await ok(importText(library, text));
      expect(again).toMatchObject({ added: 0, updated: 0 });
      expect(await db.papers.toArray()).toEqual(before);
    }
  });
});

describe('notes travel with BibTeX (annote) and RIS (N1)', () => {
  const noted = papers.filter((paper) => paper.note.trim());

  it('a BibTeX export re-imported into an empty library gives every paper its note back, hostile text included', async () => {
    expect(noted.length).toBeGreaterThan(1);
    const { db: source } = freshLibrary();
    await source.papers.bulkPut(papers);
    const bib = await exportLibrary(source, 'bibtex');
    const { library, db } = freshLibrary();
    await ok(importText(library, bib.text));
    for (const paper of noted) expect((await db.papers.get(paper.id))?.note, paper.id).toBe(paper.note.replace(/[ \t]+$/gm, ''));
    expect((await db.papers.toArray()).filter((paper) => paper.note)).toHaveLength(noted.length);
  });

  it("RIS carries the note on one line; an imported note fills an empty one and never replaces the user's", async () => {
    const { db: source } = freshLibrary();
    await source.papers.bulkPut(papers);
    const ris = await exportLibrary(source, 'ris');
    const { library, db } = freshLibrary();
    const [first, second] = noted;
    if (!first || !second) throw new Error('the fixture needs two noted papers');
    await library.save({ ...draft(1), id: first.id });
    await library.save({ ...draft(2), id: second.id });
    await library.setNote(second.id, 'mine');
    await ok(importText(library, ris.text));
    expect((await db.papers.get(first.id))?.note).toBe(first.note.replace(/\s+/g, ' ').trim());
    expect((await db.papers.get(second.id))?.note).toBe('mine');
  });
});

describe('merging into a library', () => {
  const base = papers[0] as Paper;

  it('unites tags, keeps the newer status and note, the earlier savedAt, and fills missing metadata', () => {
    const existing: Paper = {
      ...base,
      tags: ['mine', 'CLASSICS'],
      status: 'unread',
      note: 'old',
      abstract: undefined,
      updatedAt: 10,
      savedAt: 5,
    };
    const incoming: Paper = { ...base, tags: ['Classics', 'new'], status: 'read', readAt: 20, note: 'new note', updatedAt: 20, savedAt: 7 };
    const merged = mergeBackupPaper(existing, incoming);
    expect(merged).toMatchObject({
      tags: ['mine', 'CLASSICS', 'new'],
      status: 'read',
      readAt: 20,
      note: 'new note',
      savedAt: 5,
      abstract: base.abstract,
    });
    const older = mergeBackupPaper({ ...incoming, updatedAt: 30 }, { ...existing, updatedAt: 1 });
    expect(older).toMatchObject({ status: 'read', note: 'new note', readAt: 20 });
  });

  it('reports added, updated and unchanged papers and tells listeners once per write', async () => {
    const { library, db, changes } = freshLibrary();
    await ok(importText(library, backupText));
    changes.length = 0;
    const edited = JSON.parse(backupText);
    edited.papers[0].tags.push('extra');
    edited.papers[1].status = 'read';
    edited.papers[1].updatedAt = Date.now() + 1e9;
    edited.papers.push({ ...edited.papers[0], id: 'arxiv:2501.00001', url: 'https://arxiv.org/abs/2501.00001' });
    const summary = await ok(importText(library, JSON.stringify(edited)));
    expect(summary).toMatchObject({ added: 1, updated: 2, unchanged: papers.length - 2 });
    expect((await db.papers.get('arxiv:1706.03762'))?.tags).toEqual(['transformers', 'Classics', 'extra']);
    expect((await db.papers.get('arxiv:2503.01785'))?.status).toBe('read');
    expect(changes).toHaveLength(1);
    expect(new Set(changes[0])).toEqual(new Set(['arxiv:1706.03762', 'arxiv:2503.01785', 'arxiv:2501.00001']));
  });

  it("BibTeX never overwrites the user's status, note or known metadata; new tags take the library's spelling", async () => {
    const { library, db } = freshLibrary();
    await library.save({ ...draft(1), id: 'arxiv:1706.03762', title: 'Kept title' }, { tags: ['Machine Learning'] });
    await library.setStatus(['arxiv:1706.03762'], 'read');
    await library.setNote('arxiv:1706.03762', 'my note');
    const bib = '@misc{a, title={Other title}, eprint={1706.03762}, abstract={Abs}, keywords={machine learning, nlp}}';
    expect(await ok(importText(library, bib))).toMatchObject({ added: 0, updated: 1 });
    expect(await db.papers.get('arxiv:1706.03762')).toMatchObject({
      title: 'Kept title',
      abstract: 'Abs',
      status: 'read',
      note: 'my note',
      tags: ['Machine Learning', 'nlp'],
    });
  });

  it('a cited paper named by another of its ids (a DOI, its ACL page) merges into the saved record, never a second one', async () => {
    const { library, db } = freshLibrary();
    await library.save({ ...draft(1), id: 'arxiv:1810.04805', aliases: ['doi:10.18653/v1/n19-1423'], title: 'BERT' }, { tags: ['nlp'] });
    const ris = [
      'TY  - CPAPER',
      'TI  - BERT',
      'T2  - NAACL 2019',
      'PY  - 2019',
      'DO  - 10.18653/v1/N19-1423',
      'UR  - https://aclanthology.org/N19-1423/',
      'ER  - ',
    ];
    expect(await ok(importText(library, ris.join('\n')))).toMatchObject({ added: 0, updated: 1 });
    expect(await db.papers.count()).toBe(1);
    expect(await db.papers.get('arxiv:1810.04805')).toMatchObject({
      aliases: ['doi:10.18653/v1/n19-1423', 'acl:N19-1423'],
      venue: 'NAACL 2019',
      year: 2019,
      tags: ['nlp'],
    });
    // Now known by its ACL id too: an id list naming that finds the same record.
    expect(await ok(importText(library, 'https://aclanthology.org/N19-1423.pdf\n10.18653/V1/N19-1423'))).toMatchObject({
      added: 0,
      unchanged: 1,
    });
    expect(await db.papers.count()).toBe(1);
  });

  it('two entries of one file naming the same paper by different ids make one record', async () => {
    const { library, db } = freshLibrary();
    const ris = [
      ['TY  - CPAPER', 'TI  - BERT', 'DO  - 10.18653/v1/N19-1423', 'UR  - https://aclanthology.org/N19-1423/', 'ER  - '],
      ['TY  - CPAPER', 'TI  - BERT again', 'T2  - NAACL 2019', 'UR  - https://aclanthology.org/N19-1423.pdf', 'KW  - nlp', 'ER  - '],
    ];
    expect(await ok(importText(library, ris.flat().join('\n')))).toMatchObject({ added: 1, updated: 0 });
    expect(await db.papers.toArray()).toMatchObject([
      { id: 'doi:10.18653/v1/n19-1423', aliases: ['acl:N19-1423'], title: 'BERT', venue: 'NAACL 2019', tags: ['nlp'] },
    ]);
  });

  it("a backup's new papers take the library's spelling of tags it already has, as saving does", async () => {
    const { library, db } = freshLibrary();
    await library.save(draft(1), { tags: ['Machine Learning'] });
    const backup = JSON.parse(backupText);
    const incoming: Paper = { ...backup.papers[0], id: 'arxiv:2501.00077', tags: ['machine learning', 'New One'] };
    await ok(importText(library, JSON.stringify({ ...backup, papers: [incoming] })));
    expect((await db.papers.get('arxiv:2501.00077'))?.tags).toEqual(['Machine Learning', 'New One']);
    expect((await library.tagCounts()).map((t) => t.tag).sort()).toEqual(['Machine Learning', 'New One']);
  });

  it('lists skipped entries with reasons, at most 200, and counts them all', async () => {
    const { library } = freshLibrary();
    const lines = ['2310.04444', ...Array.from({ length: 300 }, (_, i) => `junk ${i}`)].join('\n');
    const summary = await ok(importText(library, lines));
    expect(summary.added).toBe(1);
    expect(summary.skippedCount).toBe(300);
    expect(summary.skipped).toHaveLength(200);
    expect(summary.skipped[0]).toEqual({ entry: 'line 2: junk 0', reason: 'not an arXiv id, DOI or paper URL' });
  });
});

describe('all or nothing: hostile and malformed files write nothing', () => {
  const valid = JSON.parse(backupText);
  const garbage = (() => {
    // 5 MB of deterministic noise: bytes of every kind, newlines, braces and @ signs included.
    let seed = 42;
    const chars: string[] = [];
    for (let i = 0; i < 5 * 1024 * 1024; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      chars.push(String.fromCharCode(seed % 256));
    }
    return chars.join('');
  })();
  const cases: [string, string, RegExp][] = [
    ['truncated JSON', backupText.slice(0, backupText.length / 2), /not valid JSON/],
    ['JSON of the wrong shape', '{"format":"paper-shelf","version":1,"papers":{}}', /field "papers"/],
    [
      'a paper of the wrong types (after valid ones)',
      JSON.stringify({ ...valid, papers: [...valid.papers, { ...valid.papers[0], id: 'arxiv:2402.00001', tags: 'x' }] }),
      /^paper 7 \(arxiv:2402\.00001\): field "tags"/,
    ],
    [
      'a huge string',
      JSON.stringify({ ...valid, papers: [{ ...valid.papers[0], note: 'x'.repeat(300_000) }] }),
      /field "note": longer than 200000 characters/,
    ],
    ['5 MB of garbage', garbage, /.+/],
    [
      'BibTeX with a syntax error after good entries',
      `${fixture('import/zotero.bib')}\n@misc{broken, title = {never closed}`,
      /BibTeX syntax error, line \d+/,
    ],
    [
      'BibTeX with a <script> title too long to be a title',
      `@misc{x, title = {<script>${'a'.repeat(5000)}</script>}, eprint = {2401.00009}}`,
      /field "title": longer than 2000/,
    ],
    ['RIS cut short', `${fixture('import/zotero.ris').slice(0, 300)}`, /RIS syntax error/],
    [
      'LaTeX nested 100,000 deep',
      `@misc{x, title = {${'\\emph{'.repeat(100_000)}x${'}'.repeat(100_000)}}, eprint = {2401.00009}}`,
      /^could not read the file as bibtex: LaTeX commands nested more than 64 deep$/,
    ],
    ['a file over the size limit', ' '.repeat(MAX_IMPORT_CHARS + 1), /too large .* at most 50 MB/],
    ['a format that does not match the text (RIS read as JSON)', fixture('import/zotero.ris'), /^not valid JSON/],
  ];

  it.each(cases)('%s', async (label, text, error) => {
    const { library, db, changes } = freshLibrary();
    await library.save(draft(1), { tags: ['keep'] });
    const before = await db.papers.toArray();
    changes.length = 0;
    const result = await importText(library, text, label.startsWith('a format') ? 'json' : undefined);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(error);
    expect(await db.papers.toArray()).toEqual(before);
    expect(changes).toEqual([]);
  });

  it('a failure while writing rolls back the papers already written', async () => {
    const { library, db } = freshLibrary();
    const many = {
      ...valid,
      papers: Array.from({ length: 2500 }, (_, i) => ({ ...valid.papers[1], id: `arxiv:2402.${String(i).padStart(5, '0')}` })),
    };
    let reports = 0;
    const result = importText(library, JSON.stringify(many), 'json', {
      onProgress: ({ done }) => {
        // Fail after the first chunk has been written inside the transaction.
        if (done > 0 && ++reports === 1) throw new Error('disk full');
      },
    });
    await expect(result).rejects.toThrow('disk full');
    expect(await db.papers.count()).toBe(0);
  });

  it('announces once, after the commit; a rolled-back import announces nothing', async () => {
    const { db, changes } = freshLibrary();
    const counts: number[] = [];
    // Each notice is checked against what a tab re-reading on it would see: the rows must already be there.
    const library = new Library(db, (ids) => {
      changes.push(ids);
      void db.papers.count().then((n) => counts.push(n));
    });
    const many = {
      ...valid,
      papers: Array.from({ length: 2500 }, (_, i) => ({ ...valid.papers[1], id: `arxiv:2402.${String(i).padStart(5, '0')}` })),
    };
    await ok(importText(library, JSON.stringify(many), 'json'));
    // The count a tab re-reading on the notice sees comes back a moment later.
    await expect.poll(() => counts).toHaveLength(1);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toHaveLength(2500);
    expect(counts).toEqual([2500]);
    changes.length = 0;
    const failing = importText(
      library,
      JSON.stringify({ ...many, papers: many.papers.map((p: Paper) => ({ ...p, id: p.id.replace('2402', '2403') })) }),
      'json',
      {
        onProgress: ({ done }) => {
          if (done > 0) throw new Error('disk full');
        },
      },
    );
    await expect(failing).rejects.toThrow('disk full');
    expect(changes).toEqual([]);
    expect(await db.papers.count()).toBe(2500);
  });

  it('keeps the progress of two imports at once apart', async () => {
    const { library } = freshLibrary();
    const seen: { id?: string; done: number; total: number }[] = [];
    const host: Host = { openLibrary: async () => {}, importProgress: (p) => seen.push(p) };
    const file = (prefix: string, n: number) =>
      JSON.stringify({
        ...valid,
        papers: Array.from({ length: n }, (_, i) => ({ ...valid.papers[1], id: `arxiv:${prefix}.${String(i).padStart(5, '0')}` })),
      });
    await Promise.all([
      handleMessage(library, { type: 'import', text: file('2404', 1500), importId: 'a' }, host, 'extension'),
      handleMessage(library, { type: 'import', text: file('2405', 2500), importId: 'b' }, host, 'extension'),
    ]);
    expect(seen.filter((p) => p.id === 'a').map((p) => p.done)).toEqual([0, 1000, 1500]);
    expect(seen.filter((p) => p.id === 'b').map((p) => p.done)).toEqual([0, 1000, 2000, 2500]);
    expect(seen.every((p) => (p.id === 'a' ? p.total === 1500 : p.total === 2500))).toBe(true);
  });
});

describe('markup in titles', () => {
  it('is stored as the text it is, from every format', async () => {
    const title = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    const { library, db } = freshLibrary();
    await ok(importText(library, `@misc{a, title = {${title}}, eprint = {2401.00011}}`));
    await ok(importText(library, `TY  - UNPB\nTI  - ${title}\nUR  - https://arxiv.org/abs/2401.00012\nER  - \n`));
    await ok(importText(library, exportJson([{ ...(papers[1] as Paper), id: 'arxiv:2401.00013', title }])));
    expect((await db.papers.toArray()).map((p) => p.title)).toEqual([title, title, title]);
  });
});

describe('large files', () => {
  it('imports 10,000 papers in one transaction, reporting progress', async () => {
    const { library, db, changes } = freshLibrary();
    const backup = exportJson(
      Array.from({ length: 10_000 }, (_, i) => ({ ...(papers[1] as Paper), id: `arxiv:2402.${String(i).padStart(5, '0')}`, savedAt: i })),
    );
    const progress: { done: number; total: number }[] = [];
    const summary = await ok(importText(library, backup, undefined, { onProgress: (p) => progress.push(p) }));
    expect(summary.added).toBe(10_000);
    expect(await db.papers.count()).toBe(10_000);
    expect(progress[0]).toEqual({ done: 0, total: 10_000 });
    expect(progress.at(-1)).toEqual({ done: 10_000, total: 10_000 });
    expect(progress.length).toBe(11);
    expect(changes.flat()).toHaveLength(10_000);
  }, 60_000);
});

describe('exportLibrary', () => {
  it('filters by tags (all of them), status and ids, newest saved first, and names the file', async () => {
    const { library, db } = freshLibrary();
    await ok(importText(library, backupText));
    const ids = async (filter: Parameters<typeof exportLibrary>[2]) =>
      JSON.parse((await exportLibrary(db, 'json', filter)).text).papers.map((p: Paper) => p.id);
    expect(await ids({ tags: ['TRANSFORMERS'] })).toEqual(['arxiv:1706.03763', 'arxiv:1706.03762']);
    expect(await ids({ tags: ['transformers', 'classics'] })).toEqual(['arxiv:1706.03762']);
    expect(await ids({ status: ['read'] })).toEqual(['arxiv:hep-th/9901001', 'arxiv:1706.03762']);
    expect(await ids({ ids: ['arxiv:2401.00001', 'arxiv:9999.99999', 'arxiv:1706.03762'] })).toEqual([
      'arxiv:2401.00001',
      'arxiv:1706.03762',
    ]);
    expect(await ids({ status: ['read'], tags: ['physics'] })).toEqual(['arxiv:hep-th/9901001']);
    expect(await ids({ status: 'reading' })).toEqual(['arxiv:2503.01785']);
    const bib = await exportLibrary(db, 'bibtex', { ids: ['arxiv:1706.03762'] }, { now: () => Date.UTC(2026, 10, 25) });
    expect(bib).toMatchObject({ filename: 'paper-shelf-2026-11-25.bib', mime: 'application/x-bibtex', count: 1 });
    expect(bib.text).toContain('@misc{vaswani2017attention,');
  });
});

describe('the export and import messages', () => {
  const progress: { done: number; total: number }[] = [];
  const host: Host = { openLibrary: async () => {}, importProgress: (p) => progress.push(p) };

  it('export answers { ok, filename, mime, text }; import answers { ok, added, updated, skipped }', async () => {
    const { library } = freshLibrary();
    const imported = await handleMessage(library, { type: 'import', text: backupText }, host, 'extension');
    expect(imported).toMatchObject({ ok: true, added: papers.length, updated: 0, skipped: [] });
    expect(progress.at(-1)).toEqual({ done: papers.length, total: papers.length });
    const exported = await handleMessage(library, { type: 'export', format: 'ris', filter: { status: ['read'] } }, host, 'extension');
    expect(exported).toMatchObject({ ok: true, mime: 'application/x-research-info-systems', count: 2 });
    expect(exported.ok && 'text' in exported && exported.text.match(/^TY {2}- /gm)).toHaveLength(2);
    expect(exported.ok && 'filename' in exported && exported.filename).toMatch(/^paper-shelf-\d{4}-\d{2}-\d{2}\.ris$/);
  });

  it('passes format options: Markdown grouped by status, BibTeX with UTF-8 accents', async () => {
    const { library } = freshLibrary();
    await handleMessage(library, { type: 'import', text: backupText }, host, 'extension');
    const markdown = await handleMessage(
      library,
      { type: 'export', format: 'markdown', options: { groupBy: 'status' } },
      host,
      'extension',
    );
    expect(markdown.ok && 'text' in markdown && markdown.text.match(/^## .*/gm)).toEqual(['## Reading', '## To read', '## Read']);
    const bibtex = await handleMessage(library, { type: 'export', format: 'bibtex', options: { unicode: true } }, host, 'extension');
    expect(bibtex.ok && 'text' in bibtex && bibtex.text).toContain('Müller, Jörg');
  });

  it.each([
    ['an unknown export format', { type: 'export', format: 'docx' }],
    ['a filter of the wrong type', { type: 'export', format: 'json', filter: { status: 'finished' } }],
    ['an unknown grouping', { type: 'export', format: 'markdown', options: { groupBy: 'year' } }],
    ['import without text', { type: 'import' }],
    ['import text that is not a string', { type: 'import', text: 42 }],
    ['an unknown import format', { type: 'import', text: '2310.04444', format: 'pdf' }],
  ])('refuses %s and writes nothing', async (_label, message) => {
    const { library, db } = freshLibrary();
    const reply = await handleMessage(library, message, host, 'extension');
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error).toMatch(/^malformed message: /);
    expect(await db.papers.count()).toBe(0);
  });

  it('refuses import text over 50 MB with a clear error', async () => {
    const { library } = freshLibrary();
    const reply = await handleMessage(library, { type: 'import', text: 'x'.repeat(MAX_IMPORT_CHARS + 1) }, host, 'extension');
    expect(!reply.ok && reply.error).toMatch(/the file is too large: at most 50 MB/);
  });

  it('a file that fails validation answers { ok: false, error } with nothing written', async () => {
    const { library, db } = freshLibrary();
    const reply = await handleMessage(library, { type: 'import', text: '@misc{a, title = {x}' }, host, 'extension');
    expect(reply).toEqual({
      ok: false,
      error: 'BibTeX syntax error, line 1: entry "a" is not closed (missing "}"); is the file complete?',
    });
    expect(await db.papers.count()).toBe(0);
  });
});

describe('samePaper', () => {
  it('ignores updatedAt, key order and keys holding undefined; sees every other difference', () => {
    const paper = papers[0] as Paper;
    const reordered = Object.fromEntries(Object.entries(paper).reverse()) as Paper;
    expect(samePaper(paper, { ...reordered, updatedAt: 1 })).toBe(true);
    expect(samePaper(paper, { ...paper, doi: undefined })).toBe(true);
    expect(samePaper(paper, { ...paper, tags: [...paper.tags, 'x'] })).toBe(false);
    expect(samePaper(paper, { ...paper, tags: [...paper.tags].reverse() })).toBe(false);
    expect(samePaper(paper, { ...paper, source: { site: 'huggingface' } })).toBe(false);
    expect(samePaper(paper, { ...paper, readAt: undefined })).toBe(false);
    expect(samePaper(paper, { ...paper, upvotes: 43 })).toBe(false);
  });
});

describe('the contract’s minimal backup', () => {
  it('imports records holding only id, title, authors, url, tags, status and savedAt, with every field they have', async () => {
    const minimal = {
      id: 'arxiv:2310.04444',
      title: 'Minimal',
      authors: ['A. Author'],
      url: 'https://arxiv.org/abs/2310.04444',
      tags: ['rl'],
      status: 'reading',
      savedAt: 1764000000000,
    };
    const { library } = freshLibrary();
    const text = JSON.stringify({ format: 'paper-shelf', version: 1, papers: [minimal] });
    expect(await ok(importText(library, text))).toMatchObject({ added: 1, skippedCount: 0 });
    expect(await library.get(minimal.id)).toEqual({ ...minimal, note: '', updatedAt: minimal.savedAt });
  });
});

describe('links', () => {
  it('drops links that are not http(s) from every format, and says so in the summary', async () => {
    const { library, db } = freshLibrary();
    const hostile = {
      ...(papers[1] as Paper),
      id: 'arxiv:2401.00021',
      url: 'javascript:alert(1)',
      pdfUrl: 'data:text/html,<script>alert(1)</script>',
      githubRepo: 'https://github.com/a/b',
    };
    const summary = await ok(importText(library, exportJson([hostile])));
    expect(summary.notes).toEqual(['Dropped links that were not http or https from 1 paper: arxiv:2401.00021 (url, pdfUrl).']);
    const stored = await db.papers.get('arxiv:2401.00021');
    expect(stored?.url).toBe('');
    expect(stored?.pdfUrl).toBeUndefined();
    expect(stored?.githubRepo).toBe('https://github.com/a/b');
    await ok(importText(library, '@misc{a, title = {T}, doi = {10.1000/x}, url = {javascript:alert(1)}}'));
    await ok(importText(library, 'TY  - JOUR\nTI  - R\nDO  - 10.1000/y\nUR  - data:text/html,x\nL1  - javascript:alert(1)\nER  - \n'));
    expect((await db.papers.toArray()).every((p) => !/^(javascript|data):/.test(`${p.url}${p.pdfUrl ?? ''}`))).toBe(true);
  });

  it('never stores a non-http link a page sends', async () => {
    const { library, db } = freshLibrary();
    await library.save(draft(1, { url: 'javascript:alert(1)', pdfUrl: 'file:///etc/passwd' }));
    await library.toggle(draft(2, { url: 'data:text/html,x' }));
    expect((await db.papers.toArray()).map((p) => [p.url, p.pdfUrl])).toEqual([
      ['', undefined],
      ['', undefined],
    ]);
  });
});

describe('exports of broken records', () => {
  it('never throw: a record with savedAt 1e16 written straight into the table exports in every format', async () => {
    const { db } = freshLibrary();
    await db.papers.bulkPut([papers[1] as Paper, { ...(papers[1] as Paper), id: 'arxiv:2401.00031', savedAt: 1e16, readAt: 1e17 }]);
    await db.papers.put({ id: 'arxiv:2401.00032', title: 'bare', savedAt: 'soon' } as never);
    for (const format of ['bibtex', 'ris', 'csl-json', 'markdown', 'csv', 'json'] as const) {
      const exported = await exportLibrary(db, format);
      expect(exported.count).toBe(3);
    }
  });

  it('leave out a record an exporter cannot write, and keep the others', async () => {
    const { db } = freshLibrary();
    await db.papers.bulkPut([papers[1] as Paper, papers[2] as Paper]);
    const { EXPORTERS } = await import('@/lib/export');
    const original = EXPORTERS.csv.write;
    const bad = (papers[2] as Paper).id;
    EXPORTERS.csv.write = (list, options) => {
      if (list.some((p) => p.id === bad)) throw new RangeError('Invalid time value');
      return original(list, options);
    };
    try {
      const exported = await exportLibrary(db, 'csv');
      expect(exported.count).toBe(1);
      expect(exported.text).toContain((papers[1] as Paper).id);
    } finally {
      EXPORTERS.csv.write = original;
    }
  });

  it('the CSV writer itself does not throw on a time a Date cannot hold', async () => {
    const { exportCsv } = await import('@/lib/export/csv');
    expect(() => exportCsv([{ ...(papers[1] as Paper), savedAt: 1e16, readAt: Number.NaN }])).not.toThrow();
  });
});
