/**
 * What an extension page says when it cannot show the library. Firefox keeps the storage of an extension page in a
 * private window apart from the normal one (or refuses IndexedDB there): reading it would show an empty, or broken,
 * library, so the page says so instead. Pure: the pages pass in what they know.
 */

/** Thrown by the views' queries in a private window, so that they never open that window's separate database. */
export class PrivateWindowError extends Error {
  constructor() {
    super('The library is not available in a private window.');
    this.name = 'PrivateWindowError';
  }
}

// Dexie's and IndexedDB's names for a database that cannot be opened or used in this context.
const UNAVAILABLE = new Set([
  'InvalidStateError',
  'SecurityError',
  'UnknownError',
  'OpenFailedError',
  'MissingAPIError',
  'DatabaseClosedError',
]);

export interface LibraryProblem {
  /** One sentence of what is wrong and what to do. */
  message: string;
  /** The error as the browser gave it, shown below the message (nothing is swallowed); absent for a private window. */
  detail?: string;
}

export function libraryProblem(error: unknown): LibraryProblem {
  if (error instanceof PrivateWindowError) {
    return {
      message:
        'Your library is not available in a private window: the browser keeps extension storage there apart from your library. Open Paper Shelf from a normal window: your papers are there.',
    };
  }
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const detail = error instanceof Error || error instanceof DOMException ? `${error.name}: ${error.message}` : String(error);
  if (UNAVAILABLE.has(name)) {
    return {
      message:
        'Paper Shelf cannot open its database here. Your saved papers are not lost: open Paper Shelf from a normal window, or restart the browser.',
      detail,
    };
  }
  return { message: 'Could not read the library.', detail };
}
