import { describe, expect, it } from 'vitest';
import { libraryProblem, PrivateWindowError } from '@/lib/views/unavailable';

describe('libraryProblem', () => {
  it('says the library is not in a private window, and where it is', () => {
    const problem = libraryProblem(new PrivateWindowError());
    expect(problem.message).toMatch(/not available in a private window/);
    expect(problem.message).toMatch(/normal window/);
    expect(problem.detail).toBeUndefined();
  });

  it('names a database that cannot be opened, and keeps the browser’s error', () => {
    const error = new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
    const problem = libraryProblem(error);
    expect(problem.message).toMatch(/cannot open its database/);
    expect(problem.message).toMatch(/not lost/);
    expect(problem.detail).toBe(`InvalidStateError: ${error.message}`);
    const dexie = Object.assign(new Error('Database has been closed'), { name: 'DatabaseClosedError' });
    expect(libraryProblem(dexie).message).toMatch(/cannot open its database/);
  });

  it('shows any other error as it is', () => {
    expect(libraryProblem(new TypeError('x is undefined'))).toEqual({
      message: 'Could not read the library.',
      detail: 'TypeError: x is undefined',
    });
    expect(libraryProblem('odd')).toEqual({ message: 'Could not read the library.', detail: 'odd' });
  });
});
