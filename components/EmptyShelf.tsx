import { SITES } from '@/lib/sites/catalog';

/** What a new user sees: where the save buttons are. */
export function EmptyShelf() {
  return (
    <div class="empty">
      <p>
        <strong>Nothing saved yet.</strong>
      </p>
      <p>
        Open a list of papers on one of these sites: every paper card gets a <strong>Save</strong> button (a bookmark) next to its title.
        Press it and the paper lands here.
      </p>
      <ul class="sites">
        {SITES.map((site) => (
          <li key={site.name}>
            <a href={site.start} target="_blank" rel="noreferrer">
              {site.label}
            </a>
          </li>
        ))}
      </ul>
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
