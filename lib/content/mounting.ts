import type { Card } from '../sites/types';
import { inSlices, yieldToPage } from './schedule';

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
 * How a scan puts its missing controls on the page: in what order, in what slices, and when they are shown. The
 * one piece to replace to change that (e.g. the cards on the first screen first). It must build every card
 * (unless the signal aborts), place what it built, and reveal what was placed.
 */
export type MountOrder = <M>(cards: readonly Card[], steps: MountSteps<M>, signal: AbortSignal) => Promise<void>;

/**
 * In page order. Controls are built in slices and placed at the end of each slice, hidden: a hidden host costs the
 * page no layout. They are then shown all at once, so that the page is laid out once with them (on a 1,000-card
 * page every layout costs more than the controls themselves), in a task that only flips an attribute; inserting
 * 1,000 shadow hosts there took up to 50 ms.
 */
export const inPageOrder: MountOrder = async (cards, steps, signal) => {
  const placed: ReturnType<typeof steps.place> = [];
  let batch: ReturnType<typeof steps.build>[] = [];
  await inSlices(cards, (card) => batch.push(steps.build(card)), {
    signal,
    endOfSlice: () => {
      const placing = batch;
      batch = [];
      if (placing.length > 0) placed.push(...steps.place(placing));
    },
  });
  if (placed.length > 0) await yieldToPage();
  if (!signal.aborted) steps.reveal(placed);
};
