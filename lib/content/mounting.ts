import type { Card } from '../sites/types';
import { idleSlice } from './schedule';
import { cardsNear, viewportOf } from './viewport';

/** The steps of putting controls on the page, which a mount order sequences. */
export interface MountSteps<M> {
  /** Builds a card's control off the page, hidden until revealed: rendering it there costs the page no layout. */
  build(card: Card): M;
  /** Puts built controls on the page next to their cards (unobserved); returns those placed (not those whose card
   * left the page, nor any once the script is stopped). */
  place(built: readonly M[]): M[];
  /** Shows placed controls. */
  reveal(placed: readonly M[]): void;
}

/**
 * How a scan puts the controls of the cards that are not on the first screen on the page (the first screen's
 * come first, see Annotator.scanOnce): in what order, in what slices, and when they are shown. The one piece to
 * replace to change that. It must build every card (unless the signal aborts), place what it built, and reveal
 * what was placed.
 */
export type MountOrder = <M>(cards: readonly Card[], steps: MountSteps<M>, signal: AbortSignal) => Promise<void>;

/**
 * In idle time, in page order: controls are built off the page in slices of 12 ms at most (so no task comes near
 * 50 ms), each when the page has nothing more urgent to do (see idleSlice). Then they are all placed and shown at
 * once, in one task, so that the page is laid out once with them: on a 2,000-card page every frame costs more than
 * the controls themselves, and a host placed per slice, even hidden, made the page walk its tree again at each
 * slice's frame. Meanwhile a reader who scrolls gets the controls of the cards then near the viewport (half a
 * screen around it) at once, shown, in the next frame. (An IntersectionObserver on every card did the same, but
 * made every frame of a 2,000-card page compute its geometry: it tripled the time the rest took.)
 */
export const inIdleTime: MountOrder = async (cards, steps, signal) => {
  type Built = ReturnType<typeof steps.build>;
  const built = new Map<Card, Built>();
  /** Built, not on the page yet, in page order. */
  const waiting = new Set<Built>();
  const placed = new Set<Built>();
  const build = (card: Card): Built => {
    let control = built.get(card);
    if (!control) {
      control = steps.build(card);
      built.set(card, control);
      waiting.add(control);
    }
    return control;
  };
  const place = (controls: Built[]): Built[] => {
    for (const control of controls) waiting.delete(control);
    const now = steps.place(controls);
    for (const control of now) placed.add(control);
    return now;
  };

  const shown = new Set<Card>();
  const showNear = () => {
    const doc = cards[0]?.anchor.ownerDocument;
    const view = doc && viewportOf(doc, Number.POSITIVE_INFINITY);
    if (signal.aborted || !view) return;
    const near = cardsNear(cards, view).filter((card) => !shown.has(card));
    if (near.length === 0) return;
    for (const card of near) shown.add(card);
    const controls = near.map(build);
    const ready = controls.filter((control) => placed.has(control));
    steps.reveal([...ready, ...place(controls.filter((control) => waiting.has(control)))]);
  };
  const stopFollowing = followScrolling(cards[0]?.anchor.ownerDocument.defaultView ?? null, showNear);

  try {
    let next = 0;
    while (next < cards.length && !signal.aborted) {
      const budget = await idleSlice();
      if (signal.aborted) break;
      const end = performance.now() + budget;
      do build(cards[next++] as Card);
      while (next < cards.length && performance.now() < end);
    }
  } finally {
    stopFollowing();
  }
  // Whatever was built goes through place, even once stopped (which then puts nothing on the page).
  place([...waiting]);
  if (!signal.aborted) steps.reveal([...placed]);
};

/** Calls `then` in the frame after the window (or anything in it) scrolls, once per frame; returns how to stop. */
function followScrolling(win: Window | null, then: () => void): () => void {
  if (!win || typeof win.requestAnimationFrame !== 'function') return () => {};
  let frame = 0;
  const onScroll = () => {
    frame ||= win.requestAnimationFrame(() => {
      frame = 0;
      then();
    });
  };
  win.addEventListener('scroll', onScroll, { capture: true, passive: true });
  return () => {
    win.removeEventListener('scroll', onScroll, { capture: true });
    if (frame) win.cancelAnimationFrame(frame);
  };
}
