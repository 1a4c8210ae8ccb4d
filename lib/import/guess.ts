import { linePaperId } from './arxiv-list';

import type { ImportFormat } from './formats';

/** Which import format a text is in, from its first signs; null when it looks like none of them. */
export function guessFormat(text: string): ImportFormat | null {
  const head = text.slice(0, 100_000);
  const start = head.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return 'json';
  // RIS or BibTeX: whichever shows first (a BibTeX note or abstract may quote a RIS line, and the other way round).
  const ris = /^\s*TY {2}- /m.exec(head)?.index ?? Number.POSITIVE_INFINITY;
  const bibtex = /^\s*@[A-Za-z]+\s*[{(]/m.exec(head)?.index ?? Number.POSITIVE_INFINITY;
  if (ris < bibtex) return 'ris';
  if (bibtex < ris) return 'bibtex';
  // A list when some line of the first hundred non-empty ones names a paper.
  const lines = head
    .split(/\r\n|\r|\n/, 10_000)
    .filter((line) => line.trim())
    .slice(0, 100);
  return lines.some((line) => linePaperId(line.trim()) !== null) ? 'arxiv-list' : null;
}
