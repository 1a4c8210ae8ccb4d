import type { PaperState } from '@/lib/library';
import { SaveToggle } from './SaveToggle';

export interface CardControlProps {
  title: string;
  state: PaperState | undefined;
  busy: boolean;
  onToggle: () => void;
}

/** Everything Paper Shelf shows on one paper card. */
export function CardControl({ title, state, busy, onToggle }: CardControlProps) {
  return (
    <div class="shelf" data-loading={state ? undefined : 'true'}>
      <SaveToggle saved={state?.saved ?? false} busy={busy || !state} title={title} onToggle={onToggle} />
    </div>
  );
}
