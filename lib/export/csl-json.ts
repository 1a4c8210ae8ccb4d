import type { Paper } from '@/lib/paper';
import { arxivNumber } from '@/lib/paper';
import { citationKeys } from './citation-keys';
import { arxivDoi, publicationDate, publishedDoi, splitName, venueKind } from './fields';

/** One CSL-JSON item, as Zotero, Pandoc and citeproc read it. */
export interface CslItem {
  id: string;
  'citation-key': string;
  type: 'article' | 'article-journal' | 'paper-conference';
  title: string;
  author: ({ family: string; given?: string; suffix?: string } | { literal: string })[];
  'container-title'?: string;
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
  const kind = venueKind(paper);
  // Properties set one by one in the order they are written (no spreads: this runs once per paper of an export).
  const out: Omit<CslItem, 'URL'> & Partial<CslItem> = {
    id: key,
    'citation-key': key,
    // CSL's `article` is a preprint; a conference venue makes a paper-conference, a journal (or, without a venue,
    // a published DOI) a journal article. The venue is the container: the proceedings or the journal.
    type: kind === 'conference' ? 'paper-conference' : kind === 'journal' || doi ? 'article-journal' : 'article',
    title: paper.title,
    author: paper.authors.map(cslName),
  };
  if (kind && paper.venue) out['container-title'] = paper.venue;
  if (date) {
    const parts = [date.year];
    if (date.month !== undefined) parts.push(date.month);
    if (date.day !== undefined) parts.push(date.day);
    out.issued = { 'date-parts': [parts] };
  }
  if (paper.abstract) out.abstract = paper.abstract;
  out.URL = paper.url;
  if (anyDoi) out.DOI = anyDoi;
  // How Zotero writes an arXiv preprint: publisher arXiv, number arXiv:<id>. A paper with a venue was published
  // there: styles would cite arXiv as the proceedings' publisher.
  if (number && !kind) {
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
