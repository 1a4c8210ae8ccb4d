import type { Paper, PaperStatus } from '@/lib/paper';
import { paperLinks } from '@/lib/paper';
import { httpUrl, isoTime } from '@/lib/records';
import { siteShortName } from '@/lib/sites/catalog';
import type { TagCount } from '@/lib/tags';
import { StatusPicker } from './StatusPicker';
import { TagEditor } from './TagEditor';
import type { RowProps } from './VirtualList';

const dateFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });

export function shortAuthors(authors: readonly string[], max = 3): string {
  if (authors.length <= max) return authors.join(', ');
  return `${authors.slice(0, max).join(', ')} et al.`;
}

export interface PaperActions {
  addTag: (paper: Paper, tag: string) => void;
  removeTag: (paper: Paper, tag: string) => void;
  setStatus: (paper: Paper, status: PaperStatus) => void;
  remove: (paper: Paper) => void;
}

interface Props {
  paper: Paper;
  row: RowProps;
  actions: PaperActions;
  suggestions: readonly TagCount[];
  active: boolean;
  /** Present in the library page: a checkbox that selects the row for bulk actions. */
  selection?: { selected: boolean; toggle: (event: MouseEvent) => void };
}

/** Where and when the paper was published, as its row shows it: `NAACL 2019`, `ICLR 2025 Poster`, `2019`; or null. */
export function venueLine(paper: Pick<Paper, 'venue' | 'year'>): string | null {
  const venue = paper.venue?.trim() ?? '';
  const year = paper.year === undefined ? '' : String(paper.year);
  if (!venue) return year || null;
  return year && !venue.includes(year) ? `${venue} ${year}` : venue;
}

/** One saved paper in a list; carries `data-paper-id` (CONTRACT.md). */
export function PaperRow({ paper, row, actions, suggestions, active, selection }: Props) {
  const title = paper.title || paper.id;
  const saved = isoTime(paper.savedAt);
  const href = httpUrl(paper.url);
  const published = venueLine(paper);
  const from = siteShortName(paper.source?.site);
  return (
    // biome-ignore lint/a11y/useSemanticElements: rows of a windowed list are positioned absolutely, which table rows cannot be.
    <div
      {...row}
      tabIndex={row.tabIndex}
      role="row"
      class={`paper${active ? ' active' : ''}${selection?.selected ? ' selected' : ''}`}
      data-paper-id={paper.id}
      aria-selected={selection ? (selection.selected ? 'true' : 'false') : undefined}
      aria-label={title}
    >
      {selection && (
        // biome-ignore lint/a11y/useSemanticElements: rows of a windowed list are positioned absolutely, which table cells cannot be.
        <div role="gridcell" tabIndex={-1} class="cell-select">
          <input type="checkbox" checked={selection.selected} aria-label={`Select ${title}`} onClick={selection.toggle} tabIndex={-1} />
        </div>
      )}
      {/* biome-ignore lint/a11y/useSemanticElements: rows of a windowed list are positioned absolutely, which table cells cannot be. */}
      <div role="gridcell" tabIndex={-1} class="cell-main">
        <a class="title" href={href} target="_blank" rel="noreferrer" tabIndex={-1} title={title}>
          {title}
        </a>
        <div class="meta">
          <span class="authors">{shortAuthors(paper.authors)}</span>
          {published && <span class="venue">{published}</span>}
          {saved ? (
            <span class="saved-at">
              Saved <time dateTime={saved}>{dateFormat.format(paper.savedAt)}</time>
              {from && ` from ${from}`}
            </span>
          ) : (
            <span class="saved-at">Saved: date unknown{from && `, from ${from}`}</span>
          )}
        </div>
        <div class="controls">
          <TagEditor
            tags={paper.tags}
            suggestions={suggestions}
            label={title}
            onAdd={(tag) => actions.addTag(paper, tag)}
            onRemove={(tag) => actions.removeTag(paper, tag)}
          />
          <span class="row-actions">
            <StatusPicker status={paper.status} label={title} onChange={(status) => actions.setStatus(paper, status)} />
            {paperLinks(paper).map((link) => (
              <a key={link.label} class="link" href={link.href} target="_blank" rel="noreferrer" aria-label={`${link.name} of ${title}`}>
                {link.label}
              </a>
            ))}
            <button type="button" class="remove" aria-label={`Remove ${title} from the library`} onClick={() => actions.remove(paper)}>
              Remove
            </button>
          </span>
        </div>
      </div>
    </div>
  );
}

/** A row that could not be rendered: the same place in the list, its id, and why; the other rows stay. */
export function BrokenRow({ paper, row, message }: { paper: Paper; row: RowProps; message: string }) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: rows of a windowed list are positioned absolutely, which table rows cannot be.
    <div {...row} tabIndex={row.tabIndex} role="row" class="paper broken" data-paper-id={paper.id} aria-label={paper.id}>
      {/* biome-ignore lint/a11y/useSemanticElements: rows of a windowed list are positioned absolutely, which table cells cannot be. */}
      <div role="gridcell" tabIndex={-1} class="cell-main">
        <p role="alert">
          {paper.id} could not be shown ({message}).
        </p>
      </div>
    </div>
  );
}
