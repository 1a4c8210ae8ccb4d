import type { PaperState } from '../protocol';
import type { Card, PageKind } from '../sites/types';
import { HIDDEN_ATTR } from './host';

export interface Filters {
  hideSaved: boolean;
  hideRead: boolean;
}

/** "Hide saved" / "hide read": hides the whole card (its container) of the papers the reader has handled. */
export class CardFilter {
  readonly filters: Filters = { hideSaved: false, hideRead: false };
  private readonly hidden = new Set<Element>();

  set(filters: Partial<Filters>): void {
    Object.assign(this.filters, filters);
  }

  /** Hides or shows each card as its paper's state and the filters say. A paper's page is never hidden. */
  apply(cards: Iterable<Card>, stateOf: (id: string) => PaperState | undefined, kind: PageKind): void {
    const { hideSaved, hideRead } = this.filters;
    // Nothing to hide and nothing hidden (the usual case): no need to visit a 2,000-card page.
    if (!(hideSaved || hideRead || this.hidden.size > 0)) return;
    for (const card of cards) {
      const state = stateOf(card.paper.id);
      // Filters turned on in a listing stay on after a client-side navigation to a paper's page.
      const hide = kind === 'listing' && Boolean(state?.saved && (hideSaved || (hideRead && state.status === 'read')));
      for (const element of card.container) {
        if (hide) this.hide(element);
        else this.show(element);
      }
    }
  }

  isHidden(card: Card): boolean {
    return card.container.some((element) => this.hidden.has(element));
  }

  /** Shows a card again (its control is going away). */
  release(card: Card): void {
    for (const element of card.container) this.show(element);
  }

  private hide(element: Element): void {
    if (this.hidden.has(element)) return;
    this.hidden.add(element);
    (element as HTMLElement).style.setProperty('display', 'none', 'important');
    element.setAttribute(HIDDEN_ATTR, '');
  }

  private show(element: Element): void {
    if (!this.hidden.delete(element)) return;
    (element as HTMLElement).style.removeProperty('display');
    element.removeAttribute(HIDDEN_ATTR);
  }
}
