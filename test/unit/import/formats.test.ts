import { describe, expect, it } from 'vitest';
import { exportJson } from '@/lib/export/json';
import { exportMarkdown } from '@/lib/export/markdown';
import { exportRis } from '@/lib/export/ris';
import { parseImport } from '@/lib/import';
import { importArxivList } from '@/lib/import/arxiv-list';
import { guessFormat } from '@/lib/import/guess';
import { importJson } from '@/lib/import/json';
import { importRis } from '@/lib/import/ris';
import { type Paper, paperIds } from '@/lib/paper';
import { fixture as readFixture } from '../../helpers/fixtures';
import { expectVenuePapersBack, VENUE_PAPERS } from '../../helpers/venue-papers';

const fixture = (name: string) => readFixture(`formats/${name}`);
const papers: Paper[] = JSON.parse(fixture('papers.json')).papers;

describe('importRis', () => {
  it('Zotero RIS: ids from the arXiv DOI or a journal line; continuation lines; the Nature paper by its DOI; the book is skipped', () => {
    const result = importRis(fixture('import/zotero.ris'));
    if (!result.ok) throw new Error(result.error);
    expect(result.drafts.map((d) => d.paper.id)).toEqual(['arxiv:1706.03762', 'doi:10.1038/nature24270', 'arxiv:1512.03385']);
    // A journal article without an arXiv id is known by its DOI, in its journal (JO).
    expect(result.drafts[1]?.paper).toEqual({
      id: 'doi:10.1038/nature24270',
      title: 'Mastering the game of Go without human knowledge',
      authors: ['David Silver'],
      url: 'https://www.nature.com/articles/nature24270',
      venue: 'Nature',
      year: 2017,
      publishedAt: '2017',
      doi: '10.1038/nature24270',
    });
    // An arXiv paper's journal line ("arXiv preprint arXiv:…") is no venue.
    expect(result.drafts[2]?.paper.venue).toBeUndefined();
    result.drafts.splice(1, 1);
    expect(result.drafts[0]?.paper).toMatchObject({
      title: 'Attention Is All You Need',
      authors: ['Ashish Vaswani', 'Noam Shazeer', 'Łukasz Kaiser'],
      abstract:
        'The dominant sequence transduction models are based on complex recurrent or convolutional neural networks in an encoder-decoder configuration.',
      publishedAt: '2023-08-01',
    });
    expect(result.drafts[1]?.paper.authors).toEqual(['Kaiming He', 'Xiangyu Zhang']);
    expect(result.drafts[0]?.tags).toEqual(['to-read']);
    expect(result.skipped).toEqual([
      {
        entry: 'record 4 (line 39, "The Art of Computer Programming")',
        reason: 'names no paper (no arXiv id, DOI or paper URL)',
      },
    ]);
  });

  it('conference papers by their DOI or paper URL, the venue from T2, C3, JO or BT; other ids as aliases', () => {
    const text = [
      // EndNote: a conference paper in its proceedings (BT), DOI in capitals, its ACL Anthology page.
      'TY  - CPAPER',
      'TI  - BERT: Pre-training of Deep Bidirectional Transformers',
      'AU  - Devlin, Jacob',
      'BT  - Proceedings of NAACL-HLT 2019',
      'PY  - 2019',
      'DO  - 10.18653/v1/N19-1423',
      'UR  - https://aclanthology.org/N19-1423/',
      'ER  - ',
      // An OpenReview paper with no DOI: known by its forum, the venue from T2.
      'TY  - CPAPER',
      'TI  - Scaling Laws',
      'AU  - Lovelace, Ada',
      'T2  - ICLR 2025 Poster',
      'DA  - 2025///',
      'UR  - https://openreview.net/forum?id=RxWILaXuhb',
      'ER  - ',
      // A DOI as a doi.org URL in DO (some writers do), a journal in JF.
      'TY  - JOUR',
      'TI  - A Survey',
      'JF  - Transactions of the Association for Computational Linguistics',
      'DO  - https://doi.org/10.1162/tacl_a_00577',
      'ER  - ',
    ].join('\r\n');
    const result = importRis(text);
    if (!result.ok) throw new Error(result.error);
    expect(result.skipped).toEqual([]);
    expect(result.drafts.map((d) => d.paper)).toEqual([
      {
        id: 'doi:10.18653/v1/n19-1423',
        aliases: ['acl:N19-1423'],
        title: 'BERT: Pre-training of Deep Bidirectional Transformers',
        authors: ['Jacob Devlin'],
        url: 'https://aclanthology.org/N19-1423/',
        venue: 'Proceedings of NAACL-HLT 2019',
        year: 2019,
        publishedAt: '2019',
        doi: '10.18653/v1/N19-1423',
      },
      {
        id: 'openreview:RxWILaXuhb',
        title: 'Scaling Laws',
        authors: ['Ada Lovelace'],
        url: 'https://openreview.net/forum?id=RxWILaXuhb',
        venue: 'ICLR 2025 Poster',
        year: 2025,
        publishedAt: '2025',
      },
      {
        id: 'doi:10.1162/tacl_a_00577',
        title: 'A Survey',
        authors: [],
        // The DOI as a DOI, not as the link it was written as.
        url: 'https://doi.org/10.1162/tacl_a_00577',
        venue: 'Transactions of the Association for Computational Linguistics',
        doi: '10.1162/tacl_a_00577',
      },
    ]);
  });

  it('our own RIS of conference and journal papers comes back by the same ids, with venue and year', () => {
    const drafts = expectVenuePapersBack(importRis(exportRis(VENUE_PAPERS)));
    expect(drafts[0]?.paper.aliases).toEqual(['acl:2023.findings-emnlp.725']);
  });

  it('our own RIS comes back with the same ids, titles, authors and tags; a note cannot forge a record', () => {
    const result = importRis(exportRis(papers));
    if (!result.ok) throw new Error(result.error);
    expect(result.drafts.map((d) => d.paper.id)).toEqual(papers.map((p) => p.id));
    expect(result.drafts.map((d) => d.paper.title)).toEqual(papers.map((p) => p.title));
    expect(result.drafts.map((d) => d.paper.authors)).toEqual(papers.map((p) => p.authors));
    expect(result.drafts.map((d) => d.tags)).toEqual(papers.map((p) => p.tags));
    expect(result.drafts[3]?.paper.doi).toBe('10.1000/xyz123');
  });

  it.each([
    ['a truncated file', 'TY  - JOUR\nTI  - x\n', /ends inside the record that starts on line 1/],
    ['a record inside a record', 'TY  - JOUR\nTI  - x\nTY  - JOUR\nER  - \n', /line 3: a new record starts before the one on line 1 ended/],
    ['an ER alone', 'ER  - \n', /line 1: "ER" without a record/],
    ['a tag outside a record', 'TI  - lost\n', /line 1: "TI" outside a record/],
  ])('%s is an error', (_label, text, error) => {
    const result = importRis(text);
    expect(!result.ok && result.error).toMatch(error);
  });
});

describe('importArxivList', () => {
  it('takes ids, versions, old-style ids, URLs of arXiv, Hugging Face and alphaXiv, and Markdown list items', () => {
    const text = [
      '# my reading list',
      '2310.04444',
      'arXiv:1706.03762v5',
      'hep-th/9901001',
      'https://arxiv.org/pdf/2503.01785v2',
      'https://huggingface.co/papers/2401.00001',
      '- [ ] [A title](https://www.alphaxiv.org/abs/2305.18290)',
      '2310.04444',
      'not a paper',
      '',
    ].join('\n');
    const result = importArxivList(text);
    if (!result.ok) throw new Error(result.error);
    expect(result.drafts.map((d) => d.paper.id)).toEqual([
      'arxiv:2310.04444',
      'arxiv:1706.03762',
      'arxiv:hep-th/9901001',
      'arxiv:2503.01785',
      'arxiv:2401.00001',
      'arxiv:2305.18290',
    ]);
    expect(result.drafts[0]?.paper).toEqual({ id: 'arxiv:2310.04444', title: '', authors: [], url: 'https://arxiv.org/abs/2310.04444' });
    expect(result.skipped).toEqual([{ entry: 'line 9: not a paper', reason: 'not an arXiv id, DOI or paper URL' }]);
  });

  it('reads back our Markdown reading list', () => {
    const result = importArxivList(exportMarkdown(papers));
    expect(result.ok && new Set(result.drafts.map((d) => d.paper.id))).toEqual(new Set(papers.map((p) => p.id)));
  });

  it('takes DOIs (bare, doi:, doi.org links, in a sentence), OpenReview and ACL Anthology URLs, and any scheme’s ids', () => {
    const text = [
      '10.1145/3292500.3330701',
      'doi:10.1038/NATURE24270',
      'https://doi.org/10.1162/tacl_a_00577',
      'Silver et al., Nature 2017. DOI: 10.1038/nature24270.',
      'https://openreview.net/forum?id=RxWILaXuhb',
      'https://openreview.net/pdf?id=Zx9aBcDeF1',
      'https://aclanthology.org/2023.findings-emnlp.725.pdf',
      'https://aclanthology.org/N19-1423/',
      'acl:P19-1001',
      'openreview:AbCdEf1234',
      '- [ ] [Some paper](https://proceedings.mlr.press/v235/abad-rocamora24a.html)',
      // An arXiv id comes first, as the library ranks ids.
      'https://openreview.net/forum?id=RxWILaXuhb (arXiv:2310.04444)',
      'https://example.com/not-a-paper',
      '10.1/too-short',
    ].join('\n');
    const result = importArxivList(text);
    if (!result.ok) throw new Error(result.error);
    expect(result.drafts.map((d) => [d.paper.id, d.paper.url])).toEqual([
      ['doi:10.1145/3292500.3330701', 'https://doi.org/10.1145/3292500.3330701'],
      ['doi:10.1038/nature24270', 'https://doi.org/10.1038/nature24270'],
      ['doi:10.1162/tacl_a_00577', 'https://doi.org/10.1162/tacl_a_00577'],
      ['openreview:RxWILaXuhb', 'https://openreview.net/forum?id=RxWILaXuhb'],
      ['openreview:Zx9aBcDeF1', 'https://openreview.net/forum?id=Zx9aBcDeF1'],
      ['acl:2023.findings-emnlp.725', 'https://aclanthology.org/2023.findings-emnlp.725/'],
      ['acl:N19-1423', 'https://aclanthology.org/N19-1423/'],
      ['acl:P19-1001', 'https://aclanthology.org/P19-1001/'],
      ['openreview:AbCdEf1234', 'https://openreview.net/forum?id=AbCdEf1234'],
      // No page of its own the id names: the URL the line gave.
      ['pmlr:v235/abad-rocamora24a', 'https://proceedings.mlr.press/v235/abad-rocamora24a.html'],
      ['arxiv:2310.04444', 'https://arxiv.org/abs/2310.04444'],
    ]);
    expect(result.skipped.map((s) => s.entry)).toEqual(['line 13: https://example.com/not-a-paper', 'line 14: 10.1/too-short']);
  });

  it('reads back the Markdown reading list of conference and journal papers, each by one of its ids', () => {
    const result = importArxivList(exportMarkdown(VENUE_PAPERS));
    if (!result.ok) throw new Error(result.error);
    expect(result.skipped).toEqual([]);
    // Each item links the page the paper was saved from: the EMNLP paper known by its DOI links its ACL Anthology page.
    const named = result.drafts.map((d) => VENUE_PAPERS.findIndex((p) => paperIds(p).includes(d.paper.id)));
    expect(named.sort()).toEqual(VENUE_PAPERS.map((_, i) => i));
  });

  it('a list naming no paper is an error', () => {
    expect(importArxivList('hello\nworld')).toEqual({ ok: false, error: 'no arXiv ids, DOIs or paper URLs found (line 1: hello)' });
  });
});

describe('importJson (the backup)', () => {
  it('gives back every paper exactly', () => {
    expect(importJson(exportJson(papers))).toEqual({ ok: true, papers, skipped: [] });
  });

  it('carries the ids, venue and year of a conference paper, and nothing the database derives', () => {
    const paper: Paper = {
      ...(papers[0] as Paper),
      id: 'doi:10.18653/v1/2023.findings-emnlp.725',
      aliases: ['acl:2023.findings-emnlp.725'],
      venue: 'Findings of EMNLP 2023',
      year: 2023,
    };
    const text = exportJson([{ ...paper, titleKey: 'x|y' } as Paper]);
    expect(text).not.toContain('titleKey');
    expect(importJson(text)).toEqual({ ok: true, papers: [paper], skipped: [] });
  });

  const valid = JSON.parse(exportJson(papers));
  const withPaper = (index: number, patch: Record<string, unknown>) =>
    JSON.stringify({ ...valid, papers: valid.papers.map((p: Paper, i: number) => (i === index ? { ...p, ...patch } : p)) });

  it.each([
    ['truncated JSON', exportJson(papers).slice(0, 500), /^not valid JSON \(.+\): is the file complete\?$/],
    ['another JSON', '{"hello": "world"}', /not a Paper Shelf backup \(it has no "format": "paper-shelf"\)/],
    ['CSL-JSON', '[{"title": "x"}]', /is a list, not a Paper Shelf backup/],
    ['a newer version', JSON.stringify({ ...valid, version: 2 }), /version 2, written by a newer Paper Shelf/],
    ['papers not a list', JSON.stringify({ ...valid, papers: 'x' }), /the backup is malformed: field "papers"/],
    ['a paper that is a string', JSON.stringify({ ...valid, papers: ['x'] }), /^paper 1: expected an object, got string$/],
    ['a wrong status', withPaper(2, { status: 'done' }), /^paper 3 \(arxiv:2401\.00001\): field "status": /],
    ['authors as a string', withPaper(1, { authors: 'A, B' }), /^paper 2 \(arxiv:2503\.01785\): field "authors": /],
    ['a number as a string', withPaper(0, { savedAt: '2024-01-01' }), /^paper 1 \(arxiv:1706\.03762\): field "savedAt": /],
    [
      'a huge title',
      withPaper(0, { title: 'x'.repeat(1_000_000) }),
      /^paper 1 \(arxiv:1706\.03762\): field "title": longer than 2000 characters$/,
    ],
    ['a bad id', withPaper(0, { id: '1706.03762' }), /^paper 1 \(1706\.03762\): field "id": not a canonical paper id$/],
    ['a versioned id', withPaper(0, { id: 'arxiv:1706.03762v2' }), /field "id": not a canonical arXiv id \(expected arxiv:1706\.03762\)/],
    ['a nested bad field', withPaper(0, { source: { site: 7 } }), /field "source\.site": /],
    [
      'a DOI in capitals',
      withPaper(0, { id: 'doi:10.1109/CVPR.2016.90' }),
      /field "id": not a canonical doi id \(expected doi:10\.1109\/cvpr\.2016\.90\)/,
    ],
    [
      'an arXiv DOI as the id',
      withPaper(0, { id: 'doi:10.48550/arxiv.1706.03762' }),
      /field "id": not a canonical doi id \(expected arxiv:1706\.03762\)/,
    ],
    [
      'a bad alias',
      withPaper(0, { aliases: ['not an id'] }),
      /^paper 1 \(arxiv:1706\.03762\): field "aliases\[0\]": not a canonical paper id$/,
    ],
    ['a year that is no year', withPaper(0, { year: 20 }), /field "year": not a year/],
  ])('%s: a clear error', (_label, text, error) => {
    const result = importJson(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(error);
  });
});

describe('guessFormat and parseImport', () => {
  it.each([
    [exportJson(papers), 'json'],
    ['  [1, 2]', 'json'],
    ['% comment\n@misc{a, title={x}}', 'bibtex'],
    ['\uFEFFTY  - JOUR\nER  - ', 'ris'],
    // Whichever shows first: a BibTeX note may quote RIS lines, and a RIS file may hold a line that looks like BibTeX.
    ['@misc{a, title={x},\n  annote = {pasted:\nTY  - JOUR\nER  - }\n}', 'bibtex'],
    ['TY  - JOUR\nN1  - see\n@misc{x, title={y}}\nER  - ', 'ris'],
    ['some text\n2310.04444\n', 'arxiv-list'],
    ['my list\n10.1038/nature24270\n', 'arxiv-list'],
    ['https://openreview.net/forum?id=RxWILaXuhb', 'arxiv-list'],
    ['hello world', null],
  ])('%#: %s', (text, format) => {
    expect(guessFormat(text.replace(/^\uFEFF/, ''))).toBe(format);
  });

  it('explains what it expected when it recognises nothing, and refuses empty files', () => {
    expect(parseImport('lorem ipsum')).toEqual({
      ok: false,
      error: 'unrecognised format: expected a Paper Shelf JSON backup, BibTeX, RIS, or a list of arXiv ids, DOIs or paper URLs',
    });
    expect(parseImport(' \n ')).toEqual({ ok: false, error: 'the file is empty' });
  });

  it('a named format wins over the guess', () => {
    const result = parseImport('@misc{a, title={x}, eprint={2401.00001}}', 'arxiv-list');
    expect(result.ok).toBe(false);
  });
});
