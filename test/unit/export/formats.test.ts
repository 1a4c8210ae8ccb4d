import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, EXPORTERS, exportFilename } from '@/lib/export';
import { exportBibtex } from '@/lib/export/bibtex';
import { exportCslJson } from '@/lib/export/csl-json';
import { CSV_COLUMNS, exportCsv } from '@/lib/export/csv';
import { publicationDate, publishedDoi, venueKind } from '@/lib/export/fields';
import { exportJson } from '@/lib/export/json';
import { exportMarkdown } from '@/lib/export/markdown';
import { exportRis } from '@/lib/export/ris';
import { arxivNumber, canonicalPaperId, type Paper, paperSchemas } from '@/lib/paper';
import { fixture as readFixture } from '../../helpers/fixtures';
import { VENUE_PAPERS as venuePapers } from '../../helpers/venue-papers';

const fixture = (name: string) => readFixture(`formats/${name}`);
const papers: Paper[] = JSON.parse(fixture('papers.json')).papers;
const venuePaper = (id: string) => venuePapers.find((p) => p.id === id) as Paper;
const byTitle = (a = '', b = '') => a.localeCompare(b);

interface CslName {
  family?: string;
  given?: string;
  literal?: string;
  'non-dropping-particle'?: string;
  'dropping-particle'?: string;
  suffix?: string;
}
interface CslData {
  type?: string;
  title?: string;
  author?: CslName[];
  URL?: string;
  DOI?: string;
  'container-title'?: string;
  'event-title'?: string;
  publisher?: string;
  issued?: { 'date-parts'?: number[][] };
}

/** "Given Family Suffix", as our display names are written. */
function cslDisplay(name: CslName): string {
  const particles = [name['dropping-particle'], name['non-dropping-particle']];
  return name.literal ?? [name.given, ...particles, name.family, name.suffix].filter(Boolean).join(' ');
}

function arxivFromUrl(url: string | undefined): string | undefined {
  return url?.replace('https://arxiv.org/abs/', 'arxiv:');
}

describe('the venue fixture', () => {
  it('holds valid records with canonical ids', () => {
    for (const paper of venuePapers) {
      expect(paperSchemas().Paper.parse(paper)).toEqual(paper);
      for (const id of [paper.id, ...(paper.aliases ?? [])]) expect(canonicalPaperId(id)).toBe(id);
    }
  });
});

describe('the fields every format shares', () => {
  it.each([
    ['Findings of the Association for Computational Linguistics: EMNLP 2023', 'conference'],
    ['ICLR 2025 Poster', 'conference'],
    ['Advances in Neural Information Processing Systems 36', 'conference'],
    ['Transactions of the Association for Computational Linguistics', 'journal'],
    ['IEEE Trans. Pattern Anal. Mach. Intell.', 'journal'],
    ['TACL', 'journal'],
    ['J. Mach. Learn. Res.', 'journal'],
    ['Journal of Machine Learning Research', 'journal'],
    ['Physical Review Letters', 'journal'],
    ['Reviews of Modern Physics', 'journal'],
    // A word that holds "review" is no journal's name.
    ['OpenReview.net', 'conference'],
    ['IEEE Signal Processing Magazine', 'journal'],
    ['Trans. Mach. Learn. Res.', 'journal'],
    ['arXiv.org', null],
    ['arXiv preprint arXiv:2503.01785', null],
    ['CoRR', null],
    ['bioRxiv', null],
    ['Submitted to NeurIPS 2025', null],
    ['  ', null],
    [undefined, null],
  ])('venueKind(%j) is %j', (venue, kind) => {
    expect(venueKind(venue === undefined ? {} : { venue })).toBe(kind);
  });

  it('the year: the venue’s for a published paper, else publishedAt, then the paper’s year, then its arXiv id', () => {
    const paper = papers[0] as Paper;
    expect(publicationDate({ ...paper, year: 2018 })).toEqual({ year: 2017, month: 6, day: 12 });
    // BERT: on arXiv in 2018, published at NAACL in 2019.
    expect(publicationDate({ ...paper, year: 2018, venue: 'NAACL-HLT' })).toEqual({ year: 2018 });
    expect(publicationDate({ ...paper, year: 2017, venue: 'NeurIPS' })).toEqual({ year: 2017, month: 6, day: 12 });
    expect(publicationDate({ ...paper, year: 2018, venue: 'arXiv preprint arXiv:1706.03762' })).toEqual({ year: 2017, month: 6, day: 12 });
    const undated = { ...paper, publishedAt: undefined };
    expect(publicationDate(undated)).toEqual({ year: 2017, month: 6 });
    // The venue's year is a fact the page stated; the id's is the month the preprint came out.
    expect(publicationDate({ ...undated, year: 2018 })).toEqual({ year: 2018 });
    expect(publicationDate({ ...undated, year: 2017 })).toEqual({ year: 2017, month: 6 });
    expect(publicationDate(venuePaper('openreview:RxWILaXuhb'))).toEqual({ year: 2025 });
    expect(publicationDate({ ...venuePaper('openreview:RxWILaXuhb'), year: undefined })).toBeNull();
  });

  it('the published DOI: the paper’s own, else the DOI it is known by (its id or an alias), never arXiv’s', () => {
    expect(publishedDoi(venuePaper('doi:10.18653/v1/2023.findings-emnlp.725'))).toBe('10.18653/v1/2023.findings-emnlp.725');
    expect(publishedDoi(venuePaper('doi:10.1162/tacl_a_00577'))).toBe('10.1162/tacl_a_00577');
    expect(publishedDoi(venuePaper('arxiv:1810.04805'))).toBe('10.18653/v1/n19-1423');
    expect(publishedDoi(venuePaper('openreview:RxWILaXuhb'))).toBeNull();
    expect(publishedDoi({ ...(papers[0] as Paper), doi: '10.48550/arXiv.1706.03762' })).toBeNull();
    expect(publishedDoi(papers[3] as Paper)).toBe('10.1000/xyz123');
  });
});

describe('golden files', () => {
  // Review a diff here like a code change: these are the bytes users' tools receive.
  const now = () => Date.UTC(2026, 10, 24, 12);
  it.each([
    ['papers.bib', () => exportBibtex(papers)],
    ['papers.ris', () => exportRis(papers)],
    ['papers.csl.json', () => exportCslJson(papers)],
    ['papers.csv', () => exportCsv(papers)],
    ['papers.md', () => exportMarkdown(papers)],
    ['papers-by-status.md', () => exportMarkdown(papers, { groupBy: 'status' })],
    ['papers.backup.json', () => exportJson(papers, { now })],
    ['venues.bib', () => exportBibtex(venuePapers)],
    ['venues.ris', () => exportRis(venuePapers)],
    ['venues.csl.json', () => exportCslJson(venuePapers)],
    ['venues.csv', () => exportCsv(venuePapers)],
    ['venues.md', () => exportMarkdown(venuePapers)],
  ])('%s', async (name, write) => {
    await expect(write()).toMatchFileSnapshot(`../../fixtures/formats/golden/${name}`);
  });
});

describe('read back by real parsers', () => {
  it('BibTeX: @retorquere/bibtex-parser (Zotero Better BibTeX) gives the same titles, authors and ids, without errors', () => {
    const parsed = parseBibtex(exportBibtex(papers), { sentenceCase: false, english: false });
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries).toHaveLength(papers.length);
    for (const [i, entry] of parsed.entries.entries()) {
      const paper = papers[i] as Paper;
      // The parser returns accents decomposed; the text is the same.
      expect(entry.fields.title?.replace(/<\/?span[^>]*>/g, '').normalize('NFC')).toBe(paper.title);
      const names = (entry.fields.author ?? []).map(
        (c) => c.name ?? [c.firstName, c.prefix, c.lastName, c.suffix].filter(Boolean).join(' '),
      );
      expect(names.map((n) => n.normalize('NFC'))).toEqual(paper.authors);
      expect(entry.fields.eprint).toBe(arxivNumber(paper.id));
      expect(entry.fields.archiveprefix).toBe('arXiv');
      expect(entry.fields.url).toBe(paper.url);
    }
    expect(new Set(parsed.entries.map((e) => e.key)).size).toBe(papers.length);
  });

  it('BibTeX: citation-js (plugin-bibtex) gives the same titles, authors and urls', async () => {
    const items = (await Cite.async(exportBibtex(papers), { forceType: '@biblatex/text' })).data as CslData[];
    expect(items.map((i) => i.title).sort(byTitle)).toEqual(papers.map((p) => p.title).sort(byTitle));
    for (const paper of papers) {
      const item = items.find((i) => i.URL === paper.url);
      expect(item?.title).toBe(paper.title);
      expect(item?.author?.map(cslDisplay)).toEqual(paper.authors);
    }
  });

  it('BibTeX with unicode: true keeps accents as UTF-8 and still parses the same', () => {
    const text = exportBibtex(papers, { unicode: true });
    expect(text).toContain('Müller, Jörg');
    const parsed = parseBibtex(text, { sentenceCase: false, english: false });
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries.map((e) => e.fields.title?.replace(/<\/?span[^>]*>/g, '').normalize('NFC'))).toEqual(papers.map((p) => p.title));
  });

  it('RIS: citation-js (plugin-ris) gives the same titles, authors and ids', async () => {
    const items = (await Cite.async(exportRis(papers), { forceType: '@ris/file' })).data as CslData[];
    expect(items).toHaveLength(papers.length);
    for (const [i, item] of items.entries()) {
      const paper = papers[i] as Paper;
      expect(item.title).toBe(paper.title);
      expect(item.author?.map(cslDisplay)).toEqual(paper.authors);
      expect(arxivFromUrl(item.URL)).toBe(paper.id);
    }
  });

  it('CSL-JSON: citation-js reads it as CSL and keeps titles, authors and ids', async () => {
    const items = (await Cite.async(JSON.parse(exportCslJson(papers)))).data as CslData[];
    expect(items.map((i) => i.title)).toEqual(papers.map((p) => p.title));
    expect(items.map((i) => i.author?.map(cslDisplay))).toEqual(papers.map((p) => p.authors));
    expect(items.map((i) => arxivFromUrl(i.URL))).toEqual(papers.map((p) => p.id));
    expect(items[3]?.DOI).toBe('10.1000/xyz123');
    expect(items[0]?.DOI).toBe('10.48550/arXiv.1706.03762');
  });

  it('CSV: papaparse reads RFC 4180 back: the header, one row per paper, every cell as written', () => {
    const text = exportCsv(papers);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toMatch(/\r\n$/);
    const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows.map((r) => r[0])).toEqual(papers.map((p) => p.id));
    expect(rows.map((r) => r[1])).toEqual(papers.map((p) => p.title));
    expect(rows.map((r) => r[2]?.split('; '))).toEqual(papers.map((p) => p.authors));
    // A note that starts with "=" is written as text, never as a formula, on any of its lines; multi-line cells
    // survive (test/unit/export/csv-formulae.test.ts has the rules).
    const hostile = rows[2] ?? [];
    expect(hostile[CSV_COLUMNS.indexOf('note')]).toBe(`'${papers[2]?.note.replace(/\n(?=[=+\-@])/g, "\n'")}`);
    expect(rows[0]?.[CSV_COLUMNS.indexOf('note')]).toBe(papers[0]?.note);
  });

  it('JSON backup: every field of every paper, versioned', () => {
    const backup = JSON.parse(exportJson(papers, { now: () => 0 }));
    expect(backup).toEqual({ format: 'paper-shelf', version: 1, exportedAt: '1970-01-01T00:00:00.000Z', papers });
  });
});

describe('conference and journal papers, read back by real parsers', () => {
  // What each paper of the venue fixture is, as BibTeX names it: a conference paper, a journal article, a preprint.
  const KINDS: Record<string, 'inproceedings' | 'article' | 'misc'> = {
    'doi:10.18653/v1/2023.findings-emnlp.725': 'inproceedings',
    'openreview:RxWILaXuhb': 'inproceedings',
    'doi:10.1162/tacl_a_00577': 'article',
    'arxiv:1810.04805': 'inproceedings',
    'neurips:2023/0001ca33ba34ce0351e4612b744b3936': 'inproceedings',
    'dblp:journals/pami/SmithJ24': 'article',
    // arXiv.org and "Submitted to NeurIPS 2025" are no publication.
    'arxiv:2503.01785': 'misc',
    'openreview:Zx9aBcDeF1': 'misc',
  };
  const kindOf = (paper: Paper) => KINDS[paper.id];
  const published = (paper: Paper) => (kindOf(paper) === 'misc' ? undefined : paper.venue);
  // The DOI each paper is cited by in every format: a published paper's own, an arXiv preprint's arXiv DOI, else none.
  const VENUE_DOIS = [
    '10.18653/v1/2023.findings-emnlp.725',
    undefined,
    '10.1162/tacl_a_00577',
    '10.18653/v1/n19-1423',
    undefined,
    undefined,
    '10.48550/arXiv.2503.01785',
    undefined,
  ];

  it('the fixture names every kind', () => {
    expect(venuePapers.map(kindOf)).not.toContain(undefined);
  });

  it('BibTeX: @retorquere/bibtex-parser reads @inproceedings with booktitle, @article with journal, the year and the DOI', () => {
    const parsed = parseBibtex(exportBibtex(venuePapers), { sentenceCase: false, english: false });
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries.map((e) => e.type)).toEqual(venuePapers.map(kindOf));
    for (const [i, entry] of parsed.entries.entries()) {
      const paper = venuePapers[i] as Paper;
      const conference = kindOf(paper) === 'inproceedings';
      expect(entry.fields.booktitle).toBe(conference ? published(paper) : undefined);
      expect(entry.fields.journal).toBe(conference ? undefined : published(paper));
      expect(entry.fields.year).toBe(String(paper.year));
      expect(entry.fields.doi).toBe(publishedDoi(paper) ?? undefined);
    }
    // The venue's markup characters are escaped and read back as the text they were.
    expect(parsed.entries[4]?.fields.booktitle).toBe('Advances in Neural Information Processing Systems 36 — Datasets & Benchmarks_Track');
    expect(parsed.entries[2]?.fields.doi).toBe('10.1162/tacl_a_00577');
  });

  it('BibTeX: citation-js reads paper-conference and article-journal in their container-title', async () => {
    const items = (await Cite.async(exportBibtex(venuePapers), { forceType: '@biblatex/text' })).data as CslData[];
    expect(items).toHaveLength(venuePapers.length);
    for (const paper of venuePapers) {
      const item = items.find((i) => i.URL === paper.url);
      const kind = kindOf(paper);
      if (kind === 'inproceedings') expect(item?.type).toBe('paper-conference');
      if (kind === 'article') expect(item?.type).toBe('article-journal');
      expect(item?.['container-title']).toBe(published(paper));
      expect(item?.issued?.['date-parts']?.[0]?.[0]).toBe(paper.year);
    }
  });

  it('RIS: citation-js reads CPAPER as paper-conference at its event, JOUR as article-journal in its container-title', async () => {
    const text = exportRis(venuePapers);
    const items = (await Cite.async(text, { forceType: '@ris/file' })).data as CslData[];
    expect(items).toHaveLength(venuePapers.length);
    const TYPES = { inproceedings: 'paper-conference', article: 'article-journal', misc: 'manuscript' };
    expect(items.map((i) => i.type)).toEqual(venuePapers.map((p) => TYPES[kindOf(p) ?? 'misc']));
    for (const [i, item] of items.entries()) {
      const paper = venuePapers[i] as Paper;
      const conference = kindOf(paper) === 'inproceedings';
      // citation-js reads a CPAPER's T2 as the conference, and no C3 (Zotero's proceedings title) for a CPAPER.
      expect(item['event-title']).toBe(conference ? paper.venue : undefined);
      expect(item['container-title']).toBe(conference ? undefined : published(paper));
      expect(item.issued?.['date-parts']?.[0]?.[0]).toBe(paper.year);
    }
    expect(items.map((i) => i.DOI)).toEqual(VENUE_DOIS);
    expect(text.match(/^TY {2}- .*/gm)).toEqual(
      ['CPAPER', 'CPAPER', 'JOUR', 'CPAPER', 'CPAPER', 'JOUR', 'UNPB', 'UNPB'].map((t) => `TY  - ${t}`),
    );
  });

  it('CSL-JSON: citation-js keeps paper-conference and article-journal, their container-title, year and DOI', async () => {
    const items = (await Cite.async(JSON.parse(exportCslJson(venuePapers)))).data as CslData[];
    const TYPES = { inproceedings: 'paper-conference', article: 'article-journal', misc: 'article' };
    expect(items.map((i) => i.type)).toEqual(venuePapers.map((p) => TYPES[kindOf(p) ?? 'misc']));
    expect(items.map((i) => i['container-title'])).toEqual(venuePapers.map(published));
    expect(items.map((i) => i.issued?.['date-parts']?.[0]?.[0])).toEqual(venuePapers.map((p) => p.year));
    expect(items.map((i) => i.DOI)).toEqual(VENUE_DOIS);
    // arXiv is the publisher of a preprint only, not of the proceedings an arXiv paper appeared in.
    expect(items.map((i) => i.publisher)).toEqual([...Array(6).fill(undefined), 'arXiv', undefined]);
  });

  it('CSV: the columns keep their order, venue is appended; year, doi and venue read back', () => {
    // A contract: a column is never moved or renamed, only added at the end.
    expect(CSV_COLUMNS).toEqual([
      'id',
      'title',
      'authors',
      'year',
      'published',
      'url',
      'pdf',
      'huggingface',
      'primary_class',
      'doi',
      'tags',
      'status',
      'note',
      'saved_at',
      'read_at',
      'upvotes',
      'abstract',
      'venue',
    ]);
    const parsed = Papa.parse<string[]>(exportCsv(venuePapers).slice(1), { skipEmptyLines: true, header: true });
    expect(parsed.errors).toEqual([]);
    const rows = parsed.data as unknown as Record<string, string>[];
    expect(rows.map((r) => r.id)).toEqual(venuePapers.map((p) => p.id));
    expect(rows.map((r) => r.venue)).toEqual(venuePapers.map((p) => p.venue));
    expect(rows.map((r) => r.year)).toEqual(venuePapers.map((p) => String(p.year)));
    expect(rows.map((r) => r.doi)).toEqual(venuePapers.map((p) => publishedDoi(p) ?? ''));
  });

  it('Markdown: the venue and the year after the authors, the year once', () => {
    const text = exportMarkdown(venuePapers);
    expect(text).toContain(
      '[A Survey of Evaluation for Machine Translation](https://doi.org/10.1162/tacl_a_00577) — Grace Hopper, *Transactions of the Association for Computational Linguistics*, 2023',
    );
    expect(text).toContain('— Ada Lovelace, Alan Turing, *ICLR 2025 Poster* · [PDF](https://openreview.net/pdf?id=RxWILaXuhb) _(reading)_');
    expect(text).toContain(
      '— Søren Müller, *Advances in Neural Information Processing Systems 36 — Datasets \\& Benchmarks\\_Track*, 2023\n',
    );
  });
});

describe('Markdown reading list', () => {
  const text = exportMarkdown(papers);

  it('ticks read papers, links arXiv and Hugging Face, and groups by tag', () => {
    expect(text).toContain(
      '- [x] [Attention Is All You Need](https://arxiv.org/abs/1706.03762) — Ashish Vaswani, Noam Shazeer, Niki Parmar et al., 2017 · [HF](https://huggingface.co/papers/1706.03762)',
    );
    expect(text).toContain('- [ ] [Visual-RFT: Visual Reinforcement Fine-Tuning](https://arxiv.org/abs/2503.01785)');
    expect(text.match(/^## /gm)).toHaveLength(8);
    expect(text).toContain('## Untagged');
    // Old-style ids have no Hugging Face page.
    expect(text).not.toContain('huggingface.co/papers/hep-th');
  });

  it('shows markup in titles as text', () => {
    expect(text).not.toContain('<script>');
    expect(text).toContain('\\<script\\>');
    expect(text).toContain('\\$\\\\alpha\\$');
  });

  it('groups by status: reading, to read, read', () => {
    const byStatus = exportMarkdown(papers, { groupBy: 'status' });
    expect(byStatus.match(/^## .*/gm)).toEqual(['## Reading', '## To read', '## Read']);
  });
});

describe('the format index', () => {
  it('names a file and a type for every format, and every exporter handles an empty library', () => {
    for (const format of EXPORT_FORMATS) {
      expect(exportFilename(format, Date.UTC(2026, 10, 25))).toMatch(/^paper-shelf-2026-11-25\.[a-z.]+$/);
      expect(EXPORTERS[format].mime).toMatch(/^[a-z]+\/[a-z.+-]+$/);
      expect(typeof EXPORTERS[format].write([], {})).toBe('string');
    }
    expect(exportFilename('csl-json', 0)).toBe('paper-shelf-1970-01-01.csl.json');
  });
});
