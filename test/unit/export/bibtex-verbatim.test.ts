import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { exportBibtex } from '@/lib/export/bibtex';
import type { Paper } from '@/lib/paper';

const paper = (url: string, doi?: string): Paper => ({
  id: 'arxiv:2401.00001',
  title: 'A title',
  authors: ['Ada Lovelace'],
  url,
  ...(doi ? { doi } : {}),
  tags: [],
  status: 'unread',
  note: '',
  savedAt: 0,
  updatedAt: 0,
});

/** The same address, whatever its percent-encoding: what a browser would open. */
const address = (url: string) => {
  const parsed = new URL(url);
  return [parsed.origin, decodeURIComponent(parsed.pathname), decodeURIComponent(parsed.search), decodeURIComponent(parsed.hash)];
};

describe('BibTeX url and doi fields, read back by the real parsers', () => {
  const cases = [
    ['percent-encoding and a fragment', 'https://example.org/a%20b/paper.pdf#page=3'],
    ['a backslash before a brace', 'https://example.org/p?q=a\\}b{c'],
    ['a backslash at the end', 'https://example.org/p?q=x\\'],
  ];

  it.each(cases)('%s: one entry, no error, the same address', async (_, url) => {
    const bib = exportBibtex([paper(url)]);
    const parsed = parseBibtex(bib, { sentenceCase: false, english: false });
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries).toHaveLength(1);
    const read = parsed.entries[0]?.fields.url as string;
    expect(address(read)).toEqual(address(url));
    const csl = (await Cite.async(bib, { forceType: '@biblatex/text' })).data as { URL?: string; title?: string }[];
    expect(csl).toHaveLength(1);
    expect(address(csl[0]?.URL ?? '')).toEqual(address(url));
    expect(csl[0]?.title).toBe('A title');
  });

  it('a DOI with # and ; (old SICI DOIs) is kept as it is', async () => {
    const doi = '10.1002/(sici)1097-4636(199706)35:4<1::aid-jbm1>3.0.co;2-#';
    const bib = exportBibtex([paper('https://example.org/x', doi)]);
    const parsed = parseBibtex(bib, { sentenceCase: false, english: false });
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries[0]?.fields.doi).toBe(doi);
    const csl = (await Cite.async(bib, { forceType: '@biblatex/text' })).data as { DOI?: string }[];
    expect(csl[0]?.DOI).toBe(doi);
  });
});
