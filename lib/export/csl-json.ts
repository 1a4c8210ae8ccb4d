import type { Paper } from '@/lib/paper';
import { arxivNumber } from '@/lib/paper';
import { citationKeys } from './citation-keys';
import { arxivDoi, publicationDate, publishedDoi, splitName } from './fields';

/** One CSL-JSON item, as Zotero, Pandoc and citeproc read it. */
export interface CslItem {
  id: string;
  'citation-key': string;
  type: 'article' | 'article-journal';
  title: string;
  author: ({ family: string; given?: string; suffix?: string } | { literal: string })[];
  issued?: { 'date-parts': number[][] };
  abstract?: string;
  URL: string;
  DOI?: string;
  number?: string;
  publisher?: string;
  keyword?: string;
  note?: string;
}

function item(paper: Paper, key: string): CslItem {
  const doi = publishedDoi(paper);
  const number = arxivNumber(paper.id);
  const date = publicationDate(paper);
  const anyDoi = doi ?? arxivDoi(paper.id);
  // Properties set one by one in the order they are written (no spreads: this runs once per paper of an export).
  const out: Omit<CslItem, 'URL'> & Partial<CslItem> = {
    id: key,
    'citation-key': key,
    // CSL's `article` is a preprint; a published DOI makes it a journal article.
    type: doi ? 'article-journal' : 'article',
    title: paper.title,
    author: paper.authors.map(cslName),
  };
  if (date) {
    const parts = [date.year];
    if (date.month !== undefined) parts.push(date.month);
    if (date.day !== undefined) parts.push(date.day);
    out.issued = { 'date-parts': [parts] };
  }
  if (paper.abstract) out.abstract = paper.abstract;
  out.URL = paper.url;
  if (anyDoi) out.DOI = anyDoi;
  // How Zotero writes an arXiv preprint: publisher arXiv, number arXiv:<id>.
  if (number) {
    out.number = `arXiv:${number}`;
    out.publisher = 'arXiv';
  }
  if (paper.tags.length > 0) out.keyword = paper.tags.join(', ');
  if (paper.note) out.note = paper.note;
  return out as CslItem;
}

function cslName(display: string): CslItem['author'][number] {
  const name = splitName(display);
  return name.given ? name : { literal: display.trim() };
}

/** CSL-JSON, Zotero's and Pandoc's interchange format: an array of items keyed like the BibTeX export. */
export function exportCslJson(papers: readonly Paper[]): string {
  const keys = citationKeys(papers);
  return `${JSON.stringify(
    papers.map((paper) => item(paper, keys.get(paper.id) ?? paper.id)),
    null,
    2,
  )}\n`;
}
