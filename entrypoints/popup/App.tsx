import { PaperRow } from '@/components/PaperRow';
import { useLiveQuery } from '@/components/useLiveQuery';
import { database } from '@/lib/db';

const PAGE = 200;

export function App() {
  const { value: papers, error } = useLiveQuery(() => database().papers.orderBy('savedAt').reverse().limit(PAGE).toArray(), []);
  return (
    <main class="popup">
      <header>
        <h1>Paper Shelf</h1>
      </header>
      {error ? <p role="alert">Could not read the library: {String(error)}</p> : null}
      {papers && papers.length === 0 ? (
        <p class="empty">
          Nothing saved yet. Open{' '}
          <a href="https://huggingface.co/papers" target="_blank" rel="noreferrer">
            Hugging Face Daily Papers
          </a>{' '}
          and press <strong>Save</strong> on a paper card.
        </p>
      ) : (
        <ul class="papers" aria-label="Saved papers">
          {papers?.map((paper) => (
            <PaperRow key={paper.id} paper={paper} />
          ))}
        </ul>
      )}
    </main>
  );
}
