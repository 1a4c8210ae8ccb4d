import { searchText } from '@/lib/library';
import type { Paper } from '@/lib/paper';

/** The words of a query, lowercased; a paper matches when its text contains every one of them. */
export function queryWords(text: string): string[] {
  return text.toLocaleLowerCase().split(/\s+/).filter(Boolean);
}

/**
 * Full-text search over papers held in memory: each paper's lowercased text (title, authors, abstract, tags,
 * note, id) is computed once per record version and kept, so a keystroke scans strings and reads nothing.
 * Typing more of the same query only re-checks the previous matches.
 */
export class TextSearch {
  // Records are replaced, never mutated, when they change: the object itself is the cache key.
  private readonly haystacks = new WeakMap<Paper, string>();
  private last: { source: readonly Paper[]; query: string; result: Paper[] } | null = null;

  haystack(paper: Paper): string {
    let text = this.haystacks.get(paper);
    if (text === undefined) {
      text = searchText(paper);
      this.haystacks.set(paper, text);
    }
    return text;
  }

  /** Prepares every paper's text ahead of the first keystroke. */
  warm(papers: Iterable<Paper>): void {
    for (const paper of papers) this.haystack(paper);
  }

  /** The papers (in their given order) that contain every word of `text`; all of them for an empty query. */
  filter(papers: readonly Paper[], text: string): readonly Paper[] {
    const words = queryWords(text);
    if (words.length === 0) return papers;
    const query = words.join(' ');
    // "transf" can only match papers that "trans" matched: narrow the last result instead of rescanning.
    const previous = this.last;
    const narrowing = previous !== null && previous.source === papers && query.startsWith(previous.query) && !text.endsWith(' ');
    const pool = narrowing ? previous.result : papers;
    const result = pool.filter((paper) => {
      const haystack = this.haystack(paper);
      return words.every((word) => haystack.includes(word));
    });
    this.last = { source: papers, query, result };
    return result;
  }
}
