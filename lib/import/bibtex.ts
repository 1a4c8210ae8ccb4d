import { venueKind } from '@/lib/export/fields';
import { arxivLinks, canonicalArxivId, type PaperDraft, paperSchemas, rankIds } from '@/lib/paper';
import { BIBTEX_MONTHS, splitOutsideBraces } from '@/lib/tex';
import { collapseWhitespace } from '@/lib/text';
import { arxivIdFromDoi, arxivIdFromMention, arxivIdFromUrls, bareDoi, firstId, otherPaperIds } from './arxiv-refs';
import { type BibEntry, parseBibtexSyntax } from './bibtex-syntax';
import { issueText } from './issues';
import { keywordTags } from './keywords';
import { decodeLatex } from './latex';
import { type DraftsParse, type ImportedDraft, importedNote, quote, type Skipped } from './types';

// One RegExp for every call: the brace scanner keeps its sticky copy per pattern object.
const AUTHOR_SEPARATOR = /\s+and\s+/i;

/** Authors split at " and " outside braces (`{Barnes and Noble}` is one author). */
function splitAuthors(value: string): string[] {
  return splitOutsideBraces(value, AUTHOR_SEPARATOR)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** A BibTeX name ("von Last, Jr, First", "von Last, First" or "First von Last") as it is read aloud. */
export function displayName(raw: string): string {
  const parts = splitOutsideBraces(raw, ',').map((part) => collapseWhitespace(decodeLatex(part)));
  const [last = '', second = '', third = ''] = parts;
  const ordered = parts.length >= 3 ? [third, last, second] : parts.length === 2 ? [second, last] : [last];
  return ordered.filter(Boolean).join(' ');
}

export function bibAuthors(value: string | undefined): string[] {
  return splitAuthors(value ?? '')
    .filter((name) => name.toLowerCase() !== 'others')
    .map(displayName)
    .filter(Boolean);
}

/** The arXiv paper an entry names: eprint, arXiv DOI, a paper URL, or a mention such as "arXiv preprint arXiv:…". */
export function entryArxivId(fields: Map<string, string>): string | null {
  const get = (name: string) => fields.get(name);
  const archive = (get('archiveprefix') ?? get('eprinttype') ?? '').trim().toLowerCase();
  return firstId(
    () => (archive === '' || archive === 'arxiv' ? canonicalArxivId(get('eprint') ?? '') : null),
    () => arxivIdFromDoi(get('doi')),
    () => arxivIdFromUrls([get('url'), get('howpublished'), get('note'), get('pdf')].join(' ')),
    () => canonicalArxivId(get('arxivid') ?? get('arxiv') ?? ''),
    () => arxivIdFromMention([get('journal'), get('journaltitle'), get('volume'), get('number'), get('eprint')].join(' ')),
  );
}

/**
 * The other ids an entry names: its DOI and the paper pages its links name (OpenReview forums, ACL Anthology,
 * PMLR, proceedings…), best first. An entry that names no arXiv paper is known by these.
 */
export function entryOtherIds(fields: Map<string, string>): string[] {
  return otherPaperIds(fields.get('doi'), [fields.get('url'), fields.get('howpublished'), fields.get('pdf'), fields.get('note')].join(' '));
}

/** `date = {2017-06-12}`, or `year` with `month` (a number or a name) → `2017-06-12`, `2017-06`, `2017`. */
function publishedAt(fields: Map<string, string>): string | undefined {
  const date = /^\d{4}(-\d{2}(-\d{2})?)?/.exec(fields.get('date')?.trim() ?? '')?.[0];
  if (date) return date;
  const year = /\d{4}/.exec(fields.get('year') ?? '')?.[0];
  if (!year) return undefined;
  const month = (fields.get('month') ?? '').trim().toLowerCase();
  const number = /^\d{1,2}$/.test(month) ? Number(month) : BIBTEX_MONTHS.indexOf(month.slice(0, 3)) + 1;
  return number >= 1 && number <= 12 ? `${year}-${String(number).padStart(2, '0')}` : year;
}

function label(entry: BibEntry): string {
  return `@${entry.type}{${quote(entry.key, 60)}} (line ${entry.line})`;
}

function toDraft(entry: BibEntry, ids: readonly string[]): ImportedDraft {
  const [id = '', ...aliases] = ids;
  const text = (name: string) => {
    const raw = entry.fields.get(name);
    return raw === undefined ? undefined : collapseWhitespace(decodeLatex(raw));
  };
  const verbatim = (name: string) => entry.fields.get(name)?.trim() || undefined;
  const doi = bareDoi(entry.fields.get('doi'));
  const primaryClass = verbatim('primaryclass') ?? verbatim('eprintclass');
  const date = publishedAt(entry.fields);
  const abstract = text('abstract');
  // A conference paper's venue is its booktitle, a journal article's its journal.
  const venue = text('booktitle') ?? text('journal') ?? text('journaltitle');
  const year = Number(/\d{4}/.exec(date ?? '')?.[0] ?? Number.NaN);
  const paper: PaperDraft = {
    id,
    ...(aliases.length > 0 ? { aliases } : {}),
    title: text('title') ?? '',
    authors: bibAuthors(entry.fields.get('author')),
    url: arxivLinks(id)?.abs ?? verbatim('url') ?? (doi ? `https://doi.org/${doi}` : ''),
    // An arXiv paper's journal is mostly "arXiv preprint arXiv:…" or CoRR: kept only when it names a publication.
    ...(venue && (!arxivLinks(id) || venueKind({ venue })) ? { venue } : {}),
    ...(year >= 1000 && year <= 2999 ? { year } : {}),
    ...(abstract ? { abstract } : {}),
    ...(date ? { publishedAt: date } : {}),
    ...(primaryClass ? { primaryClass } : {}),
    // arXiv's own DOI adds nothing to the id (bareDoi leaves it out); a journal's DOI is worth keeping.
    ...(doi ? { doi } : {}),
  };
  const keywords = text('keywords') ?? '';
  // `annote` holds the reader's own note (Zotero, BibDesk and JabRef write it; Paper Shelf's export too).
  const raw = entry.fields.get('annote');
  const note = importedNote(raw === undefined ? undefined : decodeLatex(raw));
  return { paper, tags: keywordTags(keywords.split(/[,;]/)), ...(note ? { note } : {}) };
}

/** BibTeX as Zotero, JabRef, Paperpile, Google Scholar, DBLP or arXiv write it → drafts of the papers it names (arXiv, DOI, OpenReview, ACL…). */
export function importBibtex(text: string): DraftsParse {
  const syntax = parseBibtexSyntax(text);
  if (!syntax.ok) return syntax;
  const drafts: ImportedDraft[] = [];
  const skipped: Skipped[] = [];
  for (const [index, entry] of syntax.entries.entries()) {
    // Best first: the arXiv paper, else the DOI, else the paper page it links (OpenReview, ACL Anthology, …).
    const ids = rankIds([entryArxivId(entry.fields), ...entryOtherIds(entry.fields)].filter((id): id is string => id !== null));
    if (ids.length === 0) {
      skipped.push({ entry: label(entry), reason: 'names no paper (no arXiv eprint, DOI or paper URL)' });
      continue;
    }
    const draft = toDraft(entry, ids);
    const checked = paperSchemas().PaperDraft.safeParse(draft.paper);
    if (!checked.success) return { ok: false, error: `entry ${index + 1}, ${label(entry)}: ${issueText(checked.error)}` };
    drafts.push({ ...draft, paper: checked.data });
  }
  if (syntax.entries.length === 0) return { ok: false, error: 'no BibTeX entries found (an entry starts with @article{, @misc{ …)' };
  return { ok: true, drafts, skipped };
}
