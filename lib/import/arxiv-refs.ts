import { canonicalArxivId, canonicalDoi, paperIdFromUrl, rankIds } from '@/lib/paper';

/** `10.48550/arXiv.2310.04444` (arXiv's DataCite DOI, also as a doi.org URL) → `arxiv:2310.04444`. */
export function arxivIdFromDoi(doi: string | undefined): string | null {
  const match = /10\.48550\/arxiv\.(\S+)/i.exec(doi ?? '');
  return match?.[1] ? canonicalArxivId(match[1]) : null;
}

/** The first arXiv, Hugging Face or alphaXiv paper URL in a text, as a canonical id. */
export function arxivIdFromUrls(text: string | undefined): string | null {
  for (const match of (text ?? '').matchAll(/https?:\/\/[^\s"'<>{}]+/gi)) {
    const id = paperIdFromUrl(match[0].replace(/[.,;)\]]+$/, ''));
    if (id?.startsWith('arxiv:')) return id;
  }
  return null;
}

/** `arXiv:2310.04444`, `arXiv preprint arXiv:1706.03762`, `CoRR abs/1706.03762` → the canonical id. */
export function arxivIdFromMention(text: string | undefined): string | null {
  const match =
    /\barxiv\s*:?\s*(?:abs\/)?([a-z-]+(?:\.[a-z]{2})?\/\d{7}|\d{4}\.\d{4,5})(v\d+)?/i.exec(text ?? '') ??
    /\babs\/(\d{4}\.\d{4,5}|[a-z-]+(?:\.[a-z]{2})?\/\d{7})/i.exec(text ?? '');
  return match?.[1] ? canonicalArxivId(match[1]) : null;
}

/**
 * A DOI field's value as the DOI it names, its case kept (`https://doi.org/10.1162/TACL_a_1`, `doi:10.…` →
 * `10.1162/TACL_a_1`); undefined when it names none, or arXiv's own (that is the arXiv id).
 */
export function bareDoi(raw: string | undefined): string | undefined {
  const canonical = canonicalDoi(raw ?? '');
  if (!canonical?.startsWith('doi:')) return undefined;
  const doi = canonical.slice('doi:'.length);
  // canonicalDoi lowercases (DOIs match without case); the record keeps the DOI as the publisher writes it.
  const text = safeDecode(raw ?? '');
  const at = text.toLowerCase().indexOf(doi);
  return at < 0 ? doi : text.slice(at, at + doi.length);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The other ids a citation names beside its arXiv id: its DOI and the paper pages its links name (OpenReview forums,
 * ACL Anthology, PMLR, proceedings…), best first. A citation that names no arXiv paper is known by these. The one
 * reading for every format (BibTeX's doi and url fields, RIS's DO and UR tags).
 */
export function otherPaperIds(doi: string | undefined, links: string): string[] {
  const ids = [canonicalDoi(doi ?? '')];
  for (const link of links.match(/https?:\/\/[^\s{}]+/g) ?? []) ids.push(paperIdFromUrl(link.replace(/[.,;)\]]+$/, '')));
  return rankIds(ids.filter((id): id is string => id !== null));
}

/** The first id a list of candidate finders yields. */
export function firstId(...candidates: (() => string | null)[]): string | null {
  for (const candidate of candidates) {
    const id = candidate();
    if (id) return id;
  }
  return null;
}
