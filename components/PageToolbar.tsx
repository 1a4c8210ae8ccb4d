import { useState } from 'preact/hooks';

export interface PageToolbarProps {
  total: number;
  saved: number;
  hideSaved: boolean;
  hideRead: boolean;
  busy: boolean;
  onSaveAll: (tag: string) => void;
  onHideSaved: (hide: boolean) => void;
  onHideRead: (hide: boolean) => void;
  onOpenLibrary: () => void;
}

/** The slim bar on listing pages: progress through the page, bulk save, filters, and the way to the library. */
export function PageToolbar(props: PageToolbarProps) {
  const [tag, setTag] = useState('');
  const [collapsed, setCollapsed] = useState(false);
  if (collapsed) {
    return (
      <div class="toolbar collapsed">
        <button type="button" aria-label="Show the Paper Shelf toolbar" aria-expanded="false" onClick={() => setCollapsed(false)}>
          {props.saved}/{props.total} saved
        </button>
      </div>
    );
  }
  return (
    <section class="toolbar" aria-label="Paper Shelf">
      <output class="count" aria-live="polite">
        {props.saved} of {props.total} saved
      </output>
      {/* The save runs on the button's click or Enter in the field, never on submit: a page script may call the form's
          requestSubmit(), which fires a trusted submit event (the shadow root's guard stops untrusted clicks and keys). */}
      <form class="save-all" onSubmit={(event) => event.preventDefault()}>
        <input
          type="text"
          aria-label="Tag for save all visible"
          placeholder="tag (optional)"
          maxLength={200}
          value={tag}
          onInput={(event) => setTag(event.currentTarget.value)}
          onKeyDown={(event) => {
            event.stopPropagation();
            if (event.key === 'Enter') {
              event.preventDefault();
              props.onSaveAll(tag);
            }
          }}
        />
        <button type="submit" aria-busy={props.busy ? 'true' : undefined} onClick={() => props.onSaveAll(tag)}>
          Save all visible
        </button>
      </form>
      <label>
        <input type="checkbox" checked={props.hideSaved} onChange={(event) => props.onHideSaved(event.currentTarget.checked)} /> Hide saved
      </label>
      <label>
        <input type="checkbox" checked={props.hideRead} onChange={(event) => props.onHideRead(event.currentTarget.checked)} /> Hide read
      </label>
      <button type="button" class="library" onClick={props.onOpenLibrary}>
        Library
      </button>
      <button
        type="button"
        class="collapse"
        aria-label="Hide the Paper Shelf toolbar"
        aria-expanded="true"
        onClick={() => setCollapsed(true)}
      >
        ×
      </button>
    </section>
  );
}
