import type { RequestOf, RequestType, Results } from '../messages';
import { type CardKey, cardKeyOf, detailLevel, type PaperDraft } from '../paper';
import type { ChangeNotice, PaperState } from '../protocol';

/** Sends a request to the background (lib/messages.ts `send`; a fake in tests). */
export type Send = <T extends RequestType>(request: RequestOf<T>) => Promise<Results[T]>;

/**
 * What this page knows of its papers' states in the library: read in batches (one request per scan for the
 * papers it does not know yet), kept current by change notices and by the replies to the page's own requests, and
 * the completion of papers saved without their details. Sends nothing once the signal has aborted.
 */
export class PaperStates {
  private readonly states = new Map<string, PaperState>();
  /**
   * Replies may come back in another order than their requests went out (a lookup sent on a change notice may
   * answer after the reply to the card's next change). Each request takes a ticket when it is sent; a paper's state
   * is only replaced by a reply to a request sent after the one whose reply it shows, so the newest wins.
   */
  private tickets = 0;
  private readonly shownTicket = new Map<string, number>();
  /** The cards' keys (ids, title, first author), for the library to match a card by title when it knows no id. */
  private readonly keys = new Map<string, CardKey>();
  /** Papers whose missing details this page has already sent, with the detail level it sent (see complete). */
  private readonly completing = new Map<string, number>();
  /** Cards matched by title whose ids this page has already sent to join their record (see complete). */
  private readonly joined = new Set<string>();

  constructor(
    private readonly send: Send,
    private readonly signal: AbortSignal,
  ) {}

  get(id: string): PaperState | undefined {
    return this.states.get(id);
  }

  /** A ticket for a request about to be sent: pass it to `set` with the states its reply carries. */
  ticket(): number {
    return ++this.tickets;
  }

  /**
   * Records states the background sent in the reply to a request sent with `ticket`; a paper whose state came in
   * the reply to a later request keeps that one. Returns the states taken.
   */
  set(states: Record<string, PaperState>, ticket: number): Record<string, PaperState> {
    const taken: Record<string, PaperState> = {};
    for (const [id, state] of Object.entries(states)) {
      if ((this.shownTicket.get(id) ?? 0) > ticket) continue;
      this.shownTicket.set(id, ticket);
      this.states.set(id, state);
      taken[id] = state;
    }
    return taken;
  }

  /** Reads, in one request, the states of those of these papers whose state this page does not know yet. */
  async load(papers: Iterable<PaperDraft>): Promise<void> {
    const unknown = new Set<string>();
    for (const paper of papers) {
      this.keys.set(paper.id, cardKeyOf(paper));
      if (!this.states.has(paper.id)) unknown.add(paper.id);
    }
    if (unknown.size === 0) return;
    const ticket = this.ticket();
    this.set((await this.lookup([...unknown])) ?? {}, ticket);
  }

  /**
   * Reads these papers' states again; resolves with the states taken (those a later reply had not already
   * replaced), or null when the background could not answer.
   */
  async refresh(ids: readonly string[]): Promise<Record<string, PaperState> | null> {
    const ticket = this.ticket();
    const states = await this.lookup(ids);
    return states ? this.set(states, ticket) : null;
  }

  /** The papers of `onPage` that a change notice names, by their card's id or the record a title match found. */
  changed(notice: ChangeNotice, onPage: ReadonlySet<string>): string[] {
    if (notice.ids === 'all') return [...onPage];
    const named = new Set(notice.ids);
    return [...onPage].filter((id) => {
      const record = this.states.get(id)?.id;
      return named.has(id) || (record !== undefined && named.has(record));
    });
  }

  /**
   * Papers saved without their details (imported from a list of ids) get them from the page that shows them:
   * saving again merges the page's title, authors and abstract in, and keeps the user's tags, status and note.
   * Once per paper, page and detail level the page's draft reaches, whatever the reply. Likewise a card the library
   * matched by title and first author (it knows none of the card's ids): the save joins the card's ids to the
   * record, once per paper and page, so the paper is known by them everywhere after.
   */
  complete(papers: Iterable<PaperDraft>): void {
    const missing = new Map<string, PaperDraft>();
    for (const paper of papers) {
      const state = this.states.get(paper.id);
      if (state?.byTitle) {
        // A card the library knows only by its title: its ids join the record, once per page.
        if (!this.joined.has(paper.id)) {
          missing.set(paper.id, paper);
          this.joined.add(paper.id);
        }
      } else if (state?.incomplete) {
        const level = detailLevel(paper);
        if (level > (this.completing.get(paper.id) ?? 0)) {
          missing.set(paper.id, paper);
          this.completing.set(paper.id, level);
        }
      }
    }
    // Once stopped, nothing is sent (and nothing will be again).
    if (missing.size === 0 || this.signal.aborted) return;
    const ticket = this.ticket();
    this.send({ type: 'save', papers: [...missing.values()] }).then(
      ({ states }) => this.set(states, ticket),
      (error) => console.debug('[paper-shelf] could not fill in the details of saved papers', error),
    );
  }

  private async lookup(ids: readonly string[]): Promise<Record<string, PaperState> | null> {
    if (this.signal.aborted) return null;
    try {
      // Each card with its title and first author: the library finds by them a saved paper that knows none of its ids.
      const cards = ids.flatMap((id) => this.keys.get(id) ?? []);
      return (await this.send({ type: 'states', ids: [...ids], ...(cards.length > 0 ? { cards } : {}) })).states;
    } catch (error) {
      console.debug('[paper-shelf] could not read saved states', error);
      return null;
    }
  }
}
