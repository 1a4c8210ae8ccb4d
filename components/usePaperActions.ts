import { useCallback, useMemo, useRef, useState } from 'preact/hooks';
import { send } from '@/lib/messages';
import type { Paper, PaperStatus } from '@/lib/paper';
import type { PaperActions } from './PaperRow';

/** A message for the user after an action, with an undo when the action can be taken back. */
export interface Notice {
  id: number;
  message: string;
  tone: 'info' | 'error';
  undo?: () => void;
}

const NOTICE_MS = 10_000;

export interface LibraryActions extends PaperActions {
  /** Removes many papers at once; the notice offers to undo all of them. */
  removeMany: (ids: readonly string[]) => Promise<void>;
  addTagToMany: (ids: readonly string[], tag: string) => Promise<void>;
  removeTagFromMany: (ids: readonly string[], tag: string) => Promise<void>;
  setStatusOfMany: (ids: readonly string[], status: PaperStatus) => Promise<void>;
  setNote: (id: string, note: string) => Promise<void>;
  renameTag: (from: string, to: string) => Promise<void>;
  deleteTag: (tag: string) => Promise<void>;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Every write a view makes, sent to the background (the single writer); failures and undo become a notice. */
export function usePaperActions(): { actions: LibraryActions; notice: Notice | null; dismiss: () => void } {
  const [notice, setNotice] = useState<Notice | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const counter = useRef(0);

  const show = useCallback((message: string, tone: Notice['tone'], undo?: () => void) => {
    clearTimeout(timer.current);
    const id = ++counter.current;
    setNotice({ id, message, tone, undo });
    timer.current = setTimeout(() => setNotice((current) => (current?.id === id ? null : current)), NOTICE_MS);
  }, []);
  const dismiss = useCallback(() => {
    clearTimeout(timer.current);
    setNotice(null);
  }, []);

  const run = useCallback(
    async (work: () => Promise<void>) => {
      try {
        await work();
      } catch (error) {
        show(`Could not save the change: ${error instanceof Error ? error.message : String(error)}`, 'error');
      }
    },
    [show],
  );

  const actions = useMemo<LibraryActions>(() => {
    const removeMany = (ids: readonly string[], what?: string) =>
      run(async () => {
        const { removed } = await send({ type: 'remove', ids: [...ids] });
        if (removed.length === 0) return;
        const label = what ?? plural(removed.length, 'paper');
        // Removed papers wait in the trash (listed in the library page for 30 days); the notice's undo is a shortcut.
        show(`Moved ${label} to the trash.`, 'info', () =>
          run(async () => {
            // The removed records come back whole: tags, status, note and save date.
            await send({ type: 'untrash', ids: removed });
            show(`Restored ${label}.`, 'info');
          }),
        );
      });
    return {
      addTag: (paper: Paper, tag: string) => run(async () => void (await send({ type: 'addTags', ids: [paper.id], tags: [tag] }))),
      removeTag: (paper: Paper, tag: string) => run(async () => void (await send({ type: 'removeTags', ids: [paper.id], tags: [tag] }))),
      setStatus: (paper: Paper, status: PaperStatus) => run(async () => void (await send({ type: 'setStatus', ids: [paper.id], status }))),
      remove: (paper: Paper) => removeMany([paper.id], `“${paper.title || paper.id}”`),
      removeMany: (ids) => removeMany(ids),
      addTagToMany: (ids, tag) =>
        run(async () => {
          const { states } = await send({ type: 'addTags', ids: [...ids], tags: [tag] });
          show(`Tagged ${plural(Object.keys(states).length, 'paper')} “${tag}”.`, 'info');
        }),
      removeTagFromMany: (ids, tag) =>
        run(async () => {
          const { states } = await send({ type: 'removeTags', ids: [...ids], tags: [tag] });
          show(`Took “${tag}” off ${plural(Object.keys(states).length, 'paper')}.`, 'info');
        }),
      setStatusOfMany: (ids, status) =>
        run(async () => {
          const { states } = await send({ type: 'setStatus', ids: [...ids], status });
          show(`Marked ${plural(Object.keys(states).length, 'paper')} ${status}.`, 'info');
        }),
      setNote: (id, note) => run(async () => void (await send({ type: 'setNote', id, note }))),
      renameTag: (from, to) =>
        run(async () => {
          const { changed, undo } = await send({ type: 'renameTag', from, to });
          show(`Renamed “${from}” to “${to}” on ${plural(changed, 'paper')}.`, 'info', () =>
            run(async () => {
              await send({ type: 'revertTag', undo });
              show(`Undid the rename of “${from}”.`, 'info');
            }),
          );
        }),
      deleteTag: (tag) =>
        run(async () => {
          const { changed, undo } = await send({ type: 'deleteTag', tag });
          show(`Deleted “${tag}” from ${plural(changed, 'paper')}.`, 'info', () =>
            run(async () => {
              await send({ type: 'revertTag', undo });
              show(`Put “${tag}” back on ${plural(changed, 'paper')}.`, 'info');
            }),
          );
        }),
    };
  }, [run, show]);

  return { actions, notice, dismiss };
}
