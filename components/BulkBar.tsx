import { useId, useState } from 'preact/hooks';
import { PAPER_STATUSES, type PaperStatus } from '@/lib/paper';
import { normalizeTag, type TagCount } from '@/lib/tags';
import { STATUS_LABELS } from './StatusPicker';

interface Props {
  selected: number;
  listed: number;
  /** Tags carried by at least one selected paper (what can be taken off). */
  selectedTags: readonly string[];
  allTags: readonly TagCount[];
  onSelectAll: () => void;
  onClear: () => void;
  onAddTag: (tag: string) => void;
  onRemoveTag: (tag: string) => void;
  onStatus: (status: PaperStatus) => void;
  onRemove: () => void;
}

/** Actions on the checked rows: tag, untag, set status, remove. */
export function BulkBar(props: Props) {
  const { selected, listed, selectedTags, allTags, onSelectAll, onClear, onAddTag, onRemoveTag, onStatus, onRemove } = props;
  const [tag, setTag] = useState('');
  const [untag, setUntag] = useState('');
  const tagList = useId();
  const none = selected === 0;
  return (
    <div class="bulk" role="toolbar" aria-label="Actions on selected papers">
      <span class="bulk-count" aria-live="polite">
        {selected} of {listed} selected
      </span>
      <button type="button" onClick={onSelectAll} disabled={listed === 0}>
        Select all {listed}
      </button>
      <button type="button" onClick={onClear} disabled={none}>
        Clear
      </button>
      <form
        class="bulk-group"
        onSubmit={(event) => {
          event.preventDefault();
          const clean = normalizeTag(tag);
          if (clean && !none) {
            onAddTag(clean);
            setTag('');
          }
        }}
      >
        <input
          type="text"
          list={tagList}
          aria-label="Tag to add to the selected papers"
          placeholder="Tag…"
          maxLength={200}
          value={tag}
          onInput={(event) => setTag(event.currentTarget.value)}
        />
        <datalist id={tagList}>
          {allTags.slice(0, 200).map((t) => (
            <option key={t.tag} value={t.tag} />
          ))}
        </datalist>
        <button type="submit" disabled={none || normalizeTag(tag) === ''}>
          Add tag
        </button>
      </form>
      <span class="bulk-group">
        <select aria-label="Tag to remove from the selected papers" value={untag} onChange={(event) => setUntag(event.currentTarget.value)}>
          <option value="">Tag to remove…</option>
          {selectedTags.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
        <button
          type="button"
          disabled={none || untag === ''}
          onClick={() => {
            onRemoveTag(untag);
            setUntag('');
          }}
        >
          Remove tag
        </button>
      </span>
      <select
        aria-label="Set the status of the selected papers"
        value=""
        disabled={none}
        onChange={(event) => {
          const status = event.currentTarget.value as PaperStatus;
          if (PAPER_STATUSES.includes(status)) onStatus(status);
          event.currentTarget.value = '';
        }}
      >
        <option value="">Set status…</option>
        {PAPER_STATUSES.map((s) => (
          <option key={s} value={s}>
            {STATUS_LABELS[s]}
          </option>
        ))}
      </select>
      <button type="button" class="danger" disabled={none} onClick={onRemove}>
        Remove {selected}
      </button>
    </div>
  );
}
