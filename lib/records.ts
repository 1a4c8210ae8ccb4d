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
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? value.trim() : undefined;
  } catch {
    return undefined;
  }
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const optionalText = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * A well-formed paper from any stored record: missing or mistyped lists become empty, text fields empty strings,
 * unknown statuses 'unread', times that a Date cannot hold 0 (shown as unknown), URLs that are not http(s) empty.
 * A record that was already well-formed comes back with the same values (and the same object when nothing changed).
 */
export function repairPaper(raw: unknown): Paper {
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
