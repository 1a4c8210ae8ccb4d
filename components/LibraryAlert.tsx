import { useEffect } from 'preact/hooks';
import { libraryProblem, PrivateWindowError } from '@/lib/views/unavailable';

/** The popup's and library page's notice when the library cannot be read (lib/views/unavailable.ts). */
export function LibraryAlert({ error }: { error: unknown }) {
  useEffect(() => {
    // Logged too, so that nothing is swallowed; a private window is no error, only a place the library is not.
    if (error !== undefined && !(error instanceof PrivateWindowError)) console.error('[paper-shelf] could not read the library', error);
  }, [error]);
  if (error === undefined) return null;
  const problem = libraryProblem(error);
  return (
    <div role="alert" class="library-alert">
      <p>{problem.message}</p>
      {problem.detail && <p class="detail">{problem.detail}</p>}
    </div>
  );
}
