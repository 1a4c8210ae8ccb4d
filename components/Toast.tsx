import type { Notice } from './usePaperActions';

/** The latest notice, announced politely; Undo when the action can be taken back. */
export function Toast({ notice, dismiss }: { notice: Notice | null; dismiss: () => void }) {
  return (
    <div class="toast-region" role="status" aria-live="polite">
      {notice && (
        <div class={`toast ${notice.tone}`} key={notice.id}>
          <span>{notice.message}</span>
          {notice.undo && (
            <button
              type="button"
              class="undo"
              onClick={() => {
                notice.undo?.();
                dismiss();
              }}
            >
              Undo
            </button>
          )}
          <button type="button" class="dismiss" aria-label="Dismiss" onClick={dismiss}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
