import { PAPER_STATUSES, type PaperStatus } from '@/lib/paper';

export const STATUS_LABELS: Record<PaperStatus, string> = { unread: 'Unread', reading: 'Reading', read: 'Read' };

/** The reading status as a native select: keyboard and screen-reader friendly everywhere. */
export function StatusPicker({ status, label, onChange }: { status: PaperStatus; label: string; onChange: (status: PaperStatus) => void }) {
  return (
    <select
      class="status"
      data-status={status}
      aria-label={`Reading status of ${label}`}
      value={status}
      onChange={(event) => onChange(event.currentTarget.value as PaperStatus)}
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
