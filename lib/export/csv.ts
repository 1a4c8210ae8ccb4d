import Papa from 'papaparse';
import type { Paper } from '@/lib/paper';
import { isoTime } from '@/lib/records';
import { exportLinks, publicationDate, publishedDoi } from './fields';

/** The columns, in order; lists are joined with "; " (a separator spreadsheets leave alone). */
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
    ];
  });
}

/**
 * CSV per RFC 4180 (CRLF, quotes doubled, a header row), led by a UTF-8 byte order mark so that Excel reads
 * accents right. Cells starting with = + - @ are escaped so that a spreadsheet never runs a title as a formula.
 */
export function exportCsv(papers: readonly Paper[]): string {
  const text = Papa.unparse(
    { fields: [...CSV_COLUMNS], data: csvRows(papers) },
    // papaparse's own pattern misses multi-line cells (`.*$` without the s flag), hence ours.
    { newline: '\r\n', escapeFormulae: /^[=+\-@\t\r]/, quotes: false, header: true },
  );
  return `\uFEFF${text}\r\n`;
}
