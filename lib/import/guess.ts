import { lineArxivId } from './arxiv-list';

import type { ImportFormat } from './formats';

/** Which import format a text is in, from its first signs; null when it looks like none of them. */
export function guessFormat(text: string): ImportFormat | null {
  const head = text.slice(0, 100_000);
  const start = head.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return 'json';
  if (/^\s*TY {2}- /m.test(head)) return 'ris';
  if (/^\s*@[A-Za-z]+\s*[{(]/m.test(head)) return 'bibtex';
  // A list when some line of the first hundred non-empty ones names a paper.
  const lines = head
    .split(/\r\n|\r|\n/, 10_000)
    .filter((line) => line.trim())
    .slice(0, 100);
  return lines.some((line) => lineArxivId(line.trim()) !== null) ? 'arxiv-list' : null;
}
