import type { Paper, PaperStatus } from '@/lib/paper';
import { tagKey } from '@/lib/tags';
import { collapseWhitespace } from '@/lib/text';
import { exportLinks, publicationDate } from './fields';

export interface MarkdownOptions {
  /** Sections per tag (a paper appears under each of its tags) or per reading status. */
  groupBy?: 'tag' | 'status';
  heading?: string;
}

const STATUS_HEADINGS: Record<PaperStatus, string> = { reading: 'Reading', unread: 'To read', read: 'Read' };
// Reading first: what is in progress matters most in a list.
const STATUS_ORDER: PaperStatus[] = ['reading', 'unread', 'read'];

/** Escapes what Markdown (and HTML inside it) would read as markup, so that a title shows as the text it is. */
export function markdownText(text: string): string {
  return collapseWhitespace(text).replace(/[\\`*_{}[\]()<>#+!|~&$]/g, '\\$&');
}

// A link destination without the characters that would end it early.
function destination(url: string): string {
  if (!/[\s()<>]/.test(url)) return url;
  return url.replace(/[\s()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function item(paper: Paper): string {
  const links = exportLinks(paper);
  const box = paper.status === 'read' ? '[x]' : '[ ]';
  const authors = paper.authors.length > 3 ? `${paper.authors.slice(0, 3).join(', ')} et al.` : paper.authors.join(', ');
  const year = publicationDate(paper)?.year;
  const venue = paper.venue?.trim();
  // The year once: not again after a venue that names it (`ICLR 2025 Poster`).
  const shownYear = year && !venue?.includes(String(year)) ? String(year) : '';
  const meta = [authors && markdownText(authors), venue && `*${markdownText(venue)}*`, shownYear].filter(Boolean).join(', ');
  const extra = [links.hf ? `[HF](${destination(links.hf)})` : '', links.pdf ? `[PDF](${destination(links.pdf)})` : '']
    .filter(Boolean)
    .join(' · ');
  let line = `- ${box} [${markdownText(paper.title || paper.id)}](${destination(links.abs)})`;
  if (meta) line += ` — ${meta}`;
  if (extra) line += ` · ${extra}`;
  if (paper.status === 'reading') line += ' _(reading)_';
  const note = paper.note.trim();
  // The note as an indented quote under its item, one line per paragraph.
  if (note)
    line += `\n${note
      .split(/\n+/)
      .map((p) => `  > ${markdownText(p)}`)
      .join('\n')}`;
  return line;
}

function sections(papers: readonly Paper[], groupBy: 'tag' | 'status'): [string, Paper[]][] {
  if (groupBy === 'status') {
    return STATUS_ORDER.map((status): [string, Paper[]] => [STATUS_HEADINGS[status], papers.filter((p) => p.status === status)]).filter(
      ([, list]) => list.length > 0,
    );
  }
  const byTag = new Map<string, [string, Paper[]]>();
  const untagged: Paper[] = [];
  for (const paper of papers) {
    if (paper.tags.length === 0) untagged.push(paper);
    for (const tag of paper.tags) {
      const group = byTag.get(tagKey(tag));
      if (group) group[1].push(paper);
      else byTag.set(tagKey(tag), [tag, [paper]]);
    }
  }
  const tagged = [...byTag.values()].sort(([a], [b]) => a.localeCompare(b));
  return untagged.length > 0 ? [...tagged, ['Untagged', untagged]] : tagged;
}

/** A reading list for Obsidian, Notion or GitHub: a section per tag or status, a checkbox per paper (ticked when read). */
export function exportMarkdown(papers: readonly Paper[], options: MarkdownOptions = {}): string {
  const out = [`# ${markdownText(options.heading ?? 'Reading list')}`, ''];
  // A paper under several tags is written once per export.
  const written = new Map<Paper, string>();
  const itemOnce = (paper: Paper) => {
    let line = written.get(paper);
    if (line === undefined) {
      line = item(paper);
      written.set(paper, line);
    }
    return line;
  };
  for (const [heading, list] of sections(papers, options.groupBy ?? 'tag')) {
    out.push(`## ${markdownText(heading)}`, '');
    for (const paper of list) out.push(itemOnce(paper));
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
