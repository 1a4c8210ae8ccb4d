// What a person is told about the supported sites (the popup's first screen), without the adapters' code: the
// popup would otherwise bundle every page reader to print nine names. The house-rules test keeps this list and
// the adapters (lib/sites/index.ts) the same, in the same order.

export interface SiteEntry {
  /** The adapter's name. */
  name: string;
  /** The site as people call it. */
  label: string;
  /** A page of the site where paper cards get their controls. */
  start: string;
}

export const SITES: readonly SiteEntry[] = [
  { name: 'huggingface', label: 'Hugging Face Daily Papers', start: 'https://huggingface.co/papers' },
  { name: 'arxiv', label: 'arXiv listings', start: 'https://arxiv.org/list/cs.LG/new' },
  { name: 'openreview', label: 'OpenReview', start: 'https://openreview.net/group?id=ICLR.cc/2025/Conference' },
  { name: 'acl', label: 'ACL Anthology', start: 'https://aclanthology.org/events/acl-2024/' },
  { name: 'pmlr', label: 'PMLR', start: 'https://proceedings.mlr.press/v235/' },
  { name: 'neurips', label: 'NeurIPS proceedings', start: 'https://papers.nips.cc/paper_files/paper/2024' },
  { name: 'cvf', label: 'CVF open access', start: 'https://openaccess.thecvf.com/CVPR2024?day=all' },
  { name: 'scholar', label: 'Google Scholar', start: 'https://scholar.google.com/scholar?q=transformer' },
  { name: 'dblp', label: 'DBLP', start: 'https://dblp.org/search?q=transformer' },
  { name: 'semanticscholar', label: 'Semantic Scholar', start: 'https://www.semanticscholar.org/search?q=transformer' },
  { name: 'alphaxiv', label: 'alphaXiv', start: 'https://www.alphaxiv.org/explore' },
];
