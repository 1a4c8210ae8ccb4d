import { expect } from 'vitest';
import type { Card } from '@/lib/sites/types';

/** One expected card: canonical id, title, and the full author list, in page order. */
export type Expected = [id: string, title: string, authors: string[]];

/** Asserts the exact list of cards a page yields: ids, titles and authors, in order. */
export function expectCards(cards: Card[], expected: Expected[]): void {
  expect(cards.map((card) => [card.paper.id, card.paper.title, card.paper.authors])).toEqual(expected);
}
