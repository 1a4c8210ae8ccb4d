import { arxivNumber, type Paper, paperLinks } from '@/lib/paper';
import { collapseWhitespace } from '@/lib/text';

/** The DOI arXiv (via DataCite) gives every paper; it says "preprint", not "published in a journal". */
export function arxivDoi(id: string): string | null {
  const number = arxivNumber(id);
  return number ? `10.48550/arXiv.${number}` : null;
}

/**
 * A DOI of the published version: the one the paper carries that is not arXiv's own, else the DOI it is known by
 * (a `doi:` id or alias: a paper saved from its DOI, or a conference page that showed one).
 */
export function publishedDoi(paper: Paper): string | null {
  const doi = paper.doi?.trim();
  if (doi && !/^10\.48550\/arxiv\./i.test(doi)) return doi;
  // Canonical `doi:` ids are never arXiv's own (canonicalDoi makes those `arxiv:` ids).
  if (paper.id.startsWith('doi:')) return paper.id.slice('doi:'.length);
  const alias = paper.aliases?.find((id) => id.startsWith('doi:'));
  return alias ? alias.slice('doi:'.length) : null;
}

/** What a venue is, for the formats that tell them apart: a journal, a conference (or workshop), or none. */
export type VenueKind = 'conference' | 'journal' | null;

// Journals by their names' words, also as dblp abbreviates them (`IEEE Trans. Pattern Anal. Mach. Intell.`,
// `J. Mach. Learn. Res.`), and the ML journals known by their acronyms.
const JOURNAL = /journal|\bj\.|transactions|\btrans\.|letters|\breview|magazine|\b(?:TACL|JMLR|TMLR)\b/i;
// Where a preprint is, rather than where it was published: arXiv as Semantic Scholar, dblp and Google Scholar name
// it (`arXiv.org`, `CoRR`, `arXiv preprint arXiv:…`), the other preprint servers, and a submission not yet accepted.
const NOT_PUBLISHED = /^(?:arxiv|corr$|biorxiv|medrxiv|chemrxiv|ssrn|research ?square|submitted to|under review)|\bpreprint\b/i;

/**
 * Where a paper was published, as the citation formats class it (BibTeX @inproceedings or @article, RIS CPAPER or
 * JOUR, CSL paper-conference or article-journal): a journal when its name says so, else a conference; null when
 * the paper names no venue, or one that is no publication (a preprint server, "Submitted to …"). The one rule.
 */
export function venueKind(paper: Pick<Paper, 'venue'>): VenueKind {
  const venue = paper.venue?.trim();
  if (!venue || NOT_PUBLISHED.test(venue)) return null;
  return JOURNAL.test(venue) ? 'journal' : 'conference';
}

/**
 * Year, month and day the paper came out: the venue's `year` for a published paper whose `publishedAt` (often the
 * preprint's day) says another; else from `publishedAt`, else its `year` (what its venue's page said), else
 * the year and month its arXiv id encodes (with that month when the id's year is the paper's `year`).
 */
export function publicationDate(paper: Paper): { year: number; month?: number; day?: number } | null {
  const published = paper.publishedAt ?? '';
  // `YYYY`, `YYYY-MM` or `YYYY-MM-DD` leading `publishedAt`, read by hand: this runs once or twice per paper of
  // every export, and a regex match (its array and strings) cost more than the rest of the function together.
  const year = digitsAt(published, 0, 4);
  const month = year > 0 && published.charCodeAt(4) === HYPHEN ? digitsAt(published, 5, 2) : -1;
  const day = month >= 0 && published.charCodeAt(7) === HYPHEN ? digitsAt(published, 8, 2) : -1;
  // A paper published at a venue is cited with the venue's year: `publishedAt` is often the preprint's day (BERT:
  // arXiv 2018, NAACL 2019).
  if (paper.year !== undefined && Math.max(year, 0) !== paper.year && venueKind(paper) !== null) return { year: paper.year };
  // Written out rather than mapped and spread; a month or day of 00 counts as none.
  if (year > 0) {
    if (month > 0) return day > 0 ? { year, month, day } : { year, month };
    return day > 0 ? { year, day } : { year };
  }
  const fromId = arxivIdDate(paper.id);
  if (paper.year === undefined || paper.year === fromId?.year) return fromId;
  return { year: paper.year };
}

/** The year and month an arXiv id encodes: 2310.04444 → October 2023; hep-th/9901001 → January 1999. */
function arxivIdDate(id: string): { year: number; month: number } | null {
  const number = arxivNumber(id) ?? '';
  const yymm = /^(\d{2})(\d{2})\./.exec(number) ?? /\/(\d{2})(\d{2})\d{3}$/.exec(number);
  if (!yymm) return null;
  const yy = Number(yymm[1]);
  // arXiv began in 1991.
  return { year: yy >= 91 ? 1900 + yy : 2000 + yy, month: Number(yymm[2]) };
}

const HYPHEN = 45;
const ZERO = 48;

/** The number the `count` ASCII digits at `start` of `text` write, or -1 when they are not all there. */
function digitsAt(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const digit = text.charCodeAt(i) - ZERO;
    // Out of range, charCodeAt is NaN, which fails this test too.
    if (!(digit >= 0 && digit <= 9)) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** The links a file carries: the abstract page (arXiv's, else the page it was saved from), the PDF, the HF page. */
export function exportLinks(paper: Paper): { abs: string; pdf?: string; hf?: string } {
  // One pass over the links, the first of each kind kept (no closure, finds or spreads: once per paper of an export).
  let arxiv: string | undefined;
  let pdf: string | undefined;
  let hf: string | undefined;
  for (const link of paperLinks(paper)) {
    if (link.kind === 'arxiv') arxiv ??= link.href;
    else if (link.kind === 'pdf') pdf ??= link.href;
    else if (link.kind === 'hf') hf ??= link.href;
  }
  const links: { abs: string; pdf?: string; hf?: string } = { abs: arxiv ?? paper.url };
  if (pdf) links.pdf = pdf;
  if (hf) links.hf = hf;
  return links;
}

const PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'di',
  'da',
  'dos',
  'du',
  'la',
  'le',
  'ter',
  'ten',
  'zu',
  'bin',
  'al',
]);
const SUFFIXES = /^(jr\.?|sr\.?|ii|iii|iv)$/i;
// Words that make an author an organisation, whose name is never split into family and given.
const ORGANISATION =
  /\b(team|group|lab|labs|laboratory|consortium|collaboration|institute|university|project|inc|ltd|corporation|foundation|committee|organi[sz]ation|research)\b/i;

export interface PersonName {
  /** Family name with its particles (`van der Maaten`), or the whole name when it cannot be split. */
  family: string;
  given?: string;
  suffix?: string;
}

/**
 * Splits a display name ("Laurens van der Maaten", "Martin Luther King Jr.") into family and given names.
 * A single word (a mononym, an organisation) stays whole as the family name.
 */
export function splitName(display: string): Readonly<PersonName> {
  // Co-authors recur across a library; the split is pure, so each name is worked out once, and the one frozen
  // answer is shared (no copy per author per export).
  const known = splitNames.get(display);
  if (known) return known;
  if (splitNames.size > 50_000) splitNames.clear();
  const split = Object.freeze(splitNameUncached(display));
  splitNames.set(display, split);
  return split;
}

const splitNames = new Map<string, Readonly<PersonName>>();

function splitNameUncached(display: string): PersonName {
  const name = collapseWhitespace(display);
  if (ORGANISATION.test(name) || /\bAI\b/.test(name)) return { family: name };
  if (name.includes(',')) {
    // Already "Family, Given" (some sites print names that way).
    const [family = '', ...rest] = name.split(',').map((part) => part.trim());
    const given = rest.join(' ').trim();
    return given ? { family, given } : { family };
  }
  const words = name.split(' ');
  const suffix = words.length > 2 && SUFFIXES.test(words[words.length - 1] ?? '') ? words.pop() : undefined;
  if (words.length < 2) return { family: words.join(' '), ...(suffix ? { suffix } : {}) };
  let start = words.length - 1;
  while (start > 1 && PARTICLES.has((words[start - 1] ?? '').toLowerCase())) start--;
  return { family: words.slice(start).join(' '), given: words.slice(0, start).join(' '), ...(suffix ? { suffix } : {}) };
}
