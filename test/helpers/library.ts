import { ShelfDatabase } from '@/lib/db';
import { Library } from '@/lib/library';
import type { PaperDraft } from '@/lib/paper';
import type { ChangedIds } from '@/lib/protocol';

let counter = 0;

/** A library on a fresh fake-indexeddb database, with a fake clock and a record of change notices. */
export function freshLibrary(start = 1_700_000_000_000) {
  const db = new ShelfDatabase(`test-${++counter}-${Math.random()}`);
  const changes: ChangedIds[] = [];
  let time = start;
  const clock = { now: () => time, advance: (ms = 1000) => (time += ms) };
  const library = new Library(db, (ids) => changes.push(ids), clock.now);
  return { db, library, changes, clock };
}

export function draft(n: number, extra: Partial<PaperDraft> = {}): PaperDraft {
  const number = `2401.${String(n).padStart(5, '0')}`;
  return {
    id: `arxiv:${number}`,
    title: `Paper ${n}`,
    authors: [`Author ${n}`],
    url: `https://arxiv.org/abs/${number}`,
    ...extra,
  };
}
