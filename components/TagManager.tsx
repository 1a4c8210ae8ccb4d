import { useEffect, useRef, useState } from 'preact/hooks';
import { normalizeTag, type TagCount, tagKey } from '@/lib/tags';

interface Props {
  tags: readonly TagCount[];
  onRename: (from: string, to: string) => void;
  onDelete: (tag: string) => void;
}

/** Every tag with its count; rename (to an existing name: merge) or delete a tag across the whole library. */
export function TagManager({ tags, onRename, onDelete }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  if (tags.length === 0) return <p class="hint">No tags yet. Add one to a paper with “+ Tag”.</p>;
  return (
    <>
      <p class="hint">Renaming a tag to one that exists merges the two.</p>
      <ul class="tag-manager">
        {tags.map(({ tag, count }) => (
          <li key={tagKey(tag)} data-tag={tag}>
            {editing === tag ? (
              <RenameForm
                tag={tag}
                onCancel={() => setEditing(null)}
                onRename={(to) => {
                  setEditing(null);
                  if (to !== tag) onRename(tag, to);
                }}
              />
            ) : (
              <>
                <span class="tag-name">{tag}</span>
                <span class="count">{count}</span>
                <button type="button" aria-label={`Rename tag ${tag}`} onClick={() => setEditing(tag)}>
                  Rename
                </button>
                {confirming === tag ? (
                  <button
                    type="button"
                    class="danger"
                    aria-label={`Confirm: delete tag ${tag} from ${count} papers`}
                    onClick={() => {
                      setConfirming(null);
                      onDelete(tag);
                    }}
                    onBlur={() => setConfirming(null)}
                  >
                    Delete from {count}?
                  </button>
                ) : (
                  <button type="button" aria-label={`Delete tag ${tag}`} onClick={() => setConfirming(tag)}>
                    Delete
                  </button>
                )}
              </>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

function RenameForm({ tag, onRename, onCancel }: { tag: string; onRename: (to: string) => void; onCancel: () => void }) {
  const [text, setText] = useState(tag);
  const field = useRef<HTMLInputElement>(null);
  // The field appears because the user asked to rename: put the cursor in it (autofocus only works on page load).
  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, []);
  return (
    <form
      class="rename"
      onSubmit={(event) => {
        event.preventDefault();
        const to = normalizeTag(text);
        if (to) onRename(to);
      }}
    >
      <input
        ref={field}
        type="text"
        aria-label={`New name for tag ${tag}`}
        value={text}
        maxLength={200}
        onInput={(event) => setText(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            onCancel();
          }
        }}
      />
      <button type="submit">Save</button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}
