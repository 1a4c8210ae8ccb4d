import type { Paper, PaperStatus } from './paper';
import { PAPER_STATUSES } from './paper';

/**
 * The read boundary: records come out of IndexedDB as whatever was written there (by an older version, another
 * tool, a bug, or by hand in DevTools). Every record read goes through `repairPaper` (lib/db.ts installs it as the
 * table's reading hook), so the views, the exports and the library itself only ever see well-formed papers.
 */

/** The latest time a `Date` can hold (ms): `new Date(x).toISOString()` throws beyond it. */
export const MAX_TIME = 8.64e15;

/** A time in ms that a Date can show, or undefined. Dates at or before the epoch count as unknown too. */
export function validTime(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= MAX_TIME ? value : undefined;
}

/** An ISO date, or undefined when `ms` is not a time a Date can show. */
export function isoTime(ms: unknown): string | undefined {
  const time = validTime(ms);
  if (time === undefined) return undefined;
  // Whole milliseconds before the year 10000 (every time a library holds) are written out by hand, as toISOString
  // writes them, at a third of its cost (the CSV export writes two per paper); the rest go through a Date.
  return Number.isInteger(time) && time < YEAR_10000 ? isoUtc(time) : new Date(time).toISOString();
}

const YEAR_10000 = 253_402_300_800_000;
const DAY = 86_400_000;

const two = (n: number) => (n < 10 ? `0${n}` : `${n}`);
const three = (n: number) => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : `${n}`);

/** `YYYY-MM-DDTHH:mm:ss.sssZ` of a whole, positive number of ms before the year 10000. */
function isoUtc(time: number): string {
  const days = Math.floor(time / DAY);
  const { year, month, day } = civilDate(days);
  let rest = time - days * DAY;
  const hours = Math.floor(rest / 3_600_000);
  rest -= hours * 3_600_000;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const seconds = Math.floor(rest / 1000);
  return `${year}-${two(month)}-${two(day)}T${two(hours)}:${two(minutes)}:${two(seconds)}.${three(rest - seconds * 1000)}Z`;
}

/** The Gregorian date of a day counted from 1970-01-01 (0 or later): Howard Hinnant's civil_from_days. */
function civilDate(days: number): { year: number; month: number; day: number } {
  // Days from 0000-03-01, in 400-year eras (each 146,097 days), years starting in March so that leap days come last.
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return {
    year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0),
    month,
    day: dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1,
  };
}

/** The URL when it is http: or https:, else undefined: no `javascript:`, `data:` or `file:` reaches a link. */
export function httpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  // Every record read has its links checked: the usual form needs no URL parser (a tenth of its cost).
  if (PLAIN_HTTP_URL.test(value)) return value;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? value.trim() : undefined;
  } catch {
    return undefined;
  }
}

// An http(s) URL the URL parser always takes, with nothing to trim: a host of ASCII letters, digits, dots and single
// hyphens whose last label starts with a letter (no IP address to read, no punycode to check), a port of at most
// four digits, then anything but white space. Other URLs go through the parser.
const PLAIN_HTTP_URL = /^https?:\/\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\.)*[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?::\d{1,4})?(?:[/?#]\S*)?$/i;

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const optionalText = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * A well-formed paper from any stored record: missing or mistyped lists become empty, text fields empty strings,
 * unknown statuses 'unread', times that a Date cannot hold 0 (shown as unknown), URLs that are not http(s) empty.
 * A record that was already well-formed comes back with the same values (and the same object when nothing changed).
 */
export function repairPaper(raw: unknown): Paper {
  // Almost every record read is well-formed: checked without copying, it is given back as it is.
  if (typeof raw === 'object' && raw !== null && isWellFormed(raw as Record<string, unknown>)) return raw as Paper;
  return rebuiltPaper(raw);
}

/**
 * repairPaper without its fast path: the record rebuilt field by field, and given back itself when the rebuilt one
 * holds the same (exported for the tests, which hold the fast path to it).
 */
export function rebuiltPaper(raw: unknown): Paper {
  const record = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const status = PAPER_STATUSES.includes(record.status as PaperStatus) ? (record.status as PaperStatus) : 'unread';
  const savedAt = validTime(record.savedAt) ?? 0;
  const repaired: Record<string, unknown> = {
    ...record,
    id: text(record.id),
    title: text(record.title),
    authors: strings(record.authors),
    url: httpUrl(record.url) ?? '',
    tags: strings(record.tags),
    status,
    note: text(record.note),
    savedAt,
    updatedAt: validTime(record.updatedAt) ?? savedAt,
  };
  for (const key of ['abstract', 'publishedAt', 'primaryClass', 'doi', 'venue'] as const) {
    const value = optionalText(record[key]);
    if (value === undefined) delete repaired[key];
    else repaired[key] = value;
  }
  for (const key of ['pdfUrl', 'githubRepo'] as const) {
    const value = httpUrl(record[key]);
    if (value === undefined) delete repaired[key];
    else repaired[key] = value;
  }
  if (record.readAt !== undefined) {
    const readAt = validTime(record.readAt);
    if (readAt === undefined) delete repaired.readAt;
    else repaired.readAt = readAt;
  }
  if (record.upvotes !== undefined && !(typeof record.upvotes === 'number' && Number.isFinite(record.upvotes))) delete repaired.upvotes;
  if (record.aliases !== undefined) repaired.aliases = strings(record.aliases);
  if (
    record.year !== undefined &&
    !(typeof record.year === 'number' && Number.isInteger(record.year) && record.year >= 1000 && record.year <= 2999)
  )
    delete repaired.year;
  if (record.source !== undefined) {
    const source = record.source as Record<string, unknown> | null;
    if (typeof source !== 'object' || source === null || typeof source.site !== 'string') delete repaired.source;
    else {
      const url = httpUrl(source.url);
      repaired.source = { site: source.site, ...(typeof source.page === 'string' ? { page: source.page } : {}), ...(url ? { url } : {}) };
    }
  }
  return (sameShape(record, repaired) ? record : repaired) as Paper;
}

const OPTIONAL_TEXT = ['abstract', 'publishedAt', 'primaryClass', 'doi', 'venue'] as const;
const OPTIONAL_LINKS = ['pdfUrl', 'githubRepo'] as const;

/**
 * True only when rebuiltPaper would give the record back as it is, told without copying anything. Stricter than the
 * rebuild where that is simpler (times at or before the epoch, a source with other keys): such records, rare and
 * harmless, are rebuilt.
 */
function isWellFormed(record: Record<string, unknown>): boolean {
  return (
    typeof record.id === 'string' &&
    typeof record.title === 'string' &&
    typeof record.note === 'string' &&
    allStrings(record.authors) &&
    allStrings(record.tags) &&
    (record.url === '' || isCleanHttpUrl(record.url)) &&
    PAPER_STATUSES.includes(record.status as PaperStatus) &&
    validTime(record.savedAt) !== undefined &&
    validTime(record.updatedAt) !== undefined &&
    OPTIONAL_TEXT.every((key) => typeof record[key] === 'string' || !Object.hasOwn(record, key)) &&
    OPTIONAL_LINKS.every((key) => isCleanHttpUrl(record[key]) || !Object.hasOwn(record, key)) &&
    (record.readAt === undefined || validTime(record.readAt) !== undefined) &&
    (record.upvotes === undefined || (typeof record.upvotes === 'number' && Number.isFinite(record.upvotes))) &&
    (record.aliases === undefined || allStrings(record.aliases)) &&
    (record.year === undefined || (Number.isInteger(record.year) && (record.year as number) >= 1000 && (record.year as number) <= 2999)) &&
    (record.source === undefined || isWellFormedSource(record.source))
  );
}

/** An array of strings only, without holes (which the rebuild's filter would close up). */
function allStrings(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) if (typeof value[i] !== 'string') return false;
  return true;
}

// A link the rebuild keeps as it is: http(s), with nothing to trim.
const isCleanHttpUrl = (value: unknown): boolean => value !== undefined && httpUrl(value) === value;

/** A source the rebuild writes back the same: `site`, then `page` when there is one, then an http(s) `url`, nothing else. */
function isWellFormedSource(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const source = value as Record<string, unknown>;
  const keys = Object.keys(source);
  const expected = ['site'];
  if (typeof source.page === 'string') expected.push('page');
  if (isCleanHttpUrl(source.url)) expected.push('url');
  return typeof source.site === 'string' && keys.length === expected.length && keys.every((key, i) => key === expected[i]);
}

// Cheap: the repair only copies; a record that needed nothing keeps its identity (and the views their memo).
function sameShape(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(b);
  if (keys.length !== Object.keys(a).length) return false;
  for (const key of keys) {
    const left = a[key];
    const right = b[key];
    if (left === right) continue;
    if (Array.isArray(left) && Array.isArray(right) && left.length === right.length && left.every((v, i) => v === right[i])) continue;
    if (key === 'source' && JSON.stringify(left) === JSON.stringify(right)) continue;
    return false;
  }
  return true;
}

/** The link fields of a paper or draft. */
const LINK_FIELDS = ['url', 'pdfUrl', 'githubRepo'] as const;

/**
 * The paper with every link that is not http(s) dropped (`url` becomes empty, the optional ones go), and the names
 * of the fields it dropped. Everything stored goes through it: saves from pages, imports, restores.
 */
export function withHttpLinks<T extends { url: string; pdfUrl?: string; githubRepo?: string; source?: { url?: string } }>(
  paper: T,
): { paper: T; dropped: string[] } {
  const dropped: string[] = [];
  let out = paper;
  for (const field of LINK_FIELDS) {
    const value = paper[field];
    if (value === undefined || value === '' || httpUrl(value) !== undefined) continue;
    dropped.push(field);
    if (out === paper) out = { ...paper };
    if (field === 'url') out.url = '';
    else delete out[field];
  }
  const sourceUrl = paper.source?.url;
  if (sourceUrl !== undefined && sourceUrl !== '' && httpUrl(sourceUrl) === undefined && paper.source) {
    dropped.push('source.url');
    const { url: _, ...source } = paper.source;
    out = { ...out, source };
  }
  return { paper: out, dropped };
}
