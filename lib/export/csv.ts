import Papa from 'papaparse';
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
  return papers.map((paper) => {
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
  });
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
  return cell.replace(FORMULA, "'");
}

/**
 * CSV per RFC 4180 (CRLF, quotes doubled, a header row), led by a UTF-8 byte order mark so that Excel reads
 * accents right. No cell can be run as a formula, whatever separator the spreadsheet's locale uses.
 */
export function exportCsv(papers: readonly Paper[]): string {
  const rows = csvRows(papers);
  for (const row of rows) for (const [i, cell] of row.entries()) row[i] = neutraliseFormulae(cell);
  const text = Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: '\r\n', quotes: false, header: true });
  return `\uFEFF${text}\r\n`;
}
