/** The import formats, in a module of their own so that message schemas can name them cheaply. */
export const IMPORT_FORMATS = ['json', 'bibtex', 'ris', 'arxiv-list'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Import text longer than this is refused before parsing (a library of 10,000 papers with abstracts is about 25 MB). */
export const MAX_IMPORT_CHARS = 50 * 1024 * 1024;
