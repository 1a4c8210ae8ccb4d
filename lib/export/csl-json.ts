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
  const parts = date ? [date.year, date.month, date.day].filter((part): part is number => part !== undefined) : [];
  return {
    id: key,
    'citation-key': key,
    // CSL's `article` is a preprint; a published DOI makes it a journal article.
    type: doi ? 'article-journal' : 'article',
    title: paper.title,
    author: paper.authors.map((display) => {
      const name = splitName(display);
      return name.given ? name : { literal: display.trim() };
    }),
    ...(parts.length > 0 ? { issued: { 'date-parts': [parts] } } : {}),
    ...(paper.abstract ? { abstract: paper.abstract } : {}),
    URL: paper.url,
    ...(anyDoi ? { DOI: anyDoi } : {}),
    // How Zotero writes an arXiv preprint: publisher arXiv, number arXiv:<id>.
    ...(number ? { number: `arXiv:${number}`, publisher: 'arXiv' } : {}),
    ...(paper.tags.length > 0 ? { keyword: paper.tags.join(', ') } : {}),
    ...(paper.note ? { note: paper.note } : {}),
  };
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
