import { useState } from 'preact/hooks';
import { database, type TrashedPaper } from '@/lib/db';
import { TRASH_DAYS } from '@/lib/library';
import { send } from '@/lib/messages';
import { validTime } from '@/lib/records';
import { useLiveQuery } from './useLiveQuery';

// The newest removals are listed; the rest are counted (a bulk remove can put thousands in the trash).
const LISTED = 50;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

type Outcome = { tone: 'info' | 'error'; message: string } | null;

/**
 * The trash: removed papers, newest first, each with every field it had; restore one, restore all, or empty it
 * (after a confirmation). Read here (extension pages may read the library); every change goes through the background.
 */
export function TrashPanel() {
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const count = useLiveQuery(() => database().trash.count(), []);
  const listed = useLiveQuery(
    async (): Promise<TrashedPaper[]> => (open ? database().trash.orderBy('removedAt').reverse().limit(LISTED).toArray() : []),
    [open],
  );
  const total = count.value ?? 0;

  async function run(work: () => Promise<string>) {
    setBusy(true);
    try {
      setOutcome({ tone: 'info', message: await work() });
    } catch (error) {
      setOutcome({ tone: 'error', message: `Could not change the trash: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setBusy(false);
    }
  }

  const restore = (ids: string[], what: string) =>
    run(async () => {
      const { restored } = await send({ type: 'untrash', ids });
      return `Restored ${restored.length === 1 && what ? what : plural(restored.length, 'paper')}.`;
    });
  const restoreAll = () =>
    run(async () => {
      const ids = (await database().trash.toCollection().primaryKeys()) as string[];
      const { restored } = await send({ type: 'untrash', ids });
      return `Restored ${plural(restored.length, 'paper')}.`;
    });
  const empty = () =>
    run(async () => {
      setConfirming(false);
      const { deleted } = await send({ type: 'emptyTrash' });
      return `Deleted ${plural(deleted, 'paper')} for good.`;
    });

  return (
    <details class="trash-panel" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        <h2 id="trash-heading">Trash ({total})</h2>
      </summary>
      <p class="hint">Removed papers wait here with their tags, status and note for {TRASH_DAYS} days, then they are deleted.</p>
      {count.error !== undefined && <p role="alert">Could not read the trash: {String(count.error)}</p>}
      {total === 0 ? (
        <p class="hint">The trash is empty.</p>
      ) : (
        <>
          <ul class="trash-list" aria-labelledby="trash-heading">
            {(listed.value ?? []).map((paper) => {
              const title = paper.title || paper.id;
              const removed = validTime(paper.removedAt);
              return (
                <li key={paper.id} data-trash-id={paper.id}>
                  <span class="trash-title" title={title}>
                    {title}
                  </span>
                  <span class="trash-date">{removed ? `removed ${dateFormat.format(removed)}` : 'removed: date unknown'}</span>
                  <button
                    type="button"
                    disabled={busy}
                    aria-label={`Restore ${title}`}
                    onClick={() => void restore([paper.id], `“${title}”`)}
                  >
                    Restore
                  </button>
                </li>
              );
            })}
          </ul>
          {total > LISTED && <p class="hint">and {plural(total - LISTED, 'older paper')}</p>}
          <div class="trash-actions">
            <button type="button" disabled={busy} onClick={() => void restoreAll()}>
              Restore all {total}
            </button>
            {confirming ? (
              <>
                <button type="button" class="danger" disabled={busy} onClick={() => void empty()}>
                  Delete {plural(total, 'paper')} for good
                </button>
                <button type="button" onClick={() => setConfirming(false)}>
                  Cancel
                </button>
              </>
            ) : (
              <button type="button" class="danger" disabled={busy} onClick={() => setConfirming(true)}>
                Empty trash
              </button>
            )}
          </div>
        </>
      )}
      {outcome && (
        <p class={`outcome ${outcome.tone}`} role={outcome.tone === 'error' ? 'alert' : 'status'}>
          {outcome.message}
        </p>
      )}
    </details>
  );
}
