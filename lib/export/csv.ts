import type { Paper } from '@/lib/paper';
import { isoTime } from '@/lib/records';
import { exportLinks, publicationDate, publishedDoi } from './fields';

/** The columns, in order (a contract: new ones are appended); lists are joined with "; " (a separator spreadsheets leave alone). */
export const CSV_COLUMNS = [
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
  // Added columns go last: spreadsheets and scripts address the columns above by position.
  'venue',
] as const;

// A time a Date cannot hold (a broken record) is an empty cell, not a throw.
function isoDate(ms: number | undefined): string {
  return isoTime(ms) ?? '';
}

/** One row per paper, cells as text. */
export function csvRows(papers: readonly Paper[]): string[][] {
  return papers.map(csvRow);
}

function csvRow(paper: Paper): string[] {
  const links = exportLinks(paper);
  return [
    paper.id,
    paper.title,
    paper.authors.join('; '),
    String(publicationDate(paper)?.year ?? ''),
    paper.publishedAt ?? '',
    links.abs,
    links.pdf ?? '',
    links.hf ?? '',
    paper.primaryClass ?? '',
    publishedDoi(paper) ?? '',
    paper.tags.join('; '),
    paper.status,
    paper.note,
    isoDate(paper.savedAt),
    isoDate(paper.readAt),
    paper.upvotes === undefined ? '' : String(paper.upvotes),
    paper.abstract ?? '',
    paper.venue ?? '',
  ];
}

// A formula starts with = + - @ (or a tab or CR a spreadsheet drops first). Spreadsheets split a file on the
// separator of their locale (, or ; or a tab), ignoring our quotes when they guess wrong, and some split lines
// inside cells: so a formula may start a cell, or follow any of these.
const FORMULA = /(?<=^|[,;\t\r\n])(?=[=+\-@\t\r])/g;

/**
 * Makes a cell text for every spreadsheet: a `'` (which spreadsheets read as "text follows" and hide) before
 * anything that could start a formula, at the cell's start or after a character some locale splits cells on.
 */
export function neutraliseFormulae(cell: string): string {
  // Most cells hold no formula start at all (a date's or a title's hyphen is not after a separator): one quick test
  // without the lookbehind tells, and the cell is returned as it is.
  return MAY_START_FORMULA.test(cell) ? cell.replace(FORMULA, "'") : cell;
}

// What FORMULA matches somewhere, as a plain search.
const MAY_START_FORMULA = /^[=+\-@\t\r]|[,;\t\r\n][=+\-@\t\r]/;

// A cell is quoted when it holds a quote, the separator, a line break or a byte order mark, or starts or ends with a
// space: the rule of Papa Parse's unparse, which wrote this file before, kept so that the file stays the same.
const NEEDS_QUOTES = /[",\r\n\uFEFF]/;
// A cell with none of these inside, and none of = + - @ or a space first or a space last, is written as it is: no
// formula to neutralise, nothing to quote. Most cells (ids, dates, links, most titles): one scan tells.
const SPECIAL_INSIDE = /[",;\t\r\n\uFEFF]/;
const SPECIAL_FIRST = /^[=+\-@ ]/;

/** A cell as the file holds it: formulae neutralised, quoted when it must be. */
function csvCell(cell: string): string {
  if (!SPECIAL_INSIDE.test(cell) && !SPECIAL_FIRST.test(cell) && !cell.endsWith(' ')) return cell;
  const text = neutraliseFormulae(cell);
  if (NEEDS_QUOTES.test(text)) return `"${text.replace(/"/g, '""')}"`;
  return text.startsWith(' ') || text.endsWith(' ') ? `"${text}"` : text;
}

function csvLine(cells: readonly string[]): string {
  let line = '';
  for (const [i, cell] of cells.entries()) line += i === 0 ? csvCell(cell) : `,${csvCell(cell)}`;
  return line;
}

/**
 * CSV per RFC 4180 (CRLF, quotes doubled, a header row), led by a UTF-8 byte order mark so that Excel reads
 * accents right. No cell can be run as a formula, whatever separator the spreadsheet's locale uses.
 */
export function exportCsv(papers: readonly Paper[]): string {
  const lines = [csvLine(CSV_COLUMNS)];
  for (const paper of papers) lines.push(csvLine(csvRow(paper)));
  // A file of no papers has an empty line after its header, as Papa Parse wrote it (one empty row).
  if (papers.length === 0) lines.push('');
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
