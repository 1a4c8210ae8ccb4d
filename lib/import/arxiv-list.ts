import { arxivLinks, canonicalArxivId } from '@/lib/paper';
import { arxivIdFromMention, arxivIdFromUrls } from './arxiv-refs';
import { type DraftsParse, type ImportedDraft, quote, type Skipped } from './types';

/** The paper a line names: a bare id (`2310.04444v2`, `arXiv:hep-th/9901001`), a paper URL, or a line holding one. */
export function lineArxivId(line: string): string | null {
  const bare = line.replace(/^(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?/, '').trim();
  return canonicalArxivId(bare) ?? arxivIdFromUrls(bare) ?? arxivIdFromMention(bare);
}

// Headings, quotes and comments in a hand-kept list are not entries.
const IGNORED = /^(#|>|\/\/|%)/;

/** A plain list of arXiv ids or URLs, one per line → drafts (titles come when the paper is next seen on a page). */
export function importArxivList(text: string): DraftsParse {
  const drafts: ImportedDraft[] = [];
  const skipped: Skipped[] = [];
  const seen = new Set<string>();
  for (const [index, raw] of text.split(/\r\n|\r|\n/).entries()) {
    const line = raw.trim();
    if (!line || IGNORED.test(line)) continue;
    const id = lineArxivId(line);
    if (!id) {
      skipped.push({ entry: `line ${index + 1}: ${quote(line, 60)}`, reason: 'not an arXiv id or paper URL' });
      continue;
    }
    if (seen.has(id)) continue;
    seen.add(id);
    drafts.push({ paper: { id, title: '', authors: [], url: arxivLinks(id)?.abs ?? '' }, tags: [] });
  }
  if (drafts.length === 0) {
    const first = skipped[0];
    return { ok: false, error: `no arXiv ids or paper URLs found${first ? ` (${first.entry})` : ''}` };
  }
  return { ok: true, drafts, skipped };
}
