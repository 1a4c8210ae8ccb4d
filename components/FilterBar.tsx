import { PAPER_STATUSES } from '@/lib/paper';
import { tagKey } from '@/lib/tags';
import { SORT_LABELS, SORTS, type ViewSort } from '@/lib/views/query';
import { STATUS_LABELS } from './StatusPicker';
import type { ShelfView } from './useShelfView';

/** Status and tag filter chips (with counts) and the sort order. `maxTags` keeps the popup short. */
export function FilterBar({ view, maxTags }: { view: ShelfView; maxTags?: number }) {
  const chosen = new Set(view.tags.map(tagKey));
  const shown = maxTags === undefined ? view.tagCounts : view.tagCounts.slice(0, maxTags);
  // A chosen tag always stays visible, even when it is not among the most used.
  const extra = view.tagCounts.filter((t) => chosen.has(tagKey(t.tag)) && !shown.includes(t));
  return (
    <div class="filters">
      <div class="filter-row">
        <fieldset class="chip-group">
          <legend class="visually-hidden">Filter by status</legend>
          {PAPER_STATUSES.map((status) => (
            <button
              key={status}
              type="button"
              class="filter-chip"
              data-status={status}
              aria-pressed={view.statuses.includes(status) ? 'true' : 'false'}
              onClick={() => view.toggleStatus(status)}
            >
              {STATUS_LABELS[status]}
              {view.statusCounts && <span class="count">{view.statusCounts[status]}</span>}
            </button>
          ))}
        </fieldset>
        <label class="sort">
          <span>Sort</span>
          <select value={view.sort} onChange={(event) => view.setSort(event.currentTarget.value as ViewSort)}>
            {SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {SORT_LABELS[sort]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {view.tagCounts.length > 0 && (
        <fieldset class="chip-group tag-chips">
          <legend class="visually-hidden">Filter by tag</legend>
          {[...extra, ...shown].map(({ tag, count }) => (
            <button
              key={tagKey(tag)}
              type="button"
              class="filter-chip"
              data-tag={tag}
              aria-pressed={chosen.has(tagKey(tag)) ? 'true' : 'false'}
              onClick={() => view.toggleTag(tag)}
            >
              {tag}
              <span class="count">{count}</span>
            </button>
          ))}
        </fieldset>
      )}
    </div>
  );
}
