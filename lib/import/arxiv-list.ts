import { arxivLinks, canonicalArxivId, canonicalDoi, canonicalPaperId, idScheme, paperIdFromUrl, paperLinks } from '@/lib/paper';
import { arxivIdFromMention, arxivIdFromUrls } from './arxiv-refs';
import { type DraftsParse, type ImportedDraft, quote, type Skipped } from './types';

// A paper URL in running text or Markdown (`[title](https://…)`), without the punctuation that ends a sentence.
const URLS = /https?:\/\/[^\s"'<>{}]+/gi;
// A DOI in running text: `doi:10.1145/…`, `DOI 10.1145/…`, or bare.
const DOI_IN_TEXT = /\b10\.\d{4,9}\/[^\s"'<>{}]+/i;

function paperUrl(text: string): { id: string; url: string } | null {
  for (const match of text.matchAll(URLS)) {
    const url = match[0].replace(/[.,;)\]]+$/, '');
    const id = paperIdFromUrl(url);
    if (id) return { id, url };
  }
  return null;
}

/**
 * The paper a line names, and the URL it gave: a bare id (`2310.04444v2`, `arXiv:hep-th/9901001`, a DOI
 * `10.1145/…`, any scheme's id `openreview:…`), a paper URL (arXiv, DOI, OpenReview, ACL Anthology, …), or a
 * line holding one. An arXiv id anywhere in the line comes first, as the library ranks ids.
 */
function linePaper(line: string): { id: string; url?: string } | null {
  const bare = line.replace(/^(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?/, '').trim();
  const arxiv = canonicalArxivId(bare) ?? arxivIdFromUrls(bare) ?? arxivIdFromMention(bare);
  if (arxiv) return { id: arxiv };
  const id = /\s/.test(bare) ? null : canonicalPaperId(bare);
  if (id) return /^https?:\/\//i.test(bare) ? { id, url: bare } : { id };
  const linked = paperUrl(bare);
  if (linked) return linked;
  const doi = canonicalDoi(DOI_IN_TEXT.exec(bare)?.[0] ?? '');
  return doi ? { id: doi } : null;
}

/** The canonical id of the paper a line names, or null (what guessFormat asks of a list's lines). */
export function linePaperId(line: string): string | null {
  return linePaper(line)?.id ?? null;
}

/** Where a listed paper is read: its arXiv abstract, the page its id names (doi.org, OpenReview…), else the URL given. */
function pageOf(id: string, given: string | undefined): string {
  const arxiv = arxivLinks(id)?.abs;
  if (arxiv) return arxiv;
  const scheme = idScheme(id);
  return paperLinks({ id }).find((link) => link.kind === scheme)?.href ?? given ?? '';
}

// Headings, quotes and comments in a hand-kept list are not entries.
const IGNORED = /^(#|>|\/\/|%)/;

/**
 * A plain list of papers, one per line: arXiv ids, DOIs, other schemes' ids and paper URLs → drafts (titles come
 * when the paper is next seen on a page).
 */
export function importArxivList(text: string): DraftsParse {
  const drafts: ImportedDraft[] = [];
  const skipped: Skipped[] = [];
  const seen = new Set<string>();
  for (const [index, raw] of text.split(/\r\n|\r|\n/).entries()) {
    const line = raw.trim();
    if (!line || IGNORED.test(line)) continue;
    const paper = linePaper(line);
    if (!paper) {
      skipped.push({ entry: `line ${index + 1}: ${quote(line, 60)}`, reason: 'not an arXiv id, DOI or paper URL' });
      continue;
    }
    if (seen.has(paper.id)) continue;
    seen.add(paper.id);
    drafts.push({ paper: { id: paper.id, title: '', authors: [], url: pageOf(paper.id, paper.url) }, tags: [] });
  }
  if (drafts.length === 0) {
    const first = skipped[0];
    return { ok: false, error: `no arXiv ids, DOIs or paper URLs found${first ? ` (${first.entry})` : ''}` };
  }
  return { ok: true, drafts, skipped };
}
