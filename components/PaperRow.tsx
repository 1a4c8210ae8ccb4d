import type { Paper } from '@/lib/paper';

const dateFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });

export function shortAuthors(authors: readonly string[], max = 3): string {
  if (authors.length <= max) return authors.join(', ');
  return `${authors.slice(0, max).join(', ')} et al.`;
}

/** One saved paper in a list; carries `data-paper-id` (CONTRACT.md). */
export function PaperRow({ paper }: { paper: Paper }) {
  return (
    <li class="paper" data-paper-id={paper.id}>
      <a class="title" href={paper.url} target="_blank" rel="noreferrer">
        {paper.title || paper.id}
      </a>
      <div class="meta">
        {paper.authors.length > 0 && <span class="authors">{shortAuthors(paper.authors)}</span>}
        <time dateTime={new Date(paper.savedAt).toISOString()}>Saved {dateFormat.format(paper.savedAt)}</time>
      </div>
    </li>
  );
}
