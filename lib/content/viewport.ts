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
