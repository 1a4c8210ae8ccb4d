// What a person is told about the supported sites (the popup's first screen), without the adapters' code: the
// popup would otherwise bundle every page reader to print nine names. The house-rules test keeps this list and
// the adapters (lib/sites/index.ts) the same, in the same order.

export interface SiteEntry {
  /** The adapter's name. */
  name: string;
  /** The site as people call it. */
  label: string;
  /** The site's short name, as a saved paper's row says where it was saved ("from arXiv"). */
  short: string;
  /** A page of the site where paper cards get their controls. */
  start: string;
}

export const SITES: readonly SiteEntry[] = [
  { name: 'huggingface', short: 'Hugging Face', label: 'Hugging Face Daily Papers', start: 'https://huggingface.co/papers' },
  { name: 'arxiv', short: 'arXiv', label: 'arXiv listings', start: 'https://arxiv.org/list/cs.LG/new' },
  { name: 'openreview', short: 'OpenReview', label: 'OpenReview', start: 'https://openreview.net/group?id=ICLR.cc/2025/Conference' },
  { name: 'acl', short: 'ACL Anthology', label: 'ACL Anthology', start: 'https://aclanthology.org/events/acl-2024/' },
  { name: 'pmlr', short: 'PMLR', label: 'PMLR', start: 'https://proceedings.mlr.press/v235/' },
  { name: 'neurips', short: 'NeurIPS', label: 'NeurIPS proceedings', start: 'https://papers.nips.cc/paper_files/paper/2024' },
  { name: 'cvf', short: 'CVF', label: 'CVF open access', start: 'https://openaccess.thecvf.com/CVPR2024?day=all' },
  { name: 'scholar', short: 'Google Scholar', label: 'Google Scholar', start: 'https://scholar.google.com/scholar?q=transformer' },
  { name: 'dblp', short: 'DBLP', label: 'DBLP', start: 'https://dblp.org/search?q=transformer' },
  {
    name: 'semanticscholar',
    short: 'Semantic Scholar',
    label: 'Semantic Scholar',
    start: 'https://www.semanticscholar.org/search?q=transformer',
  },
  { name: 'alphaxiv', short: 'alphaXiv', label: 'alphaXiv', start: 'https://www.alphaxiv.org/explore' },
];

/** The short name of the site a paper was saved from (`source.site`, an adapter's name), or null for another. */
export function siteShortName(site: string | undefined): string | null {
  return SITES.find((entry) => entry.name === site)?.short ?? null;
}
