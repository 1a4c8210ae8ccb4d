import { z } from 'zod/mini';
import { BACKUP_FORMAT, BACKUP_VERSION } from '@/lib/export/json';
import { canonicalPaperId, idScheme, KNOWN_SCHEMES, type Paper, paperSchemas } from '@/lib/paper';
import { issueText } from './issues';
import type { PapersParse } from './types';

const MAX_PAPERS = 200_000;

const Envelope = z.object({
  format: z.string(),
  version: z.number(),
  exportedAt: z.optional(z.string()),
  papers: z.array(z.unknown()),
});

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  return value === null ? 'null' : typeof value;
}

/**
 * CONTRACT.md: a record needs only id, title, authors, url, tags, status and savedAt; older backups and other tools'
 * backups hold no more. The rest take their defaults: an empty note, and edited when it was saved.
 */
function withDefaults(raw: Record<string, unknown>): Record<string, unknown> {
  return { ...raw, note: raw.note ?? '', updatedAt: raw.updatedAt ?? raw.savedAt };
}

/** The Paper Shelf JSON backup → its papers, every one validated; the first invalid one fails the whole file. */
export function importJson(text: string): PapersParse {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `not valid JSON (${error instanceof Error ? error.message : String(error)}): is the file complete?` };
  }
  if (Array.isArray(data)) {
    return { ok: false, error: 'this JSON is a list, not a Paper Shelf backup (CSL-JSON cannot be imported; use BibTeX or RIS)' };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { ok: false, error: `this JSON is not a Paper Shelf backup (it has no "format": "${BACKUP_FORMAT}")` };
  }
  const envelope = Envelope.safeParse(data, { reportInput: true });
  if (!envelope.success) return { ok: false, error: `the backup is malformed: ${issueText(envelope.error)}` };
  const { version, papers } = envelope.data;
  if (version !== BACKUP_VERSION) {
    return {
      ok: false,
      error:
        version > BACKUP_VERSION
          ? `the backup is version ${version}, written by a newer Paper Shelf: update the extension to import it`
          : `the backup has an unknown version (${version})`,
    };
  }
  if (papers.length > MAX_PAPERS) return { ok: false, error: `the backup holds ${papers.length} papers, more than ${MAX_PAPERS}` };
  const valid: Paper[] = [];
  for (const [index, raw] of papers.entries()) {
    const id =
      typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : '';
    const where = `paper ${index + 1}${id ? ` (${id.slice(0, 80)})` : ''}`;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
      return { ok: false, error: `${where}: expected an object, got ${kindOf(raw)}` };
    const parsed = paperSchemas().Paper.safeParse(withDefaults(raw as Record<string, unknown>), { reportInput: true });
    if (!parsed.success) return { ok: false, error: `${where}: ${issueText(parsed.error)}` };
    // `arxiv:2310.04444v2` or `doi:10.1000/ABC` would be a second record for the same paper.
    const scheme = idScheme(parsed.data.id);
    const canonical = canonicalPaperId(parsed.data.id);
    if (KNOWN_SCHEMES.includes(scheme) && canonical !== parsed.data.id) {
      const expected = canonical ?? (scheme === 'arxiv' ? 'arxiv:<id> without a version' : `a ${scheme}: id`);
      return {
        ok: false,
        error: `${where}: field "id": not a canonical ${scheme === 'arxiv' ? 'arXiv' : scheme} id (expected ${expected})`,
      };
    }
    valid.push(parsed.data);
  }
  return { ok: true, papers: valid, skipped: [] };
}
