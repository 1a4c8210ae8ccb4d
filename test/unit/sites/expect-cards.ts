import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adaptersFor } from '@/lib/sites';
import type { Card, SiteAdapter } from '@/lib/sites/types';
import { pageAt } from '../../helpers/dom';

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

/** A real page capture: the URL it was served at, and what the adapters must read on it. */
export interface Capture {
  url: string;
  check(cards: Card[]): void;
}

/**
 * One test per capture present in `dir` (../shared/pages, absent in some checkouts): parsed at its real URL, read by
 * exactly the adapters `adaptersOf` names for it, the cards checked. And one that every capture present is known.
 */
export function readsCaptures<C extends Capture>(
  title: string,
  dir: string,
  names: readonly string[],
  known: Record<string, C>,
  adaptersOf: (capture: C) => string[],
): void {
  describe(title, () => {
    it('knows what every capture present should hold', () => {
      for (const name of names) expect(Object.keys(known)).toContain(name);
    });

    for (const name of names) {
      it(`reads ${name}`, () => {
        const capture = known[name];
        if (!capture) throw new Error(`no expectation for ${name}`);
        const { doc, url } = pageAt(readFileSync(`${dir}${name}`, 'utf8'), capture.url);
        const adapters = adaptersFor(url);
        expect(adapters.map((a) => a.name)).toEqual(adaptersOf(capture));
        capture.check(adapters.flatMap((adapter) => readCards(adapter, doc, url)));
      });
    }
  });
}
