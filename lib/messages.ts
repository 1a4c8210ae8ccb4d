import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
import { EXPORT_FORMATS } from './export/formats';
import { IMPORT_FORMATS, MAX_IMPORT_CHARS } from './import/formats';
import { paperSchemas } from './paper';
import type { ImportSummary, PaperState, TagCount, TagUndo } from './protocol';
import type { Result } from './result';

/**
 * Every request an extension page or content script may send to the background, as zod checks it. Built on first
 * use (the background's first message), like the paper schemas it is made of: the content script, which only sends,
 * ships without zod.
 */
function buildRequest() {
  const { Paper, PaperDraft, PaperId, PaperStatus, Tag } = paperSchemas();
  /** Narrows an export (CONTRACT.md): papers with all of `tags`, one of `status`, among `ids`. */
  const ExportFilter = z.object({
    tags: z.optional(z.array(Tag).check(z.maxLength(1000, 'more than 1000 tags'))),
    // One status or several.
    status: z.optional(z.union([PaperStatus, z.array(PaperStatus)])),
    ids: z.optional(z.array(PaperId).check(z.maxLength(100_000, 'more than 100000 ids'))),
  });

  const Ids = z.array(PaperId).check(z.maxLength(100_000, 'more than 100000 ids'));
  const Tags = z.array(Tag).check(z.maxLength(1000, 'more than 1000 tags'));

  /** A card in a states request: its ids, and its title and first author for when the library knows none of them. */
  const CardKey = z.object({
    id: PaperId,
    aliases: z.optional(z.array(PaperId).check(z.maxLength(100))),
    title: z.optional(z.string().check(z.maxLength(2000))),
    author: z.optional(z.string().check(z.maxLength(500))),
  });

  /** Every request an extension page or content script may send to the background. */
  const Request = z.discriminatedUnion('type', [
    z.object({
      type: z.literal('save'),
      papers: z.array(PaperDraft).check(z.minLength(1), z.maxLength(100_000)),
      tags: z.optional(Tags),
      status: z.optional(PaperStatus),
    }),
    // `saved`: what the card showed; when the library says otherwise the card was stale and nothing changes.
    z.object({ type: z.literal('toggle'), paper: PaperDraft, saved: z.optional(z.boolean()) }),
    z.object({ type: z.literal('remove'), ids: Ids }),
    z.object({ type: z.literal('restore'), papers: z.array(Paper).check(z.maxLength(100_000)) }),
    z.object({ type: z.literal('untrash'), ids: Ids }),
    z.object({ type: z.literal('restoreBackup'), id: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'not a backup day')) }),
    z.object({ type: z.literal('emptyTrash'), ids: z.optional(Ids) }),
    z.object({
      type: z.literal('revertTag'),
      undo: z.object({ tag: Tag, to: z.optional(Tag), ids: Ids, hadTarget: Ids }),
    }),
    z.object({
      type: z.literal('states'),
      ids: Ids,
      cards: z.optional(z.array(CardKey).check(z.maxLength(100_000, 'more than 100000 cards'))),
    }),
    z.object({ type: z.literal('addTags'), ids: Ids, tags: Tags }),
    z.object({ type: z.literal('removeTags'), ids: Ids, tags: Tags }),
    z.object({ type: z.literal('setTags'), ids: Ids, tags: Tags }),
    z.object({ type: z.literal('setStatus'), ids: Ids, status: PaperStatus }),
    z.object({ type: z.literal('setNote'), id: PaperId, note: z.string().check(z.maxLength(200_000)) }),
    z.object({ type: z.literal('tags') }),
    z.object({ type: z.literal('renameTag'), from: Tag, to: Tag }),
    z.object({ type: z.literal('deleteTag'), tag: Tag }),
    z.object({ type: z.literal('openLibrary') }),
    z.object({
      type: z.literal('export'),
      format: z.enum(EXPORT_FORMATS),
      filter: z.optional(ExportFilter),
      options: z.optional(z.object({ groupBy: z.optional(z.enum(['tag', 'status'])), unicode: z.optional(z.boolean()) })),
    }),
    z.object({
      type: z.literal('import'),
      text: z.string().check(z.maxLength(MAX_IMPORT_CHARS, `the file is too large: at most ${MAX_IMPORT_CHARS / 1024 / 1024} MB`)),
      format: z.optional(z.enum(IMPORT_FORMATS)),
      // Chosen by the page that imports: progress reports carry it, so two imports at once never mix their bars.
      importId: z.optional(z.string().check(z.maxLength(100))),
    }),
  ]);
  return Request;
}

let requestSchema: ReturnType<typeof buildRequest> | undefined;

export type Request = z.infer<ReturnType<typeof buildRequest>>;
export type RequestType = Request['type'];

/** The successful reply to each request type. */
export interface Results {
  save: { states: Record<string, PaperState> };
  // `removed`: the ids a toggle moved to the trash (an unsave), which the card's Undo sends back with `untrash`.
  toggle: { state: PaperState; removed: string[] };
  // Ids only: the records wait in the trash, and a reply carrying 100,000 whole papers would not fit a message.
  remove: { removed: string[] };
  restore: { restored: number };
  untrash: { restored: string[] };
  restoreBackup: { restored: number; trashed: number };
  emptyTrash: { deleted: number };
  revertTag: { changed: number };
  states: { states: Record<string, PaperState> };
  addTags: { states: Record<string, PaperState> };
  removeTags: { states: Record<string, PaperState> };
  setTags: { states: Record<string, PaperState> };
  setStatus: { states: Record<string, PaperState> };
  setNote: { note: string };
  tags: { tags: TagCount[] };
  renameTag: { changed: number; undo: TagUndo };
  deleteTag: { changed: number; undo: TagUndo };
  openLibrary: { opened: true };
  export: { filename: string; mime: string; text: string; count: number };
  import: ImportSummary;
}

export type Reply<T extends RequestType = RequestType> = Result<Results[T]>;
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

/** Parses an incoming message; a malformed one becomes a readable error. */
export function parseRequest(raw: unknown): Result<{ request: Request }> {
  requestSchema ??= buildRequest();
  const parsed = requestSchema.safeParse(raw);
  if (parsed.success) return { ok: true, request: parsed.data };
  return { ok: false, error: `malformed message: ${z.prettifyError(parsed.error)}` };
}

/** The keyboard command that saves the paper of the current page; the background relays it to the tab. */
export const SAVE_PAGE_COMMAND = 'save-paper';

/** The storage.local key where the background writes `{ done, total }` while an import writes its papers. */
export const IMPORT_PROGRESS_KEY = 'paper-shelf:import-progress';

/** The storage.local key where the background writes a ChangeNotice after every write, so content scripts can refresh. */
export const CHANGES_KEY = 'paper-shelf:changes';

type Sender = (message: unknown) => Promise<unknown>;

/** Sends a request to the background; resolves with the result or rejects with the background's error. */
export async function send<T extends RequestType>(request: RequestOf<T>, sender?: Sender): Promise<Results[T]> {
  const deliver: Sender = sender ?? ((message) => browser.runtime.sendMessage(message));
  const reply = (await deliver(request)) as Reply<T> | undefined;
  if (!reply) throw new Error('no reply from the background');
  if (!reply.ok) throw new Error(reply.error);
  return reply;
}
