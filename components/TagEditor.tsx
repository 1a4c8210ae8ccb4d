import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { normalizeTag, suggestTags, type TagCount } from '@/lib/tags';

export interface TagEditorProps {
  tags: readonly string[];
  /** Every tag in the library with its count, most used first (loaded when the editor opens). */
  suggestions: readonly TagCount[];
  onAdd: (tag: string) => void;
  onRemove: (tag: string) => void;
  /** Called when the editor opens, so the caller can load suggestions lazily. */
  onOpen?: () => void;
  /** What the tags belong to, for screen readers ("Visual-RFT"). */
  label: string;
}

/**
 * Tag chips plus an "add tag" combobox: autocomplete from existing tags (most used first, with counts),
 * Enter adds, Backspace on an empty field removes the last tag, Esc closes.
 */
export function TagEditor({ tags, suggestions, onAdd, onRemove, onOpen, label }: TagEditorProps) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const listId = useId();
  const matches = open ? suggestTags(suggestions, text, tags) : [];

  useEffect(() => {
    if (open) input.current?.focus();
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    setText('');
    setActive(-1);
    if (refocus) requestAnimationFrame(() => opener.current?.focus());
  };

  const commit = (tag: string) => {
    const clean = normalizeTag(tag);
    if (clean) onAdd(clean);
    setText('');
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    // Keys typed here belong to the editor, not to the host page's shortcuts.
    event.stopPropagation();
    if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = active >= 0 ? matches[active]?.tag : undefined;
      commit(chosen ?? text);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    } else if (event.key === 'Backspace' && text === '' && tags.length > 0) {
      event.preventDefault();
      const last = tags[tags.length - 1];
      if (last !== undefined) onRemove(last);
    } else if (event.key === 'ArrowDown' && matches.length > 0) {
      event.preventDefault();
      setActive((active + 1) % matches.length);
    } else if (event.key === 'ArrowUp' && matches.length > 0) {
      event.preventDefault();
      setActive(active <= 0 ? matches.length - 1 : active - 1);
    }
  };

  return (
    <div class="tags">
      <ul class="chips" aria-label={`Tags of ${label}`}>
        {tags.map((tag) => (
          <li class="chip" key={tag}>
            <span class="chip-text" title={tag}>
              {tag}
            </span>
            <button type="button" class="chip-remove" aria-label={`Remove tag ${tag}`} onClick={() => onRemove(tag)}>
              ×
            </button>
          </li>
        ))}
      </ul>
      {open ? (
        <div class="tag-input">
          <input
            ref={input}
            type="text"
            role="combobox"
            aria-label={`Add a tag to ${label}`}
            aria-autocomplete="list"
            aria-expanded={matches.length > 0 ? 'true' : 'false'}
            aria-controls={listId}
            aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
            placeholder="Add tag…"
            maxLength={200}
            value={text}
            onInput={(event) => {
              setText(event.currentTarget.value);
              setActive(-1);
            }}
            onKeyDown={onKeyDown}
            onKeyUp={(event) => event.stopPropagation()}
            onBlur={(event) => {
              // Clicking a suggestion moves focus into the list; only close when focus leaves the editor.
              const next = event.relatedTarget as Node | null;
              if (!next || !event.currentTarget.parentElement?.contains(next)) close(false);
            }}
          />
          {matches.length > 0 && (
            <div class="suggestions" role="listbox" id={listId} aria-label="Existing tags">
              {matches.map((s, i) => (
                <div
                  key={s.tag}
                  id={`${listId}-${i}`}
                  role="option"
                  tabIndex={-1}
                  aria-selected={i === active ? 'true' : 'false'}
                  class="suggestion"
                  onMouseDown={(event) => {
                    event.preventDefault();
                    commit(s.tag);
                  }}
                >
                  <span>{s.tag}</span>
                  <span class="count">{s.count}</span>
                </div>
              ))}
            </div>
          )}
        </div>
      ) : (
        <button
          ref={opener}
          type="button"
          class="add-tag"
          aria-label={`Add a tag to ${label}`}
          onClick={() => {
            onOpen?.();
            setOpen(true);
          }}
        >
          + Tag
        </button>
      )}
    </div>
  );
}
