import { uniqueTags } from '@/lib/tags';

// arXiv's subject names, which Zotero adds to every arXiv item as automatic tags ("Computer Science - Machine
// Learning"): they describe arXiv's listing, not the user's shelf, and would bury the user's own tags.
const ARXIV_SUBJECT =
  /^(Computer Science|Mathematics|Statistics|Physics|Quantitative Biology|Quantitative Finance|Electrical Engineering and Systems Science|Economics|Condensed Matter|High Energy Physics|Astrophysics|Nuclear (Theory|Experiment)|General Relativity and Quantum Cosmology|Quantum Physics|Nonlinear Sciences|Mathematical Physics) - /;

/** A file's keywords as tags: trimmed, unique (case-insensitive), arXiv's automatic subject tags left out. */
export function keywordTags(keywords: Iterable<string>): string[] {
  return uniqueTags(keywords)
    .filter((tag) => tag.length <= 200 && !ARXIV_SUBJECT.test(tag))
    .slice(0, 1000);
}
