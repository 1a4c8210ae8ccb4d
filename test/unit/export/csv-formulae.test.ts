import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvRows, exportCsv, neutraliseFormulae } from '@/lib/export/csv';
import type { Paper } from '@/lib/paper';

const paper = (over: Partial<Paper>): Paper => ({
  id: 'arxiv:2401.00001',
  title: 'A title',
  authors: ['Ada Lovelace'],
  url: 'https://arxiv.org/abs/2401.00001',
  tags: [],
  status: 'unread',
  note: '',
  savedAt: Date.UTC(2026, 0, 1),
  updatedAt: Date.UTC(2026, 0, 1),
  ...over,
});

/** Every cell of the file as a spreadsheet of a locale with this separator splits it, ignoring quotes. */
function naiveCells(text: string, separator: string): string[] {
  return text
    .slice(1)
    .split(/\r\n|\n|\r/)
    .flatMap((line) => line.split(separator))
    .map((cell) => cell.replace(/^"/, ''));
}

describe('CSV formulae', () => {
  it.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ['+1', `'+1`],
    ['-1', `'-1`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\t=1', `'\t'=1`],
    ['safe;=cmd', `safe;'=cmd`],
    ['safe,=cmd', `safe,'=cmd`],
    ['line one\n=cmd', `line one\n'=cmd`],
    ['line one\r\n@cmd', `line one\r\n'@cmd`],
  ])('neutralises %j', (cell, expected) => {
    expect(neutraliseFormulae(cell)).toBe(expected);
  });

  it.each([['A plain title'], ['Self-attention, revisited'], ['x = y + z'], ['2026-11-24T12:00:00.000Z'], ['a; b']])(
    'leaves %j as it is',
    (cell) => {
      expect(neutraliseFormulae(cell)).toBe(cell);
    },
  );

  it('no cell of the file starts a formula, whichever separator a spreadsheet splits it on', () => {
    const text = exportCsv([
      paper({ title: 'Title;=cmd|" /C calc"!A0', note: 'first\n+2\n-3', tags: ['x,=1', '@y'] }),
      paper({ id: 'arxiv:2401.00002', title: '=2+2', authors: ['-Dash', 'Semi;@colon'] }),
    ]);
    for (const separator of [',', ';', '\t']) {
      for (const cell of naiveCells(text, separator)) expect(cell).not.toMatch(/^[=+\-@]/);
    }
  });

  it('a correct reader gets the text back with only the leading marks added', () => {
    const text = exportCsv([paper({ title: 'Title;=cmd', note: 'plain note' })]);
    const [, row] = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(row?.[CSV_COLUMNS.indexOf('title')]).toBe(`Title;'=cmd`);
    expect(row?.[CSV_COLUMNS.indexOf('note')]).toBe('plain note');
  });
});

describe('the CSV writer', () => {
  // The cells that quoting is about, and a few of each around them.
  const PIECES = ['', ' ', 'a', '"', '""', ',', ';', '\t', '\r', '\n', '\r\n', '\uFEFF', '=', '+', '-', '@', 'é', '\u2028', 'x y'];
  let seed = 17;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed;
  };
  const cell = () => Array.from({ length: next() % 5 }, () => PIECES[next() % PIECES.length]).join('');

  it("writes what Papa Parse's unparse wrote, cell for cell, for every awkward cell", () => {
    const papers = Array.from({ length: 3000 }, (_, i) =>
      paper({
        id: `arxiv:2401.${String(i).padStart(5, '0')}`,
        title: cell(),
        authors: [cell(), cell()],
        note: cell(),
        abstract: cell(),
        venue: cell(),
        tags: [cell()].filter(Boolean),
        primaryClass: cell(),
      }),
    );
    // The reference: the rows, formulae neutralised, written by Papa Parse as the export did before its own writer.
    const rows = csvRows(papers).map((row) => row.map(neutraliseFormulae));
    const reference = Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: '\r\n', quotes: false, header: true });
    expect(exportCsv(papers)).toBe(`\uFEFF${reference}\r\n`);
    expect(exportCsv([])).toBe(
      `\uFEFF${Papa.unparse({ fields: [...CSV_COLUMNS], data: [] }, { newline: '\r\n', quotes: false, header: true })}\r\n`,
    );
  });
});
