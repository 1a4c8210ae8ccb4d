import { expect } from 'vitest';
import type { Card, SiteAdapter } from '@/lib/sites/types';

/** One expected card: canonical id, title, and the full author list, in page order. */
export type Expected = [id: string, title: string, authors: string[]];

/** Asserts the exact list of cards a page yields: ids, titles and authors, in order. */
export function expectCards(cards: Card[], expected: Expected[]): void {
  expect(cards.map((card) => [card.paper.id, card.paper.title, card.paper.authors])).toEqual(expected);
}

/** Every card an adapter reads on a page, at once (the content script takes them in slices). */
export function readCards(adapter: SiteAdapter, doc: Document, url: URL): Card[] {
  return [...adapter.read(doc, url).cards];
}
