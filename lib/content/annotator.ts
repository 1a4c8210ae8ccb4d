import { h, hydrate, render } from 'preact';
import { CardControl, type CardControlProps } from '@/components/CardControl';
import type { RequestOf } from '../messages';
import { detailLevel, type PaperDraft, type PaperStatus } from '../paper';
import type { ChangeNotice, PaperState } from '../protocol';
import type { Card, PageKind, SiteAdapter } from '../sites/types';
import type { TagCount } from '../tags';
import { CardFilter } from './card-filter';
import { ControlTemplates, isPlain } from './control-template';
import { createHost, guardUserEvents, HOST_ATTR, HOST_TAG, isTrustedEvent, PENDING_ATTR, type UserEventTest } from './host';
import { inIdleTime, type MountOrder } from './mounting';
import { PageWatcher, type Theme } from './page-watcher';
import { PaperStates, type Send } from './paper-states';
import { afterNextFrame, inSlices, yieldToPage } from './schedule';
import { Toolbar } from './toolbar';
import { BELOW_RUN, MOST_NEAR, placeOf, viewportOf } from './viewport';

export interface AnnotatorOptions {
  doc: Document;
  /** The adapters of the page's current URL. */
  adapters: () => readonly SiteAdapter[];
  send: Send;
  /**
   * The script's one lifecycle (WXT's `ctx.signal`): once aborted (the extension reloaded or was removed), every
   * control goes and nothing more is placed, sent or watched.
   */
  signal: AbortSignal;
  /** How a scan puts the controls of the cards off the first screen on the page (default: in idle time, see ./mounting.ts). */
  mountOrder?: MountOrder;
  /** Which events our controls act on (default: trusted ones only, so a page script cannot drive them; see ./host.ts). */
  isUserEvent?: UserEventTest;
  /**
   * Called when a scan of the page has ended, with the `performance.now()` at which it began (tests wait for a scan
   * begun after their change instead of sleeping; see SCANNED_MARK).
   */
  onScanned?: (startedAt: number) => void;
}

/**
 * The performance mark the content script sets when a scan ends, timed at the scan's start (only the last is kept):
 * a mark later than a change says that the page was read again after it, with no fixed wait. The page's DOM and
 * layout never see it.
 */
export const SCANNED_MARK = 'paper-shelf:scanned';

interface Mounted {
  host: HTMLElement;
  root: ShadowRoot;
  card: Card;
  busy: boolean;
  /** After an unsave: the records it moved to the trash, offered back by the card's Undo until the timer ends. */
  undo?: { ids: string[]; timer: ReturnType<typeof setTimeout> };
  /** Why the card's last change failed, shown on the card until its next change. */
  error?: string;
  /**
   * The status the user picked, shown on the card until the library has it: sent at once, or, while the card's last
   * change is still on its way (a keyboard user steps through the picker's options), when that change ends. Only
   * the last pick counts. The picker never jumps back to an older status meanwhile: a select whose value the page
   * resets is not sure to report the user's next pick (Firefox fires no change for an option it last reported).
   */
  picked?: PaperStatus;
  /** The status of the setStatus request on its way. */
  sending?: PaperStatus;
  /**
   * Whether Preact draws the control: from the first time the user reaches for it, or its state is more than a
   * template shows. Until then it is a clone of a template, with no handlers (see ./control-template.ts).
   */
  live: boolean;
  /** The state the clone shows, while the control is one. */
  cloned?: PaperState;
}

/** How long a card offers Undo after an unsave (the paper stays in the library page's trash for 30 days after). */
export const CARD_UNDO_MS = 8000;

/**
 * A page's cards, read with the site adapters in page order and in slices (a long page over several tasks), as far
 * as a scan asks at a time: the first screen's, then the rest. An adapter that fails gives no cards at all.
 */
class PageReading {
  kind: PageKind = 'listing';
  private readonly sources: { adapter: SiteAdapter; iterator: Iterator<Card> | null; cards: Card[]; kind: PageKind }[];
  private index = 0;
  private readonly url: URL;

  constructor(
    private readonly doc: Document,
    adapters: readonly SiteAdapter[],
    private readonly signal: AbortSignal,
  ) {
    this.url = new URL(doc.location?.href ?? 'about:blank');
    this.sources = adapters.map((adapter) => ({ adapter, iterator: null, cards: [], kind: 'listing' }));
  }

  /** Reads on, to the end or until `enough` says so after a card. */
  async read(enough?: (card: Card) => boolean): Promise<void> {
    let sliceStart = performance.now();
    while (this.index < this.sources.length && !this.signal.aborted) {
      const source = this.sources[this.index] as (typeof this.sources)[number];
      let card: Card | undefined;
      try {
        if (!source.iterator) {
          const read = source.adapter.read(this.doc, this.url);
          source.kind = read.kind;
          source.iterator = read.cards[Symbol.iterator]();
        }
        const step = source.iterator.next();
        if (step.done) {
          if (source.kind === 'paper') this.kind = 'paper';
          this.index++;
        } else {
          card = step.value;
          source.cards.push(card);
        }
      } catch (error) {
        console.debug(`[paper-shelf] ${source.adapter.name}: scan failed`, error);
        source.cards = [];
        this.index++;
      }
      if (card && enough?.(card)) return;
      if (performance.now() - sliceStart > 8) {
        await yieldToPage();
        sliceStart = performance.now();
      }
    }
  }

  /** The cards read, in page order (an adapter that failed gives none). */
  cards(): Card[] {
    return this.sources.flatMap((source) => source.cards);
  }
}

/** Where a card's control is, when it is already there. */
function hostAt(card: Card): HTMLElement | null {
  const { anchor } = card;
  const candidate = {
    append: anchor.lastElementChild,
    prepend: anchor.firstElementChild,
    after: anchor.nextElementSibling,
    before: anchor.previousElementSibling,
  }[card.placement];
  return candidate?.localName === HOST_TAG ? (candidate as HTMLElement) : null;
}

/**
 * Keeps exactly one control on every paper card of the page: reads the page with the site adapters, mounts what
 * is missing, removes what is stale, and keeps the controls drawn from the paper states. The parts it drives: the
 * page watcher (when to read again), the paper-state store, the card filter, the mount order and the toolbar.
 */
export class Annotator {
  private readonly mounted = new Map<HTMLElement, Mounted>();
  private readonly states: PaperStates;
  private readonly filter = new CardFilter();
  private readonly watcher: PageWatcher;
  private readonly toolbar: Toolbar;
  private readonly doc: Document;
  private readonly signal: AbortSignal;
  private readonly mountOrder: MountOrder;
  private readonly templates: ControlTemplates;
  private suggestions: TagCount[] = [];
  private running: Promise<void> | null = null;
  private again = false;
  private theme: Theme = 'light';
  /** What the last scan read: a listing, or a single paper's page. */
  private kind: PageKind = 'listing';

  constructor(private readonly o: AnnotatorOptions) {
    this.doc = o.doc;
    this.signal = o.signal;
    this.mountOrder = o.mountOrder ?? inIdleTime;
    this.templates = new ControlTemplates(o.doc);
    this.states = new PaperStates(o.send, o.signal);
    this.watcher = new PageWatcher({
      doc: o.doc,
      adapters: o.adapters,
      signal: o.signal,
      onCardsChanged: () => void this.scan(),
      onThemeChanged: (theme) => this.setTheme(theme),
      isMounted: (node) => this.mounted.has(node as HTMLElement),
    });
    this.toolbar = new Toolbar(
      o.doc,
      {
        saveAll: (tag) => this.saveAllVisible(tag),
        setFilters: (filters) => {
          this.filter.set(filters);
          this.applyFilters();
        },
        openLibrary: () => void o.send({ type: 'openLibrary' }).catch((error) => console.warn('[paper-shelf]', error)),
      },
      o.isUserEvent,
    );
    o.signal.addEventListener('abort', () => this.teardown(), { once: true });
  }

  /** Follows the page from now on: re-scans when it changes, follows its theme. */
  watch(): void {
    this.watcher.start();
  }

  /** The page may have changed for a reason no mutation shows (its URL changed): scans again soon. */
  pageChanged(): void {
    this.watcher.pageChanged();
  }

  /** Scans now; a scan asked for while one runs is run once more right after it. */
  scan(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    const startedAt = performance.now();
    this.running = this.scanOnce().finally(() => {
      this.running = null;
      if (!this.signal.aborted) this.o.onScanned?.(startedAt);
      if (this.again) {
        this.again = false;
        void this.scan();
      }
    });
    return this.running;
  }

  private async scanOnce(): Promise<void> {
    // A scan starts in a task of its own: the first one is asked for while the script itself is being
    // evaluated, a task the page already pays for.
    await yieldToPage();
    if (this.signal.aborted) return;
    this.setTheme(this.watcher.theme());
    const reading = new PageReading(this.doc, this.o.adapters(), this.signal);
    // The first screen first: the cards read up to the end of the viewport that are in or near it get their
    // controls, shown, before the rest of the page is even read. Their places are read from the page's layout
    // before anything of ours changes it (see placeOf).
    const view = viewportOf(this.doc);
    const near: Card[] = [];
    if (view) {
      let below = 0;
      await reading.read((card) => {
        const where = placeOf(card, view);
        if (where === 'near') {
          near.push(card);
          below = 0;
        } else if (where === 'below') {
          below++;
        }
        return below >= BELOW_RUN || near.length >= MOST_NEAR;
      });
      if (this.signal.aborted) return;
    }
    const first = near.filter((card) => !this.isMounted(card));
    if (first.length > 0) {
      await this.states.load(first.map((card) => card.paper));
      if (this.signal.aborted) return;
      const shown = this.watcher.unobserved(() => {
        // What stands at a first-screen card's place is a stale control (another paper's): it goes first.
        for (const card of first) {
          const old = hostAt(card);
          if (old) this.unmount(old);
        }
        return this.place(first.map((card) => this.build(card)));
      });
      for (const { host } of shown) host.removeAttribute(PENDING_ATTR);
      this.filter.apply(this.cards(), (id) => this.states.get(id), reading.kind);
      // The frame that shows them comes before the rest of the work.
      await afterNextFrame(this.doc);
      if (this.signal.aborted) return;
    }
    await reading.read();
    if (this.signal.aborted) return;
    this.kind = reading.kind;
    const cards = reading.cards();
    const kept = new Set<HTMLElement>();
    const missing: Card[] = [];
    for (const card of cards) {
      const host = hostAt(card);
      const mounted = host && this.mounted.get(host);
      if (host && mounted && host.getAttribute(HOST_ATTR) === card.paper.id && !kept.has(host)) {
        kept.add(host);
        mounted.card = card;
      } else {
        missing.push(card);
      }
    }
    // Stale: controls whose card is gone (often detached along with it) and strays in the page.
    const stale = [...this.mounted.keys(), ...this.doc.querySelectorAll<HTMLElement>(`${HOST_TAG}[${HOST_ATTR}]`)];
    const gone = stale.filter((host) => !kept.has(host));
    if (gone.length > 0) {
      this.watcher.unobserved(() => {
        for (const host of gone) this.unmount(host);
      });
    }
    // One batched state lookup for the rest of the page, for the papers whose state this page does not know yet; it
    // comes before mounting so that each control is drawn once, already showing whether its paper is saved.
    await this.states.load(missing.map((card) => card.paper));
    if (this.signal.aborted) return;
    // Every card, not only new ones: a kept card's draft may say more than at its last scan (its page data came back).
    this.states.complete(cards.map((card) => card.paper));
    await this.mountOrder(
      missing,
      {
        build: (card) => this.build(card),
        place: (built) => this.watcher.unobserved(() => this.place(built)),
        reveal: (placed) => {
          for (const { host } of placed) host.removeAttribute(PENDING_ATTR);
        },
      },
      this.signal,
    );
    this.applyFilters();
  }

  /** Whether this card's control is on the page already (its host at the card's place, for the card's paper). */
  private isMounted(card: Card): boolean {
    const host = hostAt(card);
    return host !== null && this.mounted.has(host) && host.getAttribute(HOST_ATTR) === card.paper.id;
  }

  /** Reads the states of these papers from the library and redraws their controls. */
  async refresh(ids: readonly string[]): Promise<void> {
    const states = await this.states.refresh(ids);
    if (states) await this.show(states);
  }

  /** Applies a change notice from the background: re-reads the papers of this page that changed (resolves when shown). */
  onChange(notice: ChangeNotice): Promise<void> {
    this.suggestions = [];
    const ids = this.states.changed(notice, this.idsOnPage());
    return ids.length > 0 ? this.refresh(ids) : Promise.resolve();
  }

  /** Saves the paper of a single paper's page (an abstract or paper page), for the keyboard command. */
  async saveSinglePaper(): Promise<boolean> {
    const first = this.mounted.values().next().value;
    if (this.kind !== 'paper' || !first) return false;
    return this.act(first, (paper) => ({ type: 'save', papers: [paper] }));
  }

  /** Shows states already taken into the store: fills in incomplete records, redraws, filters. */
  private async show(states: Record<string, PaperState>): Promise<void> {
    this.states.complete([...this.cards()].map((card) => card.paper).filter((paper) => paper.id in states));
    await this.redraw(new Set(Object.keys(states)));
    this.applyFilters();
  }

  /** Builds a card's control off the page, hidden until shown: rendering it there costs the page no layout. */
  private build(card: Card): Mounted {
    // The user's first event on the control makes it live (guarded, with handlers) before the control sees the event.
    const { host, root } = createHost(this.doc, HOST_TAG, this.theme, this.o.isUserEvent ?? isTrustedEvent, () => {
      if (!mounted.live && !this.signal.aborted) this.draw(mounted, true);
    });
    host.setAttribute(HOST_ATTR, card.paper.id);
    host.setAttribute(PENDING_ATTR, '');
    host.dataset.placement = card.placement;
    // Appended to the element that is the whole card: the control is the card's footer (control.css insets it).
    if (card.placement === 'append' && card.container.length === 1 && card.container[0] === card.anchor) host.dataset.cardEnd = '';
    const mounted: Mounted = { host, root, card, busy: false, live: false };
    this.draw(mounted);
    return mounted;
  }

  /** Puts built controls on the page next to their cards; returns those it placed. */
  private place(built: readonly Mounted[]): Mounted[] {
    const placed: Mounted[] = [];
    for (const mounted of built) {
      const { card, host } = mounted;
      // The page may have moved on while the controls were being built, or the script been stopped.
      if (!card.anchor.isConnected || this.signal.aborted) {
        render(null, mounted.root);
        continue;
      }
      card.anchor[card.placement](host);
      this.mounted.set(host, mounted);
      placed.push(mounted);
    }
    return placed;
  }

  private unmount(host: HTMLElement): void {
    const mounted = this.mounted.get(host);
    if (mounted) {
      this.endUndo(mounted);
      render(null, mounted.root);
      this.filter.release(mounted.card);
    }
    this.mounted.delete(host);
    host.remove();
  }

  /**
   * Draws a card's control from its state: a template's clone (no handlers) until it is live, then with Preact.
   * `live` makes it live now: the user's first event reaches for it (see build).
   */
  private draw(mounted: Mounted, live = false): void {
    const known = this.states.get(mounted.card.paper.id);
    const state = known && mounted.picked ? { ...known, status: mounted.picked } : known;
    if (!mounted.live) {
      if (!live && isPlain(state, mounted)) {
        mounted.root.replaceChildren(this.templates.clone(mounted.card.paper.title, state));
        mounted.cloned = state;
        return;
      }
      mounted.live = true;
      guardUserEvents(mounted.root, this.o.isUserEvent ?? isTrustedEvent);
      // Preact takes the clone's elements over as they are (hydrate sets no property, so a select the user just
      // moved keeps its value, a focused button its focus), with the handlers of the state the clone shows.
      const shown = mounted.cloned;
      if (shown) {
        hydrate(h(CardControl, this.controlProps(mounted, shown)), mounted.root);
        if (isPlain(state, mounted) && looksTheSame(state, shown)) return;
      }
    }
    render(h(CardControl, this.controlProps(mounted, state)), mounted.root);
  }

  private controlProps(mounted: Mounted, state: PaperState | undefined): CardControlProps {
    const { card } = mounted;
    const id = card.paper.id;
    return {
      title: card.paper.title,
      state,
      busy: mounted.busy,
      suggestions: this.suggestions,
      // The state the card shows goes along: when the library says otherwise the card was stale and nothing changes.
      onToggle: () => void this.act(mounted, (paper) => ({ type: 'toggle', paper, saved: state?.saved ?? false })),
      onAddTag: (tag: string) =>
        void this.act(mounted, (paper) =>
          state?.saved ? { type: 'addTags', ids: [this.recordId(id)], tags: [tag] } : { type: 'save', papers: [paper], tags: [tag] },
        ),
      onRemoveTag: (tag: string) => void this.act(mounted, () => ({ type: 'removeTags', ids: [this.recordId(id)], tags: [tag] })),
      onStatus: (status: PaperStatus) => this.pickStatus(mounted, status),
      onOpenTags: () => void this.loadSuggestions(mounted),
      onUndo: mounted.undo ? () => void this.undoRemove(mounted) : undefined,
      error: mounted.error,
    };
  }

  /** Redraws the controls of these papers, in slices: a change to a whole page must not freeze it. */
  private async redraw(ids: ReadonlySet<string>): Promise<void> {
    const targets = [...this.mounted.values()].filter((mounted) => ids.has(mounted.card.paper.id));
    await inSlices(targets, (mounted) => this.draw(mounted), { signal: this.signal });
    this.updateToolbar();
  }

  private async loadSuggestions(mounted: Mounted): Promise<void> {
    try {
      this.suggestions = (await this.o.send({ type: 'tags' })).tags;
      this.draw(mounted);
    } catch (error) {
      console.debug('[paper-shelf] could not read tags', error);
    }
  }

  /**
   * The id the library knows a card's paper by: the card's own, or, for a card it matched by title and first author
   * (none of the card's ids is in the library yet), the matched record's. A change by the card's own id would find
   * no record there.
   */
  private recordId(id: string): string {
    return this.states.get(id)?.id ?? id;
  }

  /** A status from the card's picker: sent now, or, while another change of the card is on its way, right after it. */
  private pickStatus(mounted: Mounted, status: PaperStatus): void {
    const shown = mounted.picked ?? this.states.get(mounted.card.paper.id)?.status;
    if (status === shown) return;
    mounted.picked = status;
    if (mounted.busy) this.draw(mounted);
    else this.sendPicked(mounted);
  }

  private sendPicked(mounted: Mounted): void {
    const status = mounted.picked;
    if (status === undefined) return;
    const id = mounted.card.paper.id;
    mounted.sending = status;
    void this.act(mounted, () => ({ type: 'setStatus', ids: [this.recordId(id)], status }));
  }

  /**
   * After a change of the card: the pick the library answered (or refused: the card shows why) is shown from the
   * library's state again; a later pick (made while that change was on its way) is sent, if the paper is still saved
   * and not already in that state.
   */
  private settlePick(mounted: Mounted): void {
    const picked = mounted.picked;
    const sent = mounted.sending;
    mounted.sending = undefined;
    if (picked === undefined || mounted.busy) return;
    const now = this.states.get(mounted.card.paper.id);
    if (mounted.error !== undefined || picked === sent || !now?.saved || now.status === picked) {
      mounted.picked = undefined;
      this.draw(mounted);
    } else {
      this.sendPicked(mounted);
    }
  }

  /**
   * Sends a change for one card, showing it busy meanwhile, and applies the states the reply carries. The request is
   * made from the card's draft as it is when the change is sent: a card read before its page data had it (no authors
   * yet) is read again first, so that a save stores what the page knows by then.
   */
  private async act(
    mounted: Mounted,
    request: (paper: PaperDraft) => RequestOf<'toggle' | 'save' | 'addTags' | 'removeTags' | 'setStatus'>,
  ): Promise<boolean> {
    if (mounted.busy || this.signal.aborted) return false;
    const id = mounted.card.paper.id;
    mounted.busy = true;
    mounted.error = undefined;
    this.endUndo(mounted);
    this.draw(mounted);
    try {
      if (detailLevel(mounted.card.paper) < 2) {
        await this.scan();
        if (this.running) await this.running;
      }
      const ticket = this.states.ticket();
      const sentFor = this.recordId(id);
      const reply = await this.o.send(request(mounted.card.paper));
      this.suggestions = [];
      const states = 'state' in reply ? { [id]: reply.state } : reply.states;
      // A reply by the record's ids (a card matched by title asked with the record's id) is the card's too.
      const record = sentFor !== id ? states[sentFor] : undefined;
      this.states.set(record && !(id in states) ? { ...states, [id]: record } : states, ticket);
      if ('removed' in reply && reply.removed.length > 0) this.offerUndo(mounted, reply.removed);
      return true;
    } catch (error) {
      console.warn('[paper-shelf] could not update the paper', error);
      mounted.error = failureText(error);
      return false;
    } finally {
      mounted.busy = false;
      await this.redraw(new Set([id]));
      this.applyFilters();
      this.settlePick(mounted);
    }
  }

  private offerUndo(mounted: Mounted, ids: string[]): void {
    const timer = setTimeout(() => {
      if (mounted.undo?.timer !== timer) return;
      mounted.undo = undefined;
      if (!this.signal.aborted) this.draw(mounted);
    }, CARD_UNDO_MS);
    mounted.undo = { ids, timer };
  }

  private endUndo(mounted: Mounted): void {
    if (mounted.undo) clearTimeout(mounted.undo.timer);
    mounted.undo = undefined;
  }

  /** The card's Undo after an unsave: the records come back from the trash with every field they had. */
  private async undoRemove(mounted: Mounted): Promise<void> {
    const ids = mounted.undo?.ids;
    if (!ids || mounted.busy || this.signal.aborted) return;
    const id = mounted.card.paper.id;
    mounted.busy = true;
    mounted.error = undefined;
    this.endUndo(mounted);
    this.draw(mounted);
    try {
      await this.o.send({ type: 'untrash', ids });
      await this.states.refresh([id]);
    } catch (error) {
      console.warn('[paper-shelf] could not bring the paper back', error);
      mounted.error = failureText(error);
    } finally {
      mounted.busy = false;
      await this.redraw(new Set([id]));
      this.applyFilters();
    }
  }

  /** "Save all visible with tag": every card not hidden by a filter, each paper once. */
  private async saveAllVisible(tag: string): Promise<void> {
    const papers = new Map<string, Card['paper']>();
    for (const card of this.cards()) {
      if (!this.filter.isHidden(card)) papers.set(card.paper.id, card.paper);
    }
    if (papers.size === 0) return;
    const tags = tag.trim() ? [tag] : [];
    const ticket = this.states.ticket();
    const { states } = await this.o.send({ type: 'save', papers: [...papers.values()], tags });
    await this.show(this.states.set(states, ticket));
  }

  private applyFilters(): void {
    if (this.signal.aborted) return;
    this.filter.apply(this.cards(), (id) => this.states.get(id), this.kind);
    this.updateToolbar();
  }

  private *cards(): Generator<Card> {
    for (const mounted of this.mounted.values()) yield mounted.card;
  }

  private idsOnPage(): Set<string> {
    return new Set([...this.cards()].map((card) => card.paper.id));
  }

  private updateToolbar(): void {
    if (this.signal.aborted) return;
    const ids = this.idsOnPage();
    const saved = [...ids].filter((id) => this.states.get(id)?.saved).length;
    this.toolbar.update({ total: ids.size, saved, theme: this.theme, filters: this.filter.filters });
  }

  private setTheme(theme: Theme): void {
    this.theme = theme;
    for (const host of this.mounted.keys()) host.dataset.theme = theme;
  }

  /** The script stopped: every control goes, the cards it hid come back, the toolbar goes. */
  private teardown(): void {
    for (const host of [...this.mounted.keys()]) this.unmount(host);
    this.toolbar.destroy();
  }

  /** How many controls are mounted (for tests and the debug log). */
  get size(): number {
    return this.mounted.size;
  }
}

/** Whether a control shows these two states alike (saved or not, status, tags). */
function looksTheSame(a: PaperState, b: PaperState): boolean {
  return a.saved === b.saved && a.status === b.status && a.tags.length === b.tags.length && a.tags.every((tag, i) => tag === b.tags[i]);
}

/** A failed change in the words a card shows: the background's reason (a full disk says so), or that it did not answer. */
function failureText(error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  return `Not changed: ${reason.replace(/\.$/, '') || 'Paper Shelf did not answer'}.`;
}
