import { PAPER_STATUSES, type PaperStatus } from '@/lib/paper';

export const STATUS_LABELS: Record<PaperStatus, string> = { unread: 'Unread', reading: 'Reading', read: 'Read' };

/** The reading status as a native select: keyboard and screen-reader friendly everywhere. Reports real changes only. */
export function StatusPicker({ status, label, onChange }: { status: PaperStatus; label: string; onChange: (status: PaperStatus) => void }) {
  const pick = (event: { currentTarget: HTMLSelectElement }) => {
    const picked = event.currentTarget.value as PaperStatus;
    if (picked !== status) onChange(picked);
  };
  return (
    <select
      class="status"
      data-status={status}
      aria-label={`Reading status of ${label}`}
      value={status}
      onChange={pick}
      onKeyDown={(event) => event.stopPropagation()}
    >
      {PAPER_STATUSES.map((s) => (
        <option key={s} value={s}>
          {STATUS_LABELS[s]}
        </option>
      ))}
    </select>
  );
}
