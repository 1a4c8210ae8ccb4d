import type { PaperStatus } from '@/lib/paper';
import type { PaperState } from '@/lib/protocol';
import type { TagCount } from '@/lib/tags';
import { SaveToggle } from './SaveToggle';
import { StatusPicker } from './StatusPicker';
import { TagEditor } from './TagEditor';

export interface CardControlProps {
  title: string;
  state: PaperState | undefined;
  busy: boolean;
  suggestions: readonly TagCount[];
  onToggle: () => void;
  onAddTag: (tag: string) => void;
  onRemoveTag: (tag: string) => void;
  onStatus: (status: PaperStatus) => void;
  onOpenTags: () => void;
  /** Shown for a few seconds after an unsave: brings the paper back from the trash as it was. */
  onUndo?: () => void;
  /** Why the last change failed, in words (a full disk, the background not answering); the library is as it was. */
  error?: string;
}

/** Everything Paper Shelf shows on one paper card: save, reading status (once saved) and tags. */
export function CardControl(props: CardControlProps) {
  const { title, state, busy } = props;
  const saved = state?.saved ?? false;
  return (
    <div class="shelf" data-saved={saved ? 'true' : 'false'} data-status={state?.status}>
      <SaveToggle saved={saved} busy={busy || !state} title={title} onToggle={props.onToggle} />
      {props.onUndo && !saved && (
        <span class="undo-bar" role="status">
          Moved to the trash.
          <button type="button" class="undo" aria-label={`Undo removing ${title}`} disabled={busy} onClick={props.onUndo}>
            Undo
          </button>
        </span>
      )}
      {saved && state && <StatusPicker status={state.status} label={title} onChange={props.onStatus} />}
      <TagEditor
        tags={state?.tags ?? []}
        suggestions={props.suggestions}
        label={title}
        onAdd={props.onAddTag}
        onRemove={props.onRemoveTag}
        onOpen={props.onOpenTags}
      />
      {props.error && (
        <p class="card-error" role="alert">
          {props.error}
        </p>
      )}
    </div>
  );
}
