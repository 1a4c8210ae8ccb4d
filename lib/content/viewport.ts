import type { Card } from '../sites/types';

/** The viewport a scan sees, widened by a margin: the cards in it are the first screen. */
export interface Viewport {
  top: number;
  bottom: number;
  right: number;
}

/** The document's viewport widened by `margin` px above and below (half a screen at most), or null without a window. */
export function viewportOf(doc: Document, margin = 200): Viewport | null {
  const win = doc.defaultView;
  if (!win || !(win.innerHeight > 0) || !(win.innerWidth > 0)) return null;
  const widen = Math.min(margin, win.innerHeight / 2);
  return { top: -widen, bottom: win.innerHeight + widen, right: win.innerWidth };
}

/**
 * Where a card lies against the viewport: `near` when any of its boxes (its anchor or its container's elements)
 * meets it, `below` when every box it has lies under it, `other` when above it, beside it, or not laid out (no box,
 * as in a hidden card or a DOM without layout). Reads the layout only: call it before changing the page, or the
 * first read lays the page out again.
 */
export function placeOf(card: Card, view: Viewport): 'near' | 'below' | 'other' {
  let boxes = 0;
  let below = 0;
  for (const element of [card.anchor, ...card.container]) {
    const r = element.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    boxes++;
    if (r.top >= view.bottom) below++;
    else if (r.bottom > view.top && r.left < view.right && r.right > 0) return 'near';
  }
  return boxes > 0 && below === boxes ? 'below' : 'other';
}

/** A run of cards reads as the viewport's only as far as this many cards in a row below it (cards are in page order). */
export const BELOW_RUN = 8;
/** At most this many cards count as near (a layout that puts everything in view, such as a zoomed-out page). */
export const MOST_NEAR = 60;

/**
 * The cards (in page order) that meet the viewport: from the first whose anchor does not end above it (found by
 * halving, as the anchors go down the page), on until BELOW_RUN cards in a row lie below it, MOST_NEAR at most.
 * Reads the layout only.
 */
export function cardsNear(cards: readonly Card[], view: Viewport): Card[] {
  let low = 0;
  let high = cards.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const r = (cards[middle] as Card).anchor.getBoundingClientRect();
    if (r.height > 0 && r.bottom <= view.top) low = middle + 1;
    else high = middle;
  }
  const near: Card[] = [];
  let below = 0;
  for (let i = Math.max(0, low - 1); i < cards.length && below < BELOW_RUN && near.length < MOST_NEAR; i++) {
    const where = placeOf(cards[i] as Card, view);
    if (where === 'near') {
      near.push(cards[i] as Card);
      below = 0;
    } else if (where === 'below') {
      below++;
    }
  }
  return near;
}
