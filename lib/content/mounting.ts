import type { Card } from '../sites/types';
import { idleSlice, yieldToPage } from './schedule';

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

/** How far beyond the viewport (above and below) a card counts as coming near it: half a screen. */
const NEAR = '50% 0px';

/**
 * In idle time, in page order: controls are built in slices of 12 ms at most (so no task comes near 50 ms), each
 * when the page has nothing more urgent to do (see idleSlice), and placed hidden at the end of each slice: a hidden
 * host costs the page no layout. They are
 * then shown all at once, so that the page is laid out once with them (on a 1,000-card page every layout costs more
 * than the controls themselves), in a task that only flips an attribute. Meanwhile a card that comes near the
 * viewport (the reader scrolls) gets its control at once, shown: an IntersectionObserver watches the cards whose
 * control is not shown yet, until the last is.
 */
export const inIdleTime: MountOrder = async (cards, steps, signal) => {
  type Built = ReturnType<typeof steps.build>;
  const built = new Map<Card, Built>();
  const placed: Built[] = [];
  const build = (card: Card, into: Built[]) => {
    if (built.has(card)) return;
    const control = steps.build(card);
    built.set(card, control);
    into.push(control);
  };

  const byBox = new Map<Element, Card[]>();
  const onNear = (entries: readonly IntersectionObserverEntry[]) => {
    if (signal.aborted) return;
    const near: Card[] = [];
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      observer?.unobserve(entry.target);
      near.push(...(byBox.get(entry.target) ?? []));
    }
    if (near.length === 0) return;
    const fresh: Built[] = [];
    const ready: Built[] = [];
    for (const card of near) {
      const control = built.get(card);
      if (control) ready.push(control);
      else build(card, fresh);
    }
    const now = steps.place(fresh);
    placed.push(...now);
    steps.reveal([...ready, ...now]);
  };
  const observer =
    cards.length > 0 && typeof IntersectionObserver === 'function' ? new IntersectionObserver(onNear, { rootMargin: NEAR }) : null;
  if (observer) {
    for (const card of cards) {
      const box = card.container[0] ?? card.anchor;
      const list = byBox.get(box);
      if (list) list.push(card);
      else {
        byBox.set(box, [card]);
        observer.observe(box);
      }
    }
  }

  try {
    let next = 0;
    while (next < cards.length && !signal.aborted) {
      const budget = await idleSlice();
      if (signal.aborted) break;
      const end = performance.now() + budget;
      const batch: Built[] = [];
      do build(cards[next++] as Card, batch);
      while (next < cards.length && performance.now() < end);
      if (batch.length > 0) placed.push(...steps.place(batch));
    }
  } finally {
    observer?.disconnect();
  }
  if (placed.length > 0) await yieldToPage();
  if (!signal.aborted) steps.reveal(placed);
};
