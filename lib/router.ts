import { restoreBackup } from './backups';
import { type Library, statesOf } from './library';
import { parseRequest, type Reply, type Request } from './messages';
import { type Caller, refusal } from './policy';
import type { ImportProgress } from './protocol';
import { exportLibrary, importText } from './transfer';

/** What the background does beyond the library (opening tabs); injected so the router stays testable. */
export interface Host {
  /** Opens the library page; for a content script (`from: 'content'`) at most one tab, reused after. */
  openLibrary(from: Caller): Promise<void>;
  /** Where an import reports `{ done, total }` (the background publishes it under IMPORT_PROGRESS_KEY for the panel). */
  importProgress(progress: ImportProgress): void;
}

async function route(library: Library, request: Request, host: Host, caller: Caller): Promise<Reply> {
  switch (request.type) {
    case 'save':
      return { ok: true, states: statesOf(await library.saveMany(request.papers, request)) };
    case 'toggle':
      return { ok: true, ...(await library.toggleTelling(request.paper, request.saved)) };
    case 'remove':
      return { ok: true, removed: await library.remove(request.ids) };
    case 'restore':
      await library.restore(request.papers);
      return { ok: true, restored: request.papers.length };
    case 'restoreBackup':
      return { ok: true, ...(await restoreBackup(library, request.id)) };
    case 'untrash':
      return { ok: true, restored: await library.untrash(request.ids) };
    case 'emptyTrash':
      return { ok: true, deleted: await library.emptyTrash(request.ids) };
    case 'revertTag':
      return { ok: true, changed: await library.revertTag(request.undo) };
    case 'states':
      return { ok: true, states: await library.states(request.ids, request.cards) };
    case 'addTags':
      return { ok: true, states: statesOf(await library.addTags(request.ids, request.tags)) };
    case 'removeTags':
      return { ok: true, states: statesOf(await library.removeTags(request.ids, request.tags)) };
    case 'setTags':
      return { ok: true, states: statesOf(await library.setTags(request.ids, request.tags)) };
    case 'setStatus':
      return { ok: true, states: statesOf(await library.setStatus(request.ids, request.status)) };
    case 'setNote':
      return { ok: true, note: (await library.setNote(request.id, request.note))?.note ?? '' };
    case 'tags':
      return { ok: true, tags: await library.tagCounts() };
    case 'renameTag': {
      const undo = await library.renameTag(request.from, request.to);
      return { ok: true, changed: undo.ids.length, undo };
    }
    case 'deleteTag': {
      const undo = await library.deleteTag(request.tag);
      return { ok: true, changed: undo.ids.length, undo };
    }
    case 'openLibrary':
      await host.openLibrary(caller);
      return { ok: true, opened: true };
    case 'export':
      return { ok: true, ...(await exportLibrary(library.db, request.format, request.filter, request.options)) };
    case 'import': {
      const id = request.importId;
      return importText(library, request.text, request.format, {
        onProgress: (progress) => host.importProgress(id ? { ...progress, id } : progress),
      });
    }
  }
}

/**
 * Answers one message from `caller` (see lib/policy.ts: what a page may ask is less than what our pages may).
 * Never throws: every failure and refusal is a `{ ok: false, error }` reply, and changes nothing.
 */
export async function handleMessage(library: Library, raw: unknown, host: Host, caller: Caller): Promise<Reply> {
  const parsed = parseRequest(raw);
  if (!parsed.ok) return parsed;
  const refused = refusal(parsed.request, caller);
  if (refused) return refused;
  try {
    return await route(library, parsed.request, host, caller);
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
