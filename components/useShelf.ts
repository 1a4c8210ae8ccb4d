import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { database } from '@/lib/db';
import type { Paper } from '@/lib/paper';
import { PaperCache } from '@/lib/views/cache';
import { PrivateWindowError } from '@/lib/views/unavailable';
import { useLiveQuery } from './useLiveQuery';

export interface Shelf {
  /** The newest saves, read from the savedAt index: what the first screen shows while the rest loads. */
  newest: readonly Paper[] | undefined;
  /** The whole library, kept current from every tab; undefined until the first full read is done. */
  all: readonly Paper[] | undefined;
  error: unknown;
}

/** The library for a view: a quick first page, then everything, both live. */
export function useShelf(firstRows: number): Shelf {
  const newest = useLiveQuery(() => {
    // A private window's extension storage is not the library (lib/views/unavailable.ts): never read it.
    if (inPrivateWindow()) throw new PrivateWindowError();
    return database().papers.orderBy('savedAt').reverse().limit(firstRows).toArray();
  }, [firstRows]);
  const [all, setAll] = useState<{ papers: readonly Paper[] | undefined; error: unknown }>({ papers: undefined, error: undefined });
  const started = newest.value !== undefined || newest.error !== undefined;

  useEffect(() => {
    // The full read starts once the first page is painted (a frame, then a task), so it never delays that paint:
    // deserializing ten thousand records would otherwise hold the main thread before the first frame.
    if (!started || inPrivateWindow()) return;
    let subscription: { unsubscribe: () => void } | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        const cache = new PaperCache();
        subscription = liveQuery(async () => await cache.sync(database().papers)).subscribe({
          next: (papers) => setAll((previous) => (previous.papers === papers ? previous : { papers, error: undefined })),
          error: (error: unknown) => setAll((previous) => ({ papers: previous.papers, error })),
        });
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      subscription?.unsubscribe();
    };
  }, [started]);

  return { newest: newest.value, all: all.papers, error: newest.error ?? all.error };
}

function inPrivateWindow(): boolean {
  return browser.extension?.inIncognitoContext === true;
}
