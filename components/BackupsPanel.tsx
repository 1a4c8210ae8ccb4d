import { useState } from 'preact/hooks';
import { KEPT_BACKUPS } from '@/lib/backups';
import { type BackupInfo, database } from '@/lib/db';
import { send } from '@/lib/messages';
import { validTime } from '@/lib/records';
import { downloadText } from './download';
import { useLiveQuery } from './useLiveQuery';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

type Outcome = { tone: 'info' | 'error'; message: string } | null;

/**
 * The automatic daily backups (lib/backups.ts), newest first, with their date, paper count and size: each can be
 * downloaded, or restored after a confirmation (all or nothing; papers the backup lacks go to the trash). Read only
 * while the section is open; the list reads the backups' numbers only, a text only when it is downloaded.
 */
export function BackupsPanel() {
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const backups = useLiveQuery(
    async (): Promise<BackupInfo[]> =>
      open
        ? (await database().backups.orderBy('id').reverse().toArray()).map(({ id, createdAt, count, size }) => ({
            id,
            createdAt,
            count,
            size,
          }))
        : [],
    [open],
  );
  const list = backups.value ?? [];

  async function run(work: () => Promise<string>) {
    setBusy(true);
    try {
      setOutcome({ tone: 'info', message: await work() });
    } catch (error) {
      setOutcome({ tone: 'error', message: `Could not restore the backup: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setBusy(false);
    }
  }

  const restore = (backup: BackupInfo) =>
    run(async () => {
      setConfirming(null);
      const { restored, trashed } = await send({ type: 'restoreBackup', id: backup.id });
      const moved = trashed > 0 ? ` ${plural(trashed, 'paper')} not in it moved to the trash.` : '';
      return `Restored the backup of ${backup.id}: ${plural(restored, 'paper')}.${moved}`;
    });
  const download = async (backup: BackupInfo) => {
    const stored = await database().backupTexts.get(backup.id);
    if (stored) downloadText(stored.text, `paper-shelf-backup-${backup.id}.json`, 'application/json');
    else setOutcome({ tone: 'error', message: `The backup of ${backup.id} is no longer kept.` });
  };

  return (
    <details class="backups-panel" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        <h2 id="backups-heading">Backups</h2>
      </summary>
      <p class="hint">On each day the library changes, a backup of it is kept in this browser; the last {KEPT_BACKUPS} are kept.</p>
      {backups.error !== undefined && <p role="alert">Could not read the backups: {String(backups.error)}</p>}
      {open && backups.value !== undefined && list.length === 0 && (
        <p class="hint">No backup yet: one is taken on the first change of a day.</p>
      )}
      <ul class="backup-list" aria-labelledby="backups-heading">
        {list.map((backup) => {
          const taken = validTime(backup.createdAt);
          return (
            <li key={backup.id} data-backup-id={backup.id}>
              <div class="backup-info">
                <span class="backup-date">{taken ? timeFormat.format(taken) : backup.id}</span>
                <span class="backup-size">
                  {plural(backup.count, 'paper')}, {fileSize(backup.size)}
                </span>
              </div>
              {confirming === backup.id ? (
                <fieldset class="backup-confirm" aria-label={`Confirm restoring the backup of ${backup.id}`}>
                  <p>Make the library exactly this backup ({plural(backup.count, 'paper')})? Papers it does not hold go to the trash.</p>
                  <button type="button" class="danger" disabled={busy} onClick={() => void restore(backup)}>
                    Replace the library
                  </button>
                  <button type="button" onClick={() => setConfirming(null)}>
                    Cancel
                  </button>
                </fieldset>
              ) : (
                <div class="backup-actions">
                  <button
                    type="button"
                    disabled={busy}
                    aria-label={`Restore the backup of ${backup.id}`}
                    onClick={() => {
                      setOutcome(null);
                      setConfirming(backup.id);
                    }}
                  >
                    Restore
                  </button>
                  <button type="button" aria-label={`Download the backup of ${backup.id}`} onClick={() => void download(backup)}>
                    Download
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {outcome && (
        <p class={`outcome ${outcome.tone}`} role={outcome.tone === 'error' ? 'alert' : 'status'}>
          {outcome.message}
        </p>
      )}
    </details>
  );
}
