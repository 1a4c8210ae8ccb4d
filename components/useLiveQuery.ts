import { liveQuery } from 'dexie';
import { type Inputs, useEffect, useState } from 'preact/hooks';

/** The latest result of a Dexie query, re-run whenever the data it read changes (in any tab or the worker). */
export function useLiveQuery<T>(query: () => Promise<T> | T, deps: Inputs): { value: T | undefined; error: unknown } {
  const [result, setResult] = useState<{ value: T | undefined; error: unknown }>({ value: undefined, error: undefined });
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setResult({ value, error: undefined }),
      error: (error: unknown) => setResult((previous) => ({ value: previous.value, error })),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return result;
}
