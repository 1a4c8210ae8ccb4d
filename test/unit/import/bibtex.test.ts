import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { exportBibtex } from '@/lib/export/bibtex';
import { bibAuthors, importBibtex } from '@/lib/import/bibtex';
import { parseBibtexSyntax } from '@/lib/import/bibtex-syntax';
import { decodeLatex } from '@/lib/import/latex';
import type { Paper } from '@/lib/paper';
import { fixture as readFixture } from '../../helpers/fixtures';
import { expectVenuePapersBack, VENUE_PAPERS } from '../../helpers/venue-papers';

const fixture = (name: string) => readFixture(`formats/${name}`);
const FILES = ['import/zotero.bib', 'import/jabref.bib', 'import/paperpile.bib', 'import/scholar-dblp-arxiv.bib'];

function imported(name: string) {
  const result = importBibtex(fixture(name));
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe('importBibtex on files written by reference managers', () => {
  it('Zotero: the arXiv DOI gives the id; keywords become tags; the conference paper is kept by its DOI and ACL id', () => {
    const { drafts, skipped } = imported('import/zotero.bib');
    expect(drafts.map((d) => d.paper.id)).toEqual(['arxiv:1706.03762', 'doi:10.18653/v1/n19-1423', 'arxiv:2401.01234']);
    expect(drafts[1]?.paper).toMatchObject({
      aliases: ['acl:N19-1423'],
      url: 'https://aclanthology.org/N19-1423',
      doi: '10.18653/v1/N19-1423',
      venue: 'Proceedings of the 2019 Conference of the North American Chapter of the Association for Computational Linguistics',
      year: 2019,
    });
    drafts.splice(1, 1);
    expect(drafts[0]?.paper).toMatchObject({
      title: 'Attention Is All You Need',
      url: 'https://arxiv.org/abs/1706.03762',
      publishedAt: '2023-08',
    });
    expect(drafts[0]?.paper.doi).toBeUndefined();
    // Zotero's automatic arXiv subject tags are not the user's tags; the user's own tag stays.
    expect(drafts[0]?.tags).toEqual(['to-read']);
    expect(drafts[1]?.tags).toEqual([]);
    expect(drafts[1]?.paper.title).toBe('Über Schätzungen – eine Übersicht mit $α$-Divergenzen & mehr');
    expect(drafts[1]?.paper.authors).toEqual(['Jörg Müller', 'Åse Ødegård', 'José Ramón Núñez', 'Laurens van der Maaten']);
    expect(skipped).toEqual([]);
  });

  it('JabRef: eprint with a version, primaryclass; @comment blocks and the book are not papers', () => {
    const { drafts, skipped } = imported('import/jabref.bib');
    expect(drafts.map((d) => [d.paper.id, d.paper.primaryClass, d.paper.publishedAt])).toEqual([
      ['arxiv:1810.04805', 'cs.CL', '2018-10'],
      ['arxiv:1406.2661', 'stat.ML', '2014'],
    ]);
    expect(skipped.map((s) => s.entry)).toEqual(['@book{Knuth1984} (line 16)']);
  });

  it('Paperpile: quoted values, bare numbers and months, multi-line authors, old-style ids; a journal DOI is no arXiv id', () => {
    const { drafts, skipped } = imported('import/paperpile.bib');
    // The journal article without an arXiv id is kept by its DOI.
    expect(drafts.map((d) => d.paper.id)).toEqual(['arxiv:2005.14165', 'arxiv:hep-th/9802150', 'doi:10.1145/1234567.1234568']);
    expect(drafts[0]?.paper.authors).toEqual(['Tom B Brown', 'Benjamin Mann', 'Nick Ryder', 'Melanie Subbiah']);
    expect(drafts[0]?.tags).toEqual(['llm', 'scaling']);
    expect(drafts[1]?.paper.title).toBe('Anti-de Sitter space and holography');
    expect(skipped).toHaveLength(0);
  });

  it('Google Scholar, DBLP, arXiv: ids from "arXiv preprint arXiv:…", eprinttype, and @string macros with #', () => {
    const { drafts } = imported('import/scholar-dblp-arxiv.bib');
    expect(drafts.map((d) => d.paper.id)).toEqual(['arxiv:1512.03385', 'arxiv:2106.09685', 'arxiv:2305.18290', 'arxiv:2201.11903']);
    expect(drafts[1]?.paper.authors.at(-1)).toBe('Zeyuan Allen-Zhu');
    // "and others" is BibTeX for et al., not an author.
    expect(drafts[3]?.paper.authors).toEqual(['Jason Wei', 'Xuezhi Wang', 'Dale Schuurmans']);
    // "arXiv preprint arXiv:…" and CoRR are where the preprint is, not a venue.
    expect(drafts.map((d) => d.paper.venue)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it.each(FILES)('%s: same titles and authors as @retorquere/bibtex-parser (Zotero Better BibTeX)', (name) => {
    const text = fixture(name);
    const reference = parseBibtex(text, { sentenceCase: false, english: false, unsupported: 'ignore' });
    const ours = imported(name);
    expect(parseBibtexSyntax(text).ok).toBe(true);
    for (const draft of ours.drafts) {
      const entry = reference.entries.find(
        (e) => (e.fields.title ?? '').replace(/<\/?span[^>]*>/g, '').normalize('NFC') === draft.paper.title,
      );
      expect(entry, draft.paper.title).toBeDefined();
      const names = (entry?.fields.author ?? [])
        .map((c) => (c.name ?? [c.firstName, c.prefix, c.lastName, c.suffix].filter(Boolean).join(' ')).normalize('NFC'))
        .filter((n) => n !== 'others');
      expect(draft.paper.authors).toEqual(names);
    }
  });
});

describe('BibTeX round trip', () => {
  it('our own export comes back with the same ids, titles, authors, tags and dates', () => {
    const papers: Paper[] = JSON.parse(fixture('papers.json')).papers;
    for (const unicode of [false, true]) {
      const result = importBibtex(exportBibtex(papers, { unicode }));
      if (!result.ok) throw new Error(result.error);
      expect(result.skipped).toEqual([]);
      expect(result.drafts.map((d) => d.paper.id)).toEqual(papers.map((p) => p.id));
      expect(result.drafts.map((d) => d.paper.title)).toEqual(papers.map((p) => p.title));
      expect(result.drafts.map((d) => d.paper.authors)).toEqual(papers.map((p) => p.authors));
      expect(result.drafts[0]?.paper).toMatchObject({ primaryClass: 'cs.CL', publishedAt: '2017-06', abstract: papers[0]?.abstract });
      expect(result.drafts[3]?.paper.doi).toBe('10.1000/xyz123');
      expect(result.drafts[1]?.tags).toEqual(['rl', 'vision']);
    }
  });

  it('conference and journal papers come back by their ids, with their venue (booktitle or journal) and year', () => {
    const drafts = expectVenuePapersBack(importBibtex(exportBibtex(VENUE_PAPERS)));
    // A DOI the paper was known by only as its id is written, and read back.
    expect(drafts[2]?.paper.doi).toBe('10.1162/tacl_a_00577');
  });

  it('a DOI written as a link is read as the DOI, its case kept', () => {
    const result = importBibtex('@article{a, title={A Survey}, journal={TACL}, doi={https://doi.org/10.1162/TACL_a_00577}}');
    if (!result.ok) throw new Error(result.error);
    expect(result.drafts[0]?.paper).toMatchObject({
      id: 'doi:10.1162/tacl_a_00577',
      doi: '10.1162/TACL_a_00577',
      url: 'https://doi.org/10.1162/TACL_a_00577',
      venue: 'TACL',
    });
  });
});

describe('LaTeX in values', () => {
  it.each([
    ['M{\\"u}ller', 'Müller'],
    ["\\'{e}t\\'e", 'été'],
    ['{\\ss}', 'ß'],
    ["Ko{\\v{c}}isk{\\'y}", 'Kočiský'],
    ['{\\L}ukasz', 'Łukasz'],
    ['na{\\"\\i}ve', 'naïve'],
    ['50\\% \\& \\$5 \\#1 a\\_b', '50% & $5 #1 a_b'],
    ['\\textbackslash{}x \\textasciitilde{} \\textless{}b\\textgreater{}', '\\x ~ <b>'],
    ['\\emph{Deep} \\textbf{learning}', 'Deep learning'],
    ["pages 1--2, a---b, ``q''", 'pages 1–2, a—b, “q”'],
    ['$\\alpha$-divergence $O(n^2)$', 'α-divergence O(n2)'],
    ['{BERT}: {Pre}-training', 'BERT: Pre-training'],
    ['\\unknowncommand{x}', 'unknowncommandx'],
  ])('%s → %s', (latex, text) => {
    expect(decodeLatex(latex)).toBe(text);
  });

  it('names: "von Last, Jr, First", braced organisations, "and" inside braces', () => {
    expect(bibAuthors('van der Maaten, Laurens and King, Jr., Martin Luther and {Barnes and Noble} and Ada Lovelace')).toEqual([
      'Laurens van der Maaten',
      'Martin Luther King Jr.',
      'Barnes and Noble',
      'Ada Lovelace',
    ]);
  });
});

describe('malformed BibTeX is an error that names the line', () => {
  it.each([
    [
      'an unclosed entry',
      '@misc{a,\n  title = {x},\n  eprint = {2401.00001}\n',
      /line 3: entry "a" is not closed \(missing "}"\); is the file complete\?/,
    ],
    ['an unclosed brace', '@misc{a,\n  title = {x,\n  eprint = {2401.00001}\n}\n', /line 2: entry "a" is not closed/],
    ['a brace that never closes', '@misc{a,\n  title = {x {y}\n', /line 2: a braced value is never closed/],
    ['an unclosed quote', '@misc{a,\n  title = "x,\n}\n', /line 2: a quoted value is never closed/],
    ['a missing =', '@misc{a,\n  title {x}\n}', /line 2: expected "=" after field "title"/],
    ['a missing comma', '@misc{a,\n  title = {x}\n  eprint = {2401.00001}\n}', /line 2: expected "," or "}" after field "title"/],
    ['an unknown macro', '@misc{a, title = undefinedmacro}', /line 1: unknown macro "undefinedmacro"/],
    ['no entries at all', 'just some text, no entries', /no BibTeX entries found/],
  ])('%s', (_label, text, error) => {
    const result = importBibtex(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(error);
  });

  it('a title longer than any paper has is refused, naming the entry and the field', () => {
    const result = importBibtex(`@misc{a, title = {${'x'.repeat(3000)}}, eprint = {2401.00001}}`);
    expect(result).toEqual({ ok: false, error: 'entry 1, @misc{a} (line 1): field "title": longer than 2000 characters' });
  });

  it('an @ in running text (an e-mail address) is not an entry', () => {
    const result = importBibtex('Contact ada@example.org for the list.\n@misc{a, title = {T}, eprint = {2401.00001}}');
    expect(result.ok && result.drafts.map((d) => d.paper.id)).toEqual(['arxiv:2401.00001']);
  });

  it('<script> in a title stays text', () => {
    const result = importBibtex('@misc{a, title = {<script>alert(1)</script>}, eprint = {2401.00001}}');
    expect(result.ok && result.drafts[0]?.paper.title).toBe('<script>alert(1)</script>');
  });
});

describe('nested @string macros', () => {
  it('refuse a value that doubles past the bound, naming why, instead of filling memory', () => {
    const doubling = Array.from({ length: 40 }, (_, i) => `@string{m${i + 1} = m${i} # m${i}}`).join('\n');
    const text = `@string{m0 = "ab"}\n${doubling}\n@article{k, title = m40}`;
    const parsed = parseBibtexSyntax(text);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.error).toMatch(/expands past 1000000 characters \(nested @string macros\)/);
  });

  it('still expand a macro used a few times', () => {
    const parsed = parseBibtexSyntax('@string{v = "Vol"}\n@article{k, title = v # " " # v, journal = v}');
    expect(parsed.ok && parsed.entries[0]?.fields.get('title')).toBe('Vol Vol');
  });
});
