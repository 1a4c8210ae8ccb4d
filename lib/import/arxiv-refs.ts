import { canonicalArxivId, paperIdFromUrl } from '@/lib/paper';

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

/** The first id a list of candidate finders yields. */
export function firstId(...candidates: (() => string | null)[]): string | null {
  for (const candidate of candidates) {
    const id = candidate();
    if (id) return id;
  }
  return null;
}
