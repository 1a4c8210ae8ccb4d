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
  /** The cards' keys (ids, title, first author), for the library to match a card by title when it knows no id. */
  private readonly keys = new Map<string, CardKey>();
  /** Papers whose missing details this page has already sent, with the detail level it sent (see complete). */
  private readonly completing = new Map<string, number>();

  constructor(
    private readonly send: Send,
    private readonly signal: AbortSignal,
  ) {}

  get(id: string): PaperState | undefined {
    return this.states.get(id);
  }

  /** Records states the background sent (in a reply). */
  set(states: Record<string, PaperState>): void {
    for (const [id, state] of Object.entries(states)) this.states.set(id, state);
  }

  /** Reads, in one request, the states of those of these papers whose state this page does not know yet. */
  async load(papers: Iterable<PaperDraft>): Promise<void> {
    const unknown = new Set<string>();
    for (const paper of papers) {
      this.keys.set(paper.id, cardKeyOf(paper));
      if (!this.states.has(paper.id)) unknown.add(paper.id);
    }
    if (unknown.size > 0) this.set((await this.lookup([...unknown])) ?? {});
  }

  /** Reads these papers' states again; resolves with those read (null when the background could not answer). */
  async refresh(ids: readonly string[]): Promise<Record<string, PaperState> | null> {
    const states = await this.lookup(ids);
    if (states) this.set(states);
    return states;
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
   * Once per paper, page and detail level the page's draft reaches, whatever the reply.
   */
  complete(papers: Iterable<PaperDraft>): void {
    const missing = new Map<string, PaperDraft>();
    for (const paper of papers) {
      const level = detailLevel(paper);
      if (this.states.get(paper.id)?.incomplete && level > (this.completing.get(paper.id) ?? 0)) missing.set(paper.id, paper);
    }
    if (missing.size === 0 || this.signal.aborted) return;
    for (const paper of missing.values()) this.completing.set(paper.id, detailLevel(paper));
    this.send({ type: 'save', papers: [...missing.values()] }).then(
      ({ states }) => this.set(states),
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
