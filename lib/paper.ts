import { z } from 'zod/mini';

/** Reading status of a saved paper. */
export const PaperStatus = z.enum(['unread', 'reading', 'read']);
export type PaperStatus = z.infer<typeof PaperStatus>;
export const PAPER_STATUSES: readonly PaperStatus[] = PaperStatus.options;

/** Where a paper was saved from: the site and the page (an HF day, an arXiv category…). */
export const PaperSource = z.object({
  site: z.string().check(z.maxLength(100)),
  page: z.optional(z.string().check(z.maxLength(2000))),
  url: z.optional(z.string().check(z.maxLength(2000))),
});
export type PaperSource = z.infer<typeof PaperSource>;

/** A canonical id: lowercase scheme, a colon, the scheme's own id (CONTRACT.md). */
export const PaperId = z.string().check(z.regex(/^[a-z][a-z0-9-]*:\S{1,200}$/, 'not a canonical paper id'));

/** What a page (or an import) knows about a paper: everything but the user's own data. */
// Bounds keep a hostile page or file from storing megabytes in one field.
const text = (max: number) => z.string().check(z.maxLength(max, `longer than ${max} characters`));
export const Tag = text(200);

export const PaperDraft = z.object({
  id: PaperId,
  title: text(2000),
  authors: z.array(text(500)).check(z.maxLength(5000, 'more than 5000 authors')),
  url: text(2000),
  abstract: z.optional(text(50_000)),
  pdfUrl: z.optional(text(2000)),
  publishedAt: z.optional(text(64)),
  upvotes: z.optional(z.number().check(z.int())),
  githubRepo: z.optional(text(2000)),
  primaryClass: z.optional(text(64)),
  doi: z.optional(text(500)),
  source: z.optional(PaperSource),
  /** Every other canonical id the paper is known by (CONTRACT.md); `id` is its best one. */
  aliases: z.optional(z.array(PaperId).check(z.maxLength(100, 'more than 100 aliases'))),
});
export type PaperDraft = z.infer<typeof PaperDraft>;

/** A paper in the library: the draft plus the user's tags, status and note. */
export const Paper = z.extend(PaperDraft, {
  // A bound against hostile files only: a real library never comes near it, so a backup always imports.
  tags: z.array(Tag).check(z.maxLength(100_000, 'more than 100000 tags')),
  status: PaperStatus,
  readAt: z.optional(z.number()),
  note: text(200_000),
  savedAt: z.number(),
  updatedAt: z.number(),
});
export type Paper = z.infer<typeof Paper>;

// New-style ids: YYMM.NNNN (2007–2014) or YYMM.NNNNN (2015 on), optional version.
const NEW_STYLE = /^(\d{2})(0[1-9]|1[0-2])\.(\d{4,5})(?:v\d+)?$/;
// Old-style ids: archive[.SUBJECT]/YYMMNNN, e.g. hep-th/9901001, math.GT/0309136.
const OLD_STYLE = /^([a-z]+(?:-[a-z]+)?)(?:\.([a-z]{2}))?\/(\d{2}(?:0[1-9]|1[0-2])\d{3})(?:v\d+)?$/i;

/** `2310.04444v2`, `arXiv:2310.04444`, `hep-th/9901001` → `arxiv:2310.04444`; anything else → null. */
export function canonicalArxivId(raw: string): string | null {
  const text = raw
    .trim()
    .replace(/^arxiv:/i, '')
    .replace(/\.pdf$/i, '');
  const modern = NEW_STYLE.exec(text);
  if (modern) {
    const digits = modern[3] ?? '';
    // Five-digit numbers began in 2015 (1501); before that they had four.
    const yymm = Number(`${modern[1]}${modern[2]}`);
    if (yymm >= 1501 !== (digits.length === 5)) return null;
    return `arxiv:${modern[1]}${modern[2]}.${digits}`;
  }
  const old = OLD_STYLE.exec(text);
  if (old) {
    const archive = (old[1] ?? '').toLowerCase();
    const subject = old[2] ? `.${old[2].toUpperCase()}` : '';
    return `arxiv:${archive}${subject}/${old[3]}`;
  }
  return null;
}

const ARXIV_HOSTS = new Set(['arxiv.org', 'www.arxiv.org', 'export.arxiv.org']);
const ALPHAXIV_HOSTS = new Set(['alphaxiv.org', 'www.alphaxiv.org']);
const HF_HOSTS = new Set(['huggingface.co', 'www.huggingface.co', 'hf.co']);

/** The canonical id of the paper a URL points at (arXiv abs/pdf/html, Hugging Face, alphaXiv), or null. */
export function paperIdFromUrl(input: string | URL, base?: string): string | null {
  let url: URL;
  try {
    url = typeof input === 'string' ? new URL(input.trim(), base) : input;
  } catch {
    return null;
  }
  const host = url.hostname.toLowerCase();
  const path = decodeURIComponentSafe(url.pathname);
  let rest: string | undefined;
  if (ARXIV_HOSTS.has(host)) rest = /^\/(?:abs|pdf|html)\/(.+?)\/?$/.exec(path)?.[1];
  else if (ALPHAXIV_HOSTS.has(host)) rest = /^\/(?:abs|overview)\/(.+?)\/?$/.exec(path)?.[1];
  else if (HF_HOSTS.has(host)) rest = /^\/papers\/([^/]+)\/?$/.exec(path)?.[1];
  return rest ? canonicalArxivId(rest) : null;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The arXiv id without its scheme (`arxiv:2310.04444` → `2310.04444`), or null for other schemes. */
export function arxivNumber(id: string): string | null {
  return id.startsWith('arxiv:') ? id.slice('arxiv:'.length) : null;
}

/** Links for an arXiv paper: abstract page, PDF and Hugging Face page. */
export function arxivLinks(id: string): { abs: string; pdf: string; hf: string } | null {
  const number = arxivNumber(id);
  if (!number) return null;
  return {
    abs: `https://arxiv.org/abs/${number}`,
    pdf: `https://arxiv.org/pdf/${number}`,
    hf: `https://huggingface.co/papers/${number}`,
  };
}

/** Collapses runs of whitespace (page text is full of indentation and newlines). */
export function cleanText(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}
