import { arxivNumber, type Paper } from '@/lib/paper';
import { BIBTEX_MONTHS } from '@/lib/tex';
import { collapseWhitespace } from '@/lib/text';
import { citationKeys } from './citation-keys';
import { publicationDate, publishedDoi, splitName, venueKind } from './fields';
import { latexText, latexTitle } from './latex';

export interface BibtexOptions {
  /** Keep accented letters as UTF-8 instead of LaTeX accents (for biber / biblatex users). */
  unicode?: boolean;
}

function authorField(authors: readonly string[], options: BibtexOptions): string {
  // Co-authors recur across a library: each name is written once per mode (and per export run of a worker).
  const cache = options.unicode ? unicodeAuthors : latexAuthors;
  let out = '';
  for (const [i, display] of authors.entries()) {
    let written = cache.get(display);
    if (written === undefined) {
      if (cache.size > 50_000) cache.clear();
      written = authorName(display, options);
      cache.set(display, written);
    }
    out = i === 0 ? written : `${out} and ${written}`;
  }
  return out;
}

const latexAuthors = new Map<string, string>();
const unicodeAuthors = new Map<string, string>();

function authorName(display: string, options: BibtexOptions): string {
  const name = splitName(display);
  const latex = (text: string) => latexText(text, options);
  // One word, or an organisation whose name holds "and": braces keep BibTeX from splitting it.
  if (!name.given || /\band\b/i.test(display)) return `{${latex(display.trim())}}`;
  return [name.family, name.suffix, name.given]
    .filter(Boolean)
    .map((part) => latex(part ?? ''))
    .join(', ');
}

// url and doi are verbatim fields (biblatex, Zotero, citation-js read them as written, so `\%` would stay `\%`): only
// what could end the value early is changed, to the same URL percent-encoded: braces, a backslash (which would
// escape the brace after it for some readers) and white space. `%` and `#` are URL syntax and stay as they are.
function verbatim(url: string): string {
  if (!/[{}\\\s]/.test(url)) return url;
  return url.replace(/[{}\\\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

// Each entry is pushed to `out` piece by piece, and the whole export joined once: for 10,000 papers and more,
// strings built by concatenation per entry (and joined again) cost more than the text itself.
function entry(out: string[], paper: Paper, key: string, options: BibtexOptions): void {
  // Each value is written as BibTeX reads it: braced text, or a bare month macro.
  const text = (value: string) => latexText(collapseWhitespace(value), options);
  const doi = publishedDoi(paper);
  // A conference paper is @inproceedings in its booktitle, a journal article @article in its journal; without a
  // venue, a published DOI still makes an @article, and a preprint is @misc.
  const kind = venueKind(paper);
  const type = kind === 'conference' ? '@inproceedings{' : kind === 'journal' || doi ? '@article{' : '@misc{';
  out.push(type, key, ',\n  title = {', latexTitle(collapseWhitespace(paper.title), options));
  if (paper.authors.length > 0) out.push('},\n  author = {', authorField(paper.authors, options));
  if (kind) out.push(kind === 'conference' ? '},\n  booktitle = {' : '},\n  journal = {', text(paper.venue ?? ''));
  const date = publicationDate(paper);
  if (date) out.push('},\n  year = {', String(date.year));
  out.push('}');
  // The standard macro, unbraced: both BibTeX and biblatex know jan…dec.
  const month = date?.month ? BIBTEX_MONTHS[date.month - 1] : undefined;
  if (month) out.push(',\n  month = ', month);
  const number = arxivNumber(paper.id);
  if (number) {
    out.push(',\n  eprint = {', number, '},\n  archivePrefix = {arXiv}');
    if (paper.primaryClass) out.push(',\n  primaryClass = {', text(paper.primaryClass), '}');
  }
  if (doi) out.push(',\n  doi = {', verbatim(doi), '}');
  out.push(',\n  url = {', verbatim(paper.url), '}');
  if (paper.abstract?.trim()) out.push(',\n  abstract = {', text(paper.abstract), '}');
  if (paper.tags.length > 0) out.push(',\n  keywords = {', paper.tags.map(text).join(', '), '}');
  // The reader's note, as Zotero and BibDesk read it (Zotero makes it a child note); its lines are kept.
  const note = paper.note
    ? paper.note
        .trim()
        .replace(/\r\n?/g, '\n')
        .replace(/\n\s*\n/g, '\n')
    : '';
  if (note) out.push(',\n  annote = {', latexText(note, options), '}');
  out.push('\n}\n');
}

/**
 * BibTeX: `@inproceedings` per conference paper (`booktitle`), `@article` per journal article (`journal`) or paper
 * with a published DOI, `@misc` per preprint; arXiv's eprint fields for every arXiv paper.
 */
export function exportBibtex(papers: readonly Paper[], options: BibtexOptions = {}): string {
  const keys = citationKeys(papers);
  const out: string[] = [];
  for (const [i, paper] of papers.entries()) {
    if (i > 0) out.push('\n');
    entry(out, paper, keys.get(paper.id) ?? paper.id, options);
  }
  return out.join('');
}
