import { useEffect, useState } from 'preact/hooks';
import type { Paper } from '@/lib/paper';
import { paperLinks } from '@/lib/paper';

/** The current paper in full: authors, abstract, links, and its note (saved on blur or with the button). */
export function PaperDetail({ paper, onSaveNote }: { paper: Paper | undefined; onSaveNote: (id: string, note: string) => void }) {
  const [note, setNote] = useState(paper?.note ?? '');
  const [editedFor, setEditedFor] = useState<string | undefined>(paper?.id);
  // Another paper, or the same note changed elsewhere while not being edited: show the stored note.
  useEffect(() => {
    setNote(paper?.note ?? '');
    setEditedFor(paper?.id);
  }, [paper?.id, paper?.note]);

  if (!paper) return <p class="hint">Pick a paper to see its abstract and notes.</p>;
  const dirty = editedFor === paper.id && note !== paper.note;
  const save = () => {
    if (dirty) onSaveNote(paper.id, note);
  };
  return (
    <article class="detail-body" aria-label={`Details of ${paper.title || paper.id}`}>
      <h2>{paper.title || paper.id}</h2>
      <p class="detail-authors">{paper.authors.join(', ')}</p>
      <p class="detail-links">
        {paperLinks(paper).map((link) => (
          <a key={link.label} href={link.href} target="_blank" rel="noreferrer">
            {link.name}
          </a>
        ))}
      </p>
      {paper.abstract && <p class="abstract">{paper.abstract}</p>}
      <label class="note">
        <span>Note</span>
        <textarea value={note} rows={8} maxLength={200_000} onInput={(event) => setNote(event.currentTarget.value)} onBlur={save} />
      </label>
      <button type="button" class="save-note" disabled={!dirty} onClick={save}>
        {dirty ? 'Save note' : 'Note saved'}
      </button>
    </article>
  );
}
