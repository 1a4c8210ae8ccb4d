import { expect } from 'vitest';
import type { Card } from '@/lib/sites/types';

/** One expected card of a venue site: best id, its other ids, title, authors, venue and year. */
export type VenueExpected = {
  id: string;
  aliases?: string[];
  title: string;
  authors: string[];
  venue?: string;
  year?: number;
};

/** Asserts the exact list of cards a page yields, in page order, with every field named in VenueExpected. */
export function expectVenueCards(cards: Iterable<Card>, expected: VenueExpected[]): void {
  const got = [...cards].map(({ paper }) => ({
    id: paper.id,
    ...(paper.aliases ? { aliases: paper.aliases } : {}),
    title: paper.title,
    authors: paper.authors,
    ...(paper.venue !== undefined ? { venue: paper.venue } : {}),
    ...(paper.year !== undefined ? { year: paper.year } : {}),
  }));
  expect(got).toEqual(expected);
}
