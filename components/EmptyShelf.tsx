/** What a new user sees: where the save buttons are. */
export function EmptyShelf() {
  return (
    <div class="empty">
      <p>
        <strong>Nothing saved yet.</strong>
      </p>
      <p>
        Open{' '}
        <a href="https://huggingface.co/papers" target="_blank" rel="noreferrer">
          Hugging Face Daily Papers
        </a>{' '}
        or an arXiv listing: every paper card gets a <strong>Save</strong> button (a bookmark) next to its title. Press it and the paper
        lands here.
      </p>
    </div>
  );
}

/** What a search or filter that matches nothing shows. */
export function NoMatches({ onClear }: { onClear: () => void }) {
  return (
    <div class="empty">
      <p>No saved paper matches.</p>
      <button type="button" onClick={onClear}>
        Clear search and filters
      </button>
    </div>
  );
}
