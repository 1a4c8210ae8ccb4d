import { z } from 'zod/mini';

/** Reading statuses of a saved paper, in the order a picker lists them. */
export const PAPER_STATUSES = ['unread', 'reading', 'read'] as const;
export type PaperStatus = (typeof PAPER_STATUSES)[number];

/** A canonical id: lowercase scheme, a colon, the scheme's own id (CONTRACT.md). */
export const PAPER_ID = /^[a-z][a-z0-9-]*:\S{1,200}$/;

// Bounds keep a hostile page or file from storing megabytes in one field.
const text = (max: number) => z.string().check(z.maxLength(max, `longer than ${max} characters`));

/**
 * The zod schemas of a paper. Built on first use, not when the module loads: the content script (which reads
 * pages, and never validates a record: the background does, on every message) then ships without zod, whose schema
 * construction alone cost about 6 ms of script time on every page (profiled on an arXiv abstract page).
 */
function buildSchemas() {
  const PaperStatus = z.enum(PAPER_STATUSES);
  /** Where a paper was saved from: the site and the page (an HF day, an arXiv category…). */
  const PaperSource = z.object({
    site: z.string().check(z.maxLength(100)),
    page: z.optional(z.string().check(z.maxLength(2000))),
    url: z.optional(z.string().check(z.maxLength(2000))),
  });
  const PaperId = z.string().check(z.regex(PAPER_ID, 'not a canonical paper id'));
  const Tag = text(200);
  /** What a page (or an import) knows about a paper: everything but the user's own data. */
  const PaperDraft = z.object({
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
    /** Where it was published, as the page names it (`ICLR 2025 poster`, `Findings of EMNLP 2023`). */
    venue: z.optional(text(500)),
    /** The year of publication. */
    year: z.optional(z.number().check(z.int(), z.gte(1000, 'not a year'), z.lte(2999, 'not a year'))),
  });
  /** A paper in the library: the draft plus the user's tags, status and note. */
  const Paper = z.extend(PaperDraft, {
    // A bound against hostile files only: a real library never comes near it, so a backup always imports.
    tags: z.array(Tag).check(z.maxLength(100_000, 'more than 100000 tags')),
    status: PaperStatus,
    readAt: z.optional(z.number()),
    note: text(200_000),
    savedAt: z.number(),
    updatedAt: z.number(),
  });
  return { PaperStatus, PaperSource, PaperId, Tag, PaperDraft, Paper };
}

type PaperSchemas = ReturnType<typeof buildSchemas>;
let schemas: PaperSchemas | undefined;

/** The paper schemas (built once, on first use): `paperSchemas().Paper.safeParse(record)`. */
export function paperSchemas(): PaperSchemas {
  schemas ??= buildSchemas();
  return schemas;
}

export type PaperSource = z.infer<PaperSchemas['PaperSource']>;
export type PaperDraft = z.infer<PaperSchemas['PaperDraft']>;
export type Paper = z.infer<PaperSchemas['Paper']>;

/**
 * How much a paper's record says of it: 0 nothing but its id (an id-list import), 1 a title, 2 a title and its
 * authors. A saved paper below 2 is completed by the first page that shows more (a card saved before the page's data
 * had it, e.g. just after a Hugging Face list re-rendered); one home for the rule, for the library and the pages.
 */
export function detailLevel(paper: Pick<PaperDraft, 'title' | 'authors'>): 0 | 1 | 2 {
  if (!paper.title.trim()) return 0;
  return paper.authors.length > 0 ? 2 : 1;
}

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

// ---------------------------------------------------------------------------------------------------------
// The other schemes (CONTRACT.md). Each function takes the scheme's text forms (the bare id, `scheme:<id>`,
// and the spellings other tools use) and returns the canonical id or null; paperIdFromUrl reads the URL forms.

const DOI = /^10\.\d{4,9}\/\S+$/;
// A canonical id holds at most 200 characters after its scheme (PaperId).
const MAX_ID = 200;

/**
 * `10.1145/3292500.3330701`, `doi:10.…`, `DOI: 10.…`, `https://doi.org/10.…`, `dx.doi.org/10.…` → `doi:<lowercased>`;
 * arXiv's own DOIs (`10.48550/arXiv.2310.04444`) → `arxiv:2310.04444`.
 */
export function canonicalDoi(raw: string): string | null {
  let text = raw.trim().replace(/^(?:info:doi\/|doi\s*:\s*|doi\s+)/i, '');
  const url = /^(?:https?:\/\/)?(?:dx\.|www\.)?doi\.org\/(.+)$/i.exec(text);
  if (url?.[1]) text = decodeURIComponentSafe(url[1].replace(/[?#].*$/, ''));
  // A DOI quoted in running text ends before the sentence's punctuation.
  text = text.replace(/[.,;:]+$/, '');
  if (!DOI.test(text)) return null;
  const arxiv = /^10\.48550\/arxiv\.(.+)$/i.exec(text);
  if (arxiv?.[1]) return canonicalArxivId(arxiv[1]);
  const doi = text.toLowerCase();
  return doi.length <= MAX_ID ? `doi:${doi}` : null;
}

// Forum ids: 9–10 characters of [A-Za-z0-9_-] (ICLR 2017 on); a margin for other venues' older notes.
const OPENREVIEW = /^[A-Za-z0-9_-]{6,40}$/;

/** `RxWILaXuhb` or `openreview:RxWILaXuhb` → `openreview:RxWILaXuhb` (the forum id's case is kept). */
export function canonicalOpenReviewId(raw: string): string | null {
  const text = raw.trim().replace(/^openreview:/i, '');
  return OPENREVIEW.test(text) ? `openreview:${text}` : null;
}

// New ids (2020 on): <year>.<volume>.<number>, e.g. 2023.findings-emnlp.725, 2024.acl-long.1, 2023.tacl-1.3.
const ACL_NEW = /^(\d{4})\.([a-z0-9]+(?:-[a-z0-9]+)*)\.(\d{1,4})$/i;
// Old ids: one letter for the venue, two digits of year, four of volume and paper: P19-1001, N19-1423, W11-0101.
const ACL_OLD = /^([a-z])(\d{2})-(\d{4})$/i;

/** `2023.findings-emnlp.725`, `P19-1001`, `acl:…` → `acl:2023.findings-emnlp.725`, `acl:P19-1001`. */
export function canonicalAclId(raw: string): string | null {
  const text = raw.trim().replace(/^acl:/i, '');
  if (ACL_NEW.test(text)) return `acl:${text.toLowerCase()}`;
  const old = ACL_OLD.exec(text);
  return old ? `acl:${(old[1] ?? '').toUpperCase()}${old[2]}-${old[3]}` : null;
}

const PMLR = /^v(\d{1,4})\/([A-Za-z0-9_-]{1,150})$/;

/** `v235/abad-rocamora24a`, `pmlr:v235/…`, the BibTeX key `pmlr-v235-abad-rocamora24a` → `pmlr:v235/abad-rocamora24a`. */
export function canonicalPmlrId(raw: string): string | null {
  const text = raw
    .trim()
    .replace(/^pmlr:/i, '')
    .replace(/^pmlr-v(\d+)-/i, 'v$1/');
  const match = PMLR.exec(text);
  return match ? `pmlr:v${Number(match[1])}/${match[2]}` : null;
}

const NEURIPS = /^((?:19|20)\d{2})\/([0-9a-f]{32})$/i;

/** `2023/0001ca33ba34ce0351e4612b744b3936` or `neurips:…` → `neurips:2023/<hash>` (hash lowercased). */
export function canonicalNeuripsId(raw: string): string | null {
  const match = NEURIPS.exec(raw.trim().replace(/^neurips:/i, ''));
  return match ? `neurips:${match[1]}/${(match[2] ?? '').toLowerCase()}` : null;
}

// <conference><year>/<key>: CVPR2017/Teney_Graph-Structured_Representations_for. Workshops are CVPRW, ICCVW.
const CVF = /^([a-z]{3,6})((?:19|20)\d{2})\/([A-Za-z0-9_.'-]{1,150})$/i;

/** `CVPR2017/Teney_Graph-Structured_Representations_for`, `cvf:…` → `cvf:CVPR2017/…` (conference in capitals). */
export function canonicalCvfId(raw: string): string | null {
  const match = CVF.exec(raw.trim().replace(/^cvf:/i, ''));
  return match ? `cvf:${(match[1] ?? '').toUpperCase()}${match[2]}/${match[3]}` : null;
}

/**
 * The CVF id in a CVF file name: `Teney_Graph-Structured_Representations_for_CVPR_2017_paper(.html|.pdf)` (and
 * the 2013–2016 order `…_2013_ICCV_paper`) → `cvf:CVPR2017/Teney_Graph-Structured_Representations_for`.
 */
export function cvfIdFromFileName(name: string): string | null {
  const stem = /^(.+)_paper(?:\.html|\.pdf)?$/.exec(name)?.[1] ?? '';
  const current = /^(.+?)_([A-Za-z]{3,6})_((?:19|20)\d{2})$/.exec(stem);
  if (current) return canonicalCvfId(`${current[2]}${current[3]}/${current[1]}`);
  const older = /^(.+?)_((?:19|20)\d{2})_([A-Za-z]{3,6})$/.exec(stem);
  return older ? canonicalCvfId(`${older[3]}${older[2]}/${older[1]}`) : null;
}

const DBLP = /^(?:conf|journals|books|series|reference|phd|tr|ms)(?:\/[A-Za-z0-9_.'+-]{1,100}){2,3}$/;

/**
 * `conf/iclr/KingmaB14`, `DBLP:conf/iclr/KingmaB14` (dblp's BibTeX keys), `dblp:…` → `dblp:conf/iclr/KingmaB14`;
 * CoRR records (`journals/corr/abs-1412-6980`) are arXiv papers → `arxiv:1412.6980`.
 */
export function canonicalDblpId(raw: string): string | null {
  const text = raw.trim().replace(/^dblp:/i, '');
  if (!DBLP.test(text)) return null;
  const corr = /^journals\/corr\/abs-(\d{4})-(\d{4,5})$/.exec(text);
  if (corr) return canonicalArxivId(`${corr[1]}.${corr[2]}`);
  return text.length <= MAX_ID ? `dblp:${text}` : null;
}

/** A Semantic Scholar paper id (40 hex digits), bare or `s2:…` → `s2:<lowercased>`. */
export function canonicalS2Id(raw: string): string | null {
  const text = raw.trim().replace(/^s2:/i, '');
  return /^[0-9a-f]{40}$/i.test(text) ? `s2:${text.toLowerCase()}` : null;
}

/**
 * A Google Scholar cluster id: the number in `cluster=`/`cites=` links, or a result's `data-cid`
 * (`-uN63_al6jUJ`: the same number, base64url, 8 bytes little-endian and one more) → `scholar:<number>`.
 */
export function canonicalScholarId(raw: string): string | null {
  const text = raw.trim().replace(/^scholar:/i, '');
  if (/^\d{1,20}$/.test(text)) {
    const number = BigInt(text);
    return number > 0n && number < 2n ** 64n ? `scholar:${number}` : null;
  }
  if (!/^[A-Za-z0-9_-]{12}$/.test(text)) return null;
  let bytes: string;
  try {
    bytes = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return null;
  }
  let number = 0n;
  for (let i = 7; i >= 0; i--) number = (number << 8n) | BigInt(bytes.charCodeAt(i));
  return number > 0n ? `scholar:${number}` : null;
}

const PARSERS: Record<string, (raw: string) => string | null> = {
  arxiv: canonicalArxivId,
  doi: canonicalDoi,
  openreview: canonicalOpenReviewId,
  acl: canonicalAclId,
  pmlr: canonicalPmlrId,
  neurips: canonicalNeuripsId,
  cvf: canonicalCvfId,
  dblp: canonicalDblpId,
  s2: canonicalS2Id,
  scholar: canonicalScholarId,
};

/** The schemes this version reads (CONTRACT.md); an id of another scheme is kept as given. */
export const KNOWN_SCHEMES: readonly string[] = Object.keys(PARSERS);

/** The scheme of a canonical id (`doi:10.1/x` → `doi`). */
export function idScheme(id: string): string {
  const colon = id.indexOf(':');
  return colon < 0 ? '' : id.slice(0, colon);
}

/**
 * Any canonical id as text, in its own scheme's spelling (`arXiv:2310.04444v2`, `doi:10.…`, `openreview:…`), a bare
 * arXiv id or DOI, or a paper URL → the canonical id; null when it names no paper (or a scheme we do not know).
 */
export function canonicalPaperId(raw: string): string | null {
  const text = raw.trim();
  if (/^https?:\/\//i.test(text)) return paperIdFromUrl(text);
  const scheme = /^([a-z][a-z0-9]*):/i.exec(text)?.[1]?.toLowerCase();
  const parse = scheme ? PARSERS[scheme] : undefined;
  if (parse) return parse(text);
  return canonicalArxivId(text) ?? canonicalDoi(text);
}

// Best first (CONTRACT.md): arXiv, then the DOI, then the sites' own ids, then the aggregators'.
const RANK = ['arxiv', 'doi', 'openreview', 'acl', 'pmlr', 'neurips', 'cvf', 'dblp', 's2', 'scholar'];

function rank(id: string): number {
  const index = RANK.indexOf(idScheme(id));
  return index < 0 ? RANK.length : index;
}

/** A paper's ids in order, best first, each once: the first is the record's `id`, the others its `aliases`. */
export function rankIds(ids: Iterable<string>): string[] {
  return [...new Set(ids)].sort((a, b) => rank(a) - rank(b));
}

/** Every id a paper is known by: its `id` and its aliases. */
export function paperIds(paper: Pick<PaperDraft, 'id' | 'aliases'>): string[] {
  return paper.aliases?.length ? [paper.id, ...paper.aliases.filter((alias) => alias !== paper.id)] : [paper.id];
}

// ---------------------------------------------------------------------------------------------------------
// URLs

const ARXIV_HOSTS = new Set(['arxiv.org', 'www.arxiv.org', 'export.arxiv.org']);
const ALPHAXIV_HOSTS = new Set(['alphaxiv.org', 'www.alphaxiv.org']);
const HF_HOSTS = new Set(['huggingface.co', 'www.huggingface.co', 'hf.co']);
const DOI_HOSTS = new Set(['doi.org', 'dx.doi.org', 'www.doi.org']);
const OPENREVIEW_HOSTS = new Set(['openreview.net', 'www.openreview.net']);
const ACL_HOSTS = new Set(['aclanthology.org', 'www.aclanthology.org']);
const ACLWEB_HOSTS = new Set(['aclweb.org', 'www.aclweb.org']);
const PMLR_HOSTS = new Set(['proceedings.mlr.press']);
const JMLR_HOSTS = new Set(['jmlr.org', 'www.jmlr.org']);
const NEURIPS_HOSTS = new Set([
  'papers.nips.cc',
  'proceedings.neurips.cc',
  'papers.neurips.cc',
  'datasets-benchmarks-proceedings.neurips.cc',
]);
const CVF_HOSTS = new Set(['openaccess.thecvf.com']);
const DBLP_HOSTS = new Set(['dblp.org', 'www.dblp.org', 'dblp.uni-trier.de', 'dblp.dagstuhl.de']);
const S2_HOSTS = new Set(['semanticscholar.org', 'www.semanticscholar.org']);
const SCHOLAR_HOST = /^scholar\.google\.(?:com|[a-z]{2}|com?\.[a-z]{2})$/;

function arxivFromPath(path: string, pattern: RegExp): string | null {
  const rest = pattern.exec(path)?.[1];
  return rest ? canonicalArxivId(rest) : null;
}

function idFromPath(path: string, pattern: RegExp, parse: (raw: string) => string | null): string | null {
  const rest = pattern.exec(path)?.[1];
  return rest ? parse(rest) : null;
}

function openReviewFromUrl(url: URL, path: string): string | null {
  // /forum?id=<forum>[&noteId=…], /pdf?id=<forum>, /attachment?id=<note>&name=pdf; /forum?arxivid= is arXiv's paper.
  if (!/^\/(?:forum|pdf|attachment)\/?$/.test(path)) return null;
  const arxiv = url.searchParams.get('arxivid');
  if (arxiv && path.startsWith('/forum')) return canonicalArxivId(arxiv);
  const id = url.searchParams.get('id');
  return id ? canonicalOpenReviewId(id) : null;
}

/** The canonical id of the paper a URL points at (every scheme's paper pages, PDFs and id links), or null. */
export function paperIdFromUrl(input: string | URL, base?: string): string | null {
  let url: URL;
  try {
    url = typeof input === 'string' ? new URL(input.trim(), base) : input;
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = url.hostname.toLowerCase();
  const path = decodeURIComponentSafe(url.pathname);
  if (ARXIV_HOSTS.has(host)) return arxivFromPath(path, /^\/(?:abs|pdf|html)\/(.+?)\/?$/);
  if (ALPHAXIV_HOSTS.has(host)) return arxivFromPath(path, /^\/(?:abs|overview|pdf)\/(.+?)\/?$/);
  if (HF_HOSTS.has(host)) return arxivFromPath(path, /^\/papers\/([^/]+)\/?$/);
  if (DOI_HOSTS.has(host)) return idFromPath(path, /^\/(10\..+)$/, canonicalDoi);
  if (OPENREVIEW_HOSTS.has(host)) return openReviewFromUrl(url, path);
  // /<id>/, /<id>.pdf, /<id>v2.pdf (a revision), /<id>.bib; aclweb.org kept them under /anthology/.
  if (ACL_HOSTS.has(host)) return idFromPath(path, /^\/([^/]+?)(?:v\d+)?(?:\.pdf|\.bib|\/)?$/, canonicalAclId);
  if (ACLWEB_HOSTS.has(host)) return idFromPath(path, /^\/anthology\/([^/]+?)(?:v\d+)?(?:\.pdf|\.bib|\/)?$/, canonicalAclId);
  // /v235/<key>.html, /v235/<key>/<key>.pdf, /v37/<key>.pdf; jmlr.org/proceedings/papers/v37/<key>.html (before 2017).
  if (PMLR_HOSTS.has(host) || JMLR_HOSTS.has(host)) {
    const match = /^(?:\/proceedings\/papers)?\/(v\d+)\/([A-Za-z0-9_-]+?)(?:\.html|\.pdf|-supp\.pdf|\/\2(?:-supp)?\.pdf)?$/.exec(path);
    return match && (PMLR_HOSTS.has(host) || path.startsWith('/proceedings/')) ? canonicalPmlrId(`${match[1]}/${match[2]}`) : null;
  }
  // /paper_files/paper/2023/hash/<hash>-Abstract-Conference.html, …/file/<hash>-Paper-Conference.pdf, /paper/2019/….
  if (NEURIPS_HOSTS.has(host)) {
    const match = /^\/(?:paper_files\/)?paper\/(\d{4})\/(?:hash|file)\/([0-9a-f]{32})-[^/]+$/i.exec(path);
    return match ? canonicalNeuripsId(`${match[1]}/${match[2]}`) : null;
  }
  // /content/CVPR2024/html/<key>_CVPR_2024_paper.html, /content_cvpr_2017/papers/<key>_CVPR_2017_paper.pdf, workshops.
  if (CVF_HOSTS.has(host)) {
    const name = /^\/content[^?#]*\/(?:html|papers)\/([^/]+_paper\.(?:html|pdf))$/.exec(path)?.[1];
    return name ? cvfIdFromFileName(name) : null;
  }
  // /rec/<key>(.html|.bib|.xml), and the old /rec/bibtex/<key>.
  if (DBLP_HOSTS.has(host)) return idFromPath(path, /^\/rec\/(?:bibtex\/)?(.+?)(?:\.html|\.bib|\.xml|\.ris)?$/, canonicalDblpId);
  if (S2_HOSTS.has(host)) return idFromPath(path, /^\/paper\/(?:[^/]+\/)?([0-9a-f]{40})\/?$/i, canonicalS2Id);
  if (SCHOLAR_HOST.test(host) && path === '/scholar') {
    const cluster = url.searchParams.get('cluster');
    return cluster ? canonicalScholarId(cluster) : null;
  }
  return null;
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

/** A place to read a paper: a short label for a row, a name for screen readers and the detail pane. */
export interface PaperLink {
  kind: 'arxiv' | 'hf' | 'pdf' | 'doi' | 'openreview' | 'acl' | 'dblp' | 's2';
  label: string;
  name: string;
  href: string;
}

// The pages an id names for certain (its scheme's own URL form). Proceedings ids (pmlr, neurips, cvf) name pages
// whose URL forms vary by year: their page is the record's own `url`, where the paper was saved.
// Each part of a path escaped (a DOI may hold `#` or `?`), its slashes kept.
const pathOf = (text: string) => text.split('/').map(encodeURIComponent).join('/');

const ID_PAGES: Partial<Record<string, (rest: string) => Omit<PaperLink, 'kind'>>> = {
  doi: (doi) => ({ label: 'DOI', name: 'Publisher page (DOI)', href: `https://doi.org/${pathOf(doi)}` }),
  openreview: (id) => ({
    label: 'OpenReview',
    name: 'OpenReview forum',
    href: `https://openreview.net/forum?id=${encodeURIComponent(id)}`,
  }),
  acl: (id) => ({ label: 'ACL', name: 'ACL Anthology page', href: `https://aclanthology.org/${encodeURIComponent(id)}/` }),
  dblp: (key) => ({ label: 'dblp', name: 'dblp record', href: `https://dblp.org/rec/${pathOf(key)}` }),
  s2: (id) => ({ label: 'S2', name: 'Semantic Scholar page', href: `https://www.semanticscholar.org/paper/${id}` }),
};

/**
 * Where else to read a paper, from every id it has (its best id first, then its aliases): the arXiv abstract, the
 * Hugging Face page (new-style arXiv ids only: Hugging Face has no page for `hep-th/9901001`), the PDF, and the
 * pages its other ids name. The one answer: the rows, the detail pane and the exports all take their links here.
 * `pdfUrl` is taken only when it is http(s).
 */
export function paperLinks(paper: Pick<PaperDraft, 'id' | 'aliases' | 'pdfUrl'>): PaperLink[] {
  const links: PaperLink[] = [];
  const ids = [paper.id, ...(paper.aliases ?? [])];
  const arxivId = ids.find((id) => arxivNumber(id) !== null);
  const arxiv = arxivId ? arxivLinks(arxivId) : null;
  if (arxiv && arxivId) {
    links.push({ kind: 'arxiv', label: 'arXiv', name: 'arXiv abstract', href: arxiv.abs });
    if (!arxivId.includes('/')) links.push({ kind: 'hf', label: 'HF', name: 'Hugging Face page', href: arxiv.hf });
  }
  const pdf = /^https?:\/\//i.test(paper.pdfUrl ?? '') ? paper.pdfUrl : arxiv?.pdf;
  if (pdf) links.push({ kind: 'pdf', label: 'PDF', name: 'PDF', href: pdf });
  for (const id of ids) {
    const scheme = idScheme(id);
    const page = ID_PAGES[scheme]?.(id.slice(scheme.length + 1));
    if (page && !links.some((link) => link.kind === scheme)) links.push({ kind: scheme as PaperLink['kind'], ...page });
  }
  return links;
}

/** Title text reduced to what two sites agree on: letters and digits of any script, lowercased, single spaces. */
export function normalTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// Name parts that are not the family name: generational suffixes.
const SUFFIX = /^(?:jr|sr|ii|iii|iv)$/;

/** The family name of an author as the sites write names: `Ashish Vaswani`, `Vaswani, Ashish`, `Li Fei-Fei` → one word. */
export function familyName(author: string): string {
  const comma = author.indexOf(',');
  const family = comma > 0 ? author.slice(0, comma) : author;
  const words = normalTitle(family.replace(/[-‐‑'’]/g, ''))
    .split(' ')
    .filter((word) => word && !SUFFIX.test(word));
  return words.at(-1) ?? '';
}

/**
 * What identifies a paper that shows no id we know: its normalised title and its first author's family name, or
 * undefined when either is missing (a bare title matches too much). Stored on each record (db.ts) to be looked up.
 */
export function titleKey(title: string, authors: readonly string[]): string | undefined {
  const normal = normalTitle(title);
  const family = familyName(authors[0] ?? '');
  return normal && family ? `${normal}|${family}` : undefined;
}

/** A paper as the database holds it: the record and the title key it is found by (derived, set by db.ts). */
export type StoredPaper = Paper & { titleKey?: string };

/** The record without what the database derives from it (for backups: the user's data only). */
export function withoutDerived(paper: StoredPaper): Paper {
  if (!('titleKey' in paper)) return paper;
  const { titleKey: _derived, ...rest } = paper;
  return rest;
}

/** What a card tells the library about its paper, so that the library can tell which saved paper it is. */
export interface CardKey {
  id: string;
  aliases?: string[];
  title?: string;
  /** The first author's name as the card shows it. */
  author?: string;
}

/** What a card key a draft makes: its ids, title and first author. */
export function cardKeyOf(draft: PaperDraft): CardKey {
  return {
    id: draft.id,
    ...(draft.aliases?.length ? { aliases: draft.aliases } : {}),
    title: draft.title,
    ...(draft.authors[0] ? { author: draft.authors[0] } : {}),
  };
}
