import { arxivNumber, type Paper } from '@/lib/paper';
import { citationKeys } from './citation-keys';
import { oneLine, publicationDate, publishedDoi, splitName } from './fields';
import { latexText, latexTitle } from './latex';

export interface BibtexOptions {
  /** Keep accented letters as UTF-8 instead of LaTeX accents (for biber / biblatex users). */
  unicode?: boolean;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function authorField(authors: readonly string[], options: BibtexOptions): string {
  return authors
    .map((display) => {
      const name = splitName(display);
      const latex = (text: string) => latexText(text, options);
      // One word, or an organisation whose name holds "and": braces keep BibTeX from splitting it.
      if (!name.given || /\band\b/i.test(display)) return `{${latex(display.trim())}}`;
      return [name.family, name.suffix, name.given]
        .filter(Boolean)
        .map((part) => latex(part ?? ''))
        .join(', ');
    })
    .join(' and ');
}

// BibTeX reads url verbatim: only braces could unbalance it.
function verbatim(url: string): string {
  return url.replace(/\{/g, '%7B').replace(/\}/g, '%7D').replace(/\s/g, '%20');
}

function entry(paper: Paper, key: string, options: BibtexOptions): string {
  // Each value is written as BibTeX reads it: braced text, or a bare month macro.
  const fields: [string, string][] = [];
  const add = (name: string, value: string) => fields.push([name, `{${value}}`]);
  const text = (value: string) => latexText(oneLine(value), options);
  add('title', latexTitle(oneLine(paper.title), options));
  if (paper.authors.length > 0) add('author', authorField(paper.authors, options));
  const date = publicationDate(paper);
  if (date) add('year', String(date.year));
  // The standard macro, unbraced: both BibTeX and biblatex know jan…dec.
  const month = date?.month ? MONTHS[date.month - 1] : undefined;
  if (month) fields.push(['month', month]);
  const number = arxivNumber(paper.id);
  if (number) {
    add('eprint', number);
    add('archivePrefix', 'arXiv');
    if (paper.primaryClass) add('primaryClass', text(paper.primaryClass));
  }
  const doi = publishedDoi(paper);
  if (doi) add('doi', verbatim(doi));
  add('url', verbatim(paper.url));
  if (paper.abstract?.trim()) add('abstract', text(paper.abstract));
  if (paper.tags.length > 0) add('keywords', paper.tags.map(text).join(', '));
  // The reader's note, as Zotero and BibDesk read it (Zotero makes it a child note); its lines are kept.
  const note = paper.note
    .trim()
    .replace(/\r\n?/g, '\n')
    .replace(/\n\s*\n/g, '\n');
  if (note) add('annote', latexText(note, options));
  const type = doi ? 'article' : 'misc';
  return `@${type}{${key},\n${fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n')}\n}\n`;
}

/** BibTeX: `@misc` per preprint (`@article` when it has a published DOI), with arXiv's eprint fields. */
export function exportBibtex(papers: readonly Paper[], options: BibtexOptions = {}): string {
  const keys = citationKeys(papers);
  return papers.map((paper) => entry(paper, keys.get(paper.id) ?? paper.id, options)).join('\n');
}
