import type { Paper } from '@/lib/paper';
import { arxivDoi, oneLine, paperLinks, publicationDate, publishedDoi, splitName } from './fields';

// RIS is one tag per line; a newline in a value could start a forged tag (even `ER  - `), so values are one line.
function line(tag: string, value: string): string {
  return `${tag}  - ${oneLine(value)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function record(paper: Paper): string {
  const doi = publishedDoi(paper);
  const links = paperLinks(paper);
  const lines = [line('TY', doi ? 'JOUR' : 'UNPB'), line('TI', paper.title)];
  for (const author of paper.authors) {
    const name = splitName(author);
    lines.push(line('AU', [name.family, name.given, name.suffix].filter(Boolean).join(', ')));
  }
  const date = publicationDate(paper);
  if (date) {
    lines.push(line('PY', String(date.year)));
    // RIS dates are YYYY/MM/DD/ with empty parts left blank.
    lines.push(line('DA', `${date.year}/${date.month ? pad(date.month) : ''}/${date.day ? pad(date.day) : ''}/`));
  }
  if (paper.abstract?.trim()) lines.push(line('AB', paper.abstract));
  lines.push(line('UR', links.abs));
  if (links.pdf) lines.push(line('L1', links.pdf));
  const arxiv = arxivDoi(paper.id);
  if (doi || arxiv) lines.push(line('DO', doi ?? arxiv ?? ''));
  if (arxiv) lines.push(line('AN', `arXiv:${arxiv.slice('10.48550/arXiv.'.length)}`), line('DB', 'arXiv.org'));
  for (const tag of paper.tags) lines.push(line('KW', tag));
  if (paper.note.trim()) lines.push(line('N1', paper.note));
  lines.push('ER  - ');
  return lines.join('\r\n');
}

/** RIS (Zotero, EndNote, Mendeley, Paperpile): one `TY` … `ER` record per paper, CRLF line ends as the spec has them. */
export function exportRis(papers: readonly Paper[]): string {
  return papers.map((paper) => `${record(paper)}\r\n`).join('\r\n');
}
