import { venueKind } from '@/lib/export/fields';
import { arxivLinks, type PaperDraft, paperSchemas, rankIds } from '@/lib/paper';
import type { Result } from '@/lib/result';
import { collapseWhitespace } from '@/lib/text';
import { arxivIdFromDoi, arxivIdFromMention, arxivIdFromUrls, bareDoi, firstId, otherPaperIds } from './arxiv-refs';
import { issueText } from './issues';
import { keywordTags } from './keywords';
import { type DraftsParse, type ImportedDraft, importedNote, quote, type Skipped } from './types';

interface RisRecord {
  line: number;
  tags: Map<string, string[]>;
}

// `TI  - Title`; writers differ in the spaces around the hyphen, and `ER  -` often has no trailing space.
const TAG_LINE = /^([A-Z][A-Z0-9])\s{1,2}-(?:\s(.*))?$/;

type RecordsParse = Result<{ records: RisRecord[] }>;

/** Splits RIS into records; a line without a tag continues the value above it. */
function records(text: string): RecordsParse {
  const out: RisRecord[] = [];
  let current: RisRecord | null = null;
  let last: string[] | null = null;
  const lines = text.split(/\r\n|\r|\n/);
  for (const [index, raw] of lines.entries()) {
    const match = TAG_LINE.exec(raw.trimEnd());
    const line = index + 1;
    if (!match) {
      if (current && last && raw.trim()) last[last.length - 1] += ` ${raw.trim()}`;
      continue;
    }
    const [, tag = '', value = ''] = match;
    if (tag === 'TY') {
      if (current)
        return {
          ok: false,
          error: `RIS syntax error, line ${line}: a new record starts before the one on line ${current.line} ended (missing "ER  - ")`,
        };
      current = { line, tags: new Map([['TY', [value.trim()]]]) };
      last = null;
    } else if (tag === 'ER') {
      if (!current) return { ok: false, error: `RIS syntax error, line ${line}: "ER" without a record (missing "TY  - ")` };
      out.push(current);
      current = null;
    } else if (current) {
      const values = current.tags.get(tag) ?? [];
      values.push(value.trim());
      current.tags.set(tag, values);
      last = values;
    } else if (value.trim()) {
      return { ok: false, error: `RIS syntax error, line ${line}: "${tag}" outside a record (records start with "TY  - ")` };
    }
  }
  if (current)
    return { ok: false, error: `RIS syntax error: the file ends inside the record that starts on line ${current.line} (missing "ER  - ")` };
  return { ok: true, records: out };
}

/** `Last, First` (or `Last, First, Suffix`) → `First Last Suffix`. */
function risName(raw: string): string {
  const [last = '', first = '', suffix = ''] = raw.split(',').map((part) => part.trim());
  return collapseWhitespace([first, last, suffix].filter(Boolean).join(' '));
}

/** `2017/06/12/`, `2017///`, `2017-06-12` → `2017-06-12`, `2017`. */
function risDate(raw: string | undefined): string | undefined {
  const match = /^(\d{4})(?:[/-](\d{1,2})?(?:[/-](\d{1,2}))?)?/.exec(raw?.trim() ?? '');
  if (!match?.[1]) return undefined;
  const pad = (part: string) => part.padStart(2, '0');
  if (match[2] && match[3]) return `${match[1]}-${pad(match[2])}-${pad(match[3])}`;
  if (match[2]) return `${match[1]}-${pad(match[2])}`;
  return match[1];
}

function toDraft(record: RisRecord, ids: readonly string[]): ImportedDraft {
  const [id = '', ...aliases] = ids;
  const all = (...tags: string[]) => tags.flatMap((tag) => record.tags.get(tag) ?? []);
  const one = (...tags: string[]) => all(...tags).find((value) => value.trim() !== '');
  const abstract = one('AB', 'N2');
  const date = risDate(one('DA', 'PY', 'Y1'));
  const doi = bareDoi(one('DO'));
  // The journal or proceedings: T2 (what Zotero and EndNote write), C3 (Zotero's proceedings title), the journal
  // tags, BT (a book or proceedings title). An arXiv paper's is "arXiv preprint …" more often than not: kept only
  // when it names a publication.
  const venue = collapseWhitespace(one('T2', 'C3', 'JF', 'JO', 'BT'));
  const year = Number(/^\d{4}/.exec(date ?? '')?.[0] ?? Number.NaN);
  const paper: PaperDraft = {
    id,
    ...(aliases.length > 0 ? { aliases } : {}),
    title: collapseWhitespace(one('TI', 'T1', 'CT')),
    authors: all('AU', 'A1').map(risName).filter(Boolean),
    url: arxivLinks(id)?.abs ?? one('UR') ?? (doi ? `https://doi.org/${doi}` : ''),
    ...(venue && (!arxivLinks(id) || venueKind({ venue })) ? { venue } : {}),
    ...(year >= 1000 && year <= 2999 ? { year } : {}),
    ...(abstract ? { abstract: collapseWhitespace(abstract) } : {}),
    ...(date ? { publishedAt: date } : {}),
    // arXiv's own DOI adds nothing to the id (bareDoi leaves it out); a journal's DOI is worth keeping.
    ...(doi ? { doi } : {}),
  };
  // N1 holds notes (Zotero writes each of an item's notes as one; Paper Shelf's export too).
  const note = importedNote(all('N1').join('\n\n'));
  return { paper, tags: keywordTags(all('KW')), ...(note ? { note } : {}) };
}

/** RIS from Zotero, Mendeley, EndNote or Paperpile → drafts of the papers it names (arXiv, DOI, OpenReview, ACL…). */
export function importRis(text: string): DraftsParse {
  const parsed = records(text);
  if (!parsed.ok) return parsed;
  if (parsed.records.length === 0) return { ok: false, error: 'no RIS records found (a record starts with "TY  - ")' };
  const drafts: ImportedDraft[] = [];
  const skipped: Skipped[] = [];
  for (const [index, record] of parsed.records.entries()) {
    const get = (...tags: string[]) => tags.flatMap((tag) => record.tags.get(tag) ?? []).join(' ');
    const links = get('UR', 'L1', 'L2', 'L3', 'LK');
    const arxiv = firstId(
      () => arxivIdFromDoi(get('DO')),
      () => arxivIdFromUrls(links),
      () => arxivIdFromMention(get('AN', 'M1', 'ID', 'SN')),
      () => arxivIdFromMention(get('T2', 'JO', 'JF', 'J2', 'PB', 'VL', 'IS')),
    );
    // Best first, as for BibTeX: the arXiv paper, else the DOI, else the paper page it links (OpenReview, ACL, …).
    const doi = record.tags.get('DO')?.find((value) => value.trim() !== '');
    const ids = rankIds([arxiv, ...otherPaperIds(doi, links)].filter((id): id is string => id !== null));
    const title = quote(record.tags.get('TI')?.[0] ?? record.tags.get('T1')?.[0] ?? '', 60);
    const label = `record ${index + 1} (line ${record.line}${title ? `, "${title}"` : ''})`;
    if (ids.length === 0) {
      skipped.push({ entry: label, reason: 'names no paper (no arXiv id, DOI or paper URL)' });
      continue;
    }
    const draft = toDraft(record, ids);
    const checked = paperSchemas().PaperDraft.safeParse(draft.paper);
    if (!checked.success) return { ok: false, error: `${label}: ${issueText(checked.error)}` };
    drafts.push({ ...draft, paper: checked.data });
  }
  return { ok: true, drafts, skipped };
}
