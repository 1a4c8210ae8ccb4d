import type { Ref } from 'preact';

interface Props {
  value: string;
  onInput: (text: string) => void;
  inputRef: Ref<HTMLInputElement>;
  /** Arrow Down leaves the box for the first result. */
  onLeave?: () => void;
  autoFocus?: boolean;
}

/** The search field: title, authors, abstract, tags and note. Esc clears it. */
export function SearchBox({ value, onInput, inputRef, onLeave, autoFocus }: Props) {
  return (
    <input
      ref={inputRef}
      class="search"
      type="search"
      aria-label="Search saved papers (title, authors, abstract, tags, note)"
      placeholder="Search papers, authors, tags, notes…  ( / )"
      value={value}
      // biome-ignore lint/a11y/noAutofocus: the search box is the first thing a user of the popup wants.
      autoFocus={autoFocus}
      onInput={(event) => onInput(event.currentTarget.value)}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && value !== '') {
          // Esc clears the box; the popup itself only closes on a second Esc.
          event.preventDefault();
          event.stopPropagation();
          onInput('');
        } else if (event.key === 'ArrowDown' && onLeave) {
          event.preventDefault();
          onLeave();
        }
      }}
    />
  );
}
