interface Props {
  saved: boolean;
  busy?: boolean;
  title: string;
  onToggle: () => void;
}

/** The bookmark button: `aria-pressed` says whether the paper is in the library (CONTRACT.md). */
export function SaveToggle({ saved, busy = false, title, onToggle }: Props) {
  return (
    <button
      type="button"
      class="save"
      aria-pressed={saved ? 'true' : 'false'}
      aria-busy={busy ? 'true' : undefined}
      aria-label={saved ? `Saved in Paper Shelf: ${title}. Press to remove.` : `Save to Paper Shelf: ${title}`}
      title={saved ? 'Saved in Paper Shelf (click to remove)' : 'Save to Paper Shelf'}
      onClick={onToggle}
    >
      <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
        <path d="M6 3h12a1 1 0 0 1 1 1v17l-7-4.5L5 21V4a1 1 0 0 1 1-1z" />
      </svg>
      <span>{saved ? 'Saved' : 'Save'}</span>
    </button>
  );
}
