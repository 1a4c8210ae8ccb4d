/** The export formats (CONTRACT.md), in a module of their own so that message schemas and the UI can name them cheaply. */
export const EXPORT_FORMATS = ['bibtex', 'ris', 'csl-json', 'markdown', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Choices some formats offer: Markdown's grouping, BibTeX's accents as UTF-8 rather than LaTeX. */
export interface ExportOptions {
  groupBy?: 'tag' | 'status';
  unicode?: boolean;
  now?: () => number;
}

/** What the UI calls each format. */
export const EXPORT_LABELS: Record<ExportFormat, string> = {
  bibtex: 'BibTeX (.bib)',
  ris: 'RIS: Zotero, EndNote, Mendeley (.ris)',
  'csl-json': 'CSL-JSON: Zotero, Pandoc (.json)',
  markdown: 'Markdown reading list (.md)',
  csv: 'CSV for spreadsheets (.csv)',
  json: 'Backup: everything (.json)',
};
