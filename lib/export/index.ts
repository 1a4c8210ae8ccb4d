import type { Paper } from '@/lib/paper';
import { exportBibtex } from './bibtex';
import { exportCslJson } from './csl-json';
import { exportCsv } from './csv';
import { EXPORT_FORMATS, EXPORT_LABELS, type ExportFormat, type ExportOptions } from './formats';
import { exportJson } from './json';
import { exportMarkdown } from './markdown';
import { exportRis } from './ris';

export { EXPORT_FORMATS, EXPORT_LABELS, type ExportFormat, type ExportOptions };

export interface ExportFormatInfo {
  extension: string;
  mime: string;
  write: (papers: readonly Paper[], options: ExportOptions) => string;
}

/** Every export format: the file it makes and the pure function that writes it. */
export const EXPORTERS: Record<ExportFormat, ExportFormatInfo> = {
  bibtex: { extension: 'bib', mime: 'application/x-bibtex', write: (papers, { unicode }) => exportBibtex(papers, { unicode }) },
  ris: { extension: 'ris', mime: 'application/x-research-info-systems', write: exportRis },
  'csl-json': { extension: 'json', mime: 'application/vnd.citationstyles.csl+json', write: exportCslJson },
  markdown: { extension: 'md', mime: 'text/markdown', write: (papers, { groupBy }) => exportMarkdown(papers, { groupBy }) },
  csv: { extension: 'csv', mime: 'text/csv', write: exportCsv },
  json: { extension: 'json', mime: 'application/json', write: exportJson },
};

/** `paper-shelf-2026-11-25.bib`; CSL-JSON gets `.csl.json` so it is not mistaken for the backup. */
export function exportFilename(format: ExportFormat, now: number = Date.now()): string {
  const day = new Date(now).toISOString().slice(0, 10);
  const extension = format === 'csl-json' ? 'csl.json' : EXPORTERS[format].extension;
  return `paper-shelf-${day}.${extension}`;
}
