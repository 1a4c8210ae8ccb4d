import { h, render } from 'preact';
import { CardControl } from '@/components/CardControl';
import type { RequestOf, RequestType, Results } from '../messages';
import { detailLevel, type PaperDraft, type PaperStatus } from '../paper';
import type { ChangeNotice, PaperState } from '../protocol';
import type { Card, PageKind, SiteAdapter } from '../sites/types';
import type { TagSuggestion } from '../tags';
import { createHost, HOST_ATTR, HOST_TAG, isOurs, PENDING_ATTR, pageTheme } from './host';
import { debounce, inSlices, yieldToPage } from './schedule';
import { Toolbar } from './toolbar';

/**
 * What may change the cards: nodes added or removed, text rewritten, links pointed elsewhere, and the attributes
 * the adapters ask for (page data the site replaces in place).
 */
function cardMutations(adapters: readonly SiteAdapter[]): MutationObserverInit {
  const attributes = new Set(['href', ...adapters.flatMap((adapter) => adapter.watchAttributes ?? [])]);
  return { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: [...attributes] };
}

export type Send = <T extends RequestType>(request: RequestOf<T>) => Promise<Results[T]>;

interface Mounted {
  host: HTMLElement;
  root: ShadowRoot;
  card: Card;
  busy: boolean;
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

/** Puts a control where its card says. */
function place(card: Card, host: HTMLElement): void {
  card.anchor[card.placement](host);
}

/**
 * Keeps exactly one control on every paper card of the page: scans with the site adapters, mounts what is
 * missing (in slices, so a long page stays responsive), removes what is stale, and keeps states current.
 */
export class Annotator {
  private readonly mounted = new Map<HTMLElement, Mounted>();
  private readonly states = new Map<string, PaperState>();
  private readonly hidden = new Set<Element>();
  private readonly toolbar: Toolbar;
  private suggestions: TagSuggestion[] = [];
  private running: Promise<void> | null = null;
  private again = false;
  private theme: 'dark' | 'light' = 'light';
  /** What the last scan read: a listing, or a single paper's page. */
  private kind: PageKind = 'listing';
  private readonly observers: MutationObserver[] = [];
  private cardWatch: MutationObserver | null = null;
  private watchOptions: MutationObserverInit = cardMutations([]);
  private destroyed = false;
  /** Papers whose missing details this page has already sent, with the detail level it sent (see completeDetails). */
  private readonly completing = new Map<string, number>();
  readonly filters = { hideSaved: false, hideRead: false };
  readonly requestScan = debounce(() => void this.scan(), 80);

  constructor(
    private readonly doc: Document,
    private readonly adapters: () => readonly SiteAdapter[],
    private readonly send: Send,
  ) {
    this.toolbar = new Toolbar(doc, {
      saveAll: (tag) => this.saveAllVisible(tag),
      setFilters: (filters) => {
        Object.assign(this.filters, filters);
        this.applyFilters();
      },
      openLibrary: () => void this.send({ type: 'openLibrary' }).catch((error) => console.warn('[paper-shelf]', error)),
    });
  }

  /** Scans now; a scan asked for while one runs is run once more right after it. */
  scan(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.scanOnce().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        void this.scan();
      }
    });
    return this.running;
  }

  /**
   * Every card on the page, read in slices: a long page is read over several tasks, not in one. The page is a
   * single paper's when an adapter says so.
   */
  private async readPage(): Promise<Card[]> {
    const url = new URL(this.doc.location?.href ?? 'about:blank');
    const found: Card[] = [];
    let kind: PageKind = 'listing';
    for (const adapter of this.adapters()) {
      const cards: Card[] = [];
      try {
        const read = adapter.read(this.doc, url);
        await inSlices(read.cards, (card) => cards.push(card));
        found.push(...cards);
        if (read.kind === 'paper') kind = 'paper';
      } catch (error) {
        console.debug(`[paper-shelf] ${adapter.name}: scan failed`, error);
      }
    }
    this.kind = kind;
    return found;
  }

  private async scanOnce(): Promise<void> {
    // A scan starts in a task of its own: the first one is asked for while the script itself is being
    // evaluated, a task the page already pays for.
    await yieldToPage();
    this.applyTheme();
    const cards = await this.readPage();
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
      this.unobserved(() => {
        for (const host of gone) this.unmount(host);
      });
    }
    // One batched state lookup per scan, for the papers whose state this page does not know yet; it comes
    // before mounting so that each control is drawn once, already showing whether its paper is saved.
    const unknown = [...new Set(missing.map((c) => c.paper.id))].filter((id) => !this.states.has(id));
    if (unknown.length > 0) for (const [id, state] of Object.entries((await this.lookup(unknown)) ?? {})) this.states.set(id, state);
    // Every card, not only new ones: a kept card's draft may say more than at its last scan (its page data came back).
    this.completeDetails(cards);
    // Controls are rendered off the page in slices and put in place at the end of each slice, hidden: a hidden
    // host costs the page no layout. They are then shown all at once, so that the page is laid out once with
    // them (on a 1,000-card page every layout costs more than the controls themselves), in a task that only
    // flips an attribute; inserting 1,000 shadow hosts there took up to 50 ms.
    const pending: Mounted[] = [];
    let batch: Mounted[] = [];
    await inSlices(
      missing,
      (card) => batch.push(this.prepare(card)),
      8,
      () => {
        const placing = batch;
        batch = [];
        if (placing.length > 0) this.unobserved(() => pending.push(...this.insert(placing)));
      },
    );
    if (pending.length > 0) await yieldToPage();
    if (this.destroyed) return;
    for (const { host } of pending) host.removeAttribute(PENDING_ATTR);
    this.applyFilters();
  }

  /**
   * Papers saved without their details (imported from a list of ids) get them from the page that shows them:
   * saving again merges the page's title, authors and abstract in, and keeps the user's tags, status and note.
   * Once per paper, page and detail level the page's draft reaches, whatever the reply.
   */
  private completeDetails(cards: readonly Card[]): void {
    const papers = new Map<string, Card['paper']>();
    for (const { paper } of cards) {
      const level = detailLevel(paper);
      if (this.states.get(paper.id)?.incomplete && level > (this.completing.get(paper.id) ?? 0)) papers.set(paper.id, paper);
    }
    if (papers.size === 0) return;
    for (const paper of papers.values()) this.completing.set(paper.id, detailLevel(paper));
    this.send({ type: 'save', papers: [...papers.values()] }).then(
      ({ states }) => {
        for (const [id, state] of Object.entries(states)) this.states.set(id, state);
      },
      (error) => console.debug('[paper-shelf] could not fill in the details of saved papers', error),
    );
  }

  private async lookup(ids: readonly string[]): Promise<Record<string, PaperState> | null> {
    try {
      return (await this.send({ type: 'states', ids: [...ids] })).states;
    } catch (error) {
      console.debug('[paper-shelf] could not read saved states', error);
      return null;
    }
  }

  /** Reads the states of these papers from the library and redraws their controls. */
  async refresh(ids: readonly string[]): Promise<void> {
    const states = await this.lookup(ids);
    if (states) await this.apply(states);
  }

  /** Applies a change notice from the background: re-reads the papers of this page that changed. */
  onChange(notice: ChangeNotice): void {
    this.suggestions = [];
    const onPage = new Set([...this.mounted.values()].map((m) => m.card.paper.id));
    const ids = notice.ids === 'all' ? [...onPage] : notice.ids.filter((id) => onPage.has(id));
    if (ids.length > 0) void this.refresh(ids);
  }

  /** Saves the paper of a single paper's page (an abstract or paper page), for the keyboard command. */
  async saveSinglePaper(): Promise<boolean> {
    const first = this.mounted.values().next().value;
    if (this.kind !== 'paper' || !first) return false;
    return this.act(first, (paper) => ({ type: 'save', papers: [paper] }));
  }

  private async apply(states: Record<string, PaperState>): Promise<void> {
    for (const [id, state] of Object.entries(states)) this.states.set(id, state);
    this.completeDetails([...this.mounted.values()].map((m) => m.card).filter((card) => card.paper.id in states));
    await this.redraw(new Set(Object.keys(states)));
    this.applyFilters();
  }

  /** Builds a card's control off the page, hidden until shown: rendering it there costs the page no layout. */
  private prepare(card: Card): Mounted {
    const { host, root } = createHost(this.doc, HOST_TAG, this.theme);
    host.setAttribute(HOST_ATTR, card.paper.id);
    host.setAttribute(PENDING_ATTR, '');
    host.dataset.placement = card.placement;
    // Appended to the element that is the whole card: the control is the card's footer (control.css insets it).
    if (card.placement === 'append' && card.container.length === 1 && card.container[0] === card.anchor) host.dataset.cardEnd = '';
    const mounted: Mounted = { host, root, card, busy: false };
    this.draw(mounted);
    return mounted;
  }

  /** Puts prepared controls on the page next to their cards; returns those it placed. */
  private insert(prepared: readonly Mounted[]): Mounted[] {
    const placed: Mounted[] = [];
    for (const mounted of prepared) {
      const { card, host } = mounted;
      // The page may have moved on while the controls were being built, or the script been stopped.
      if (!card.anchor.isConnected || this.destroyed) {
        render(null, mounted.root);
        continue;
      }
      place(card, host);
      this.mounted.set(host, mounted);
      placed.push(mounted);
    }
    return placed;
  }

  private unmount(host: HTMLElement): void {
    const mounted = this.mounted.get(host);
    if (mounted) {
      render(null, mounted.root);
      for (const element of mounted.card.container) this.show(element);
    }
    this.mounted.delete(host);
    host.remove();
  }

  private draw(mounted: Mounted): void {
    const { card } = mounted;
    const id = card.paper.id;
    const state = this.states.get(id);
    render(
      h(CardControl, {
        title: card.paper.title,
        state,
        busy: mounted.busy,
        suggestions: this.suggestions,
        onToggle: () => void this.act(mounted, (paper) => ({ type: 'toggle', paper })),
        onAddTag: (tag: string) =>
          void this.act(mounted, (paper) =>
            state?.saved ? { type: 'addTags', ids: [id], tags: [tag] } : { type: 'save', papers: [paper], tags: [tag] },
          ),
        onRemoveTag: (tag: string) => void this.act(mounted, () => ({ type: 'removeTags', ids: [id], tags: [tag] })),
        onStatus: (status: PaperStatus) => void this.act(mounted, () => ({ type: 'setStatus', ids: [id], status })),
        onOpenTags: () => void this.loadSuggestions(mounted),
      }),
      mounted.root,
    );
  }

  /** Redraws the controls of these papers, in slices: a change to a whole page must not freeze it. */
  private async redraw(ids: ReadonlySet<string>): Promise<void> {
    const targets = [...this.mounted.values()].filter((mounted) => ids.has(mounted.card.paper.id));
    await inSlices(targets, (mounted) => this.draw(mounted));
    this.updateToolbar();
  }

  private async loadSuggestions(mounted: Mounted): Promise<void> {
    try {
      this.suggestions = (await this.send({ type: 'tags' })).tags;
      this.draw(mounted);
    } catch (error) {
      console.debug('[paper-shelf] could not read tags', error);
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
    if (mounted.busy) return false;
    const id = mounted.card.paper.id;
    mounted.busy = true;
    this.draw(mounted);
    try {
      if (detailLevel(mounted.card.paper) < 2) {
        await this.scan();
        if (this.running) await this.running;
      }
      const reply = await this.send(request(mounted.card.paper));
      this.suggestions = [];
      const states = 'state' in reply ? { [id]: reply.state } : reply.states;
      for (const [changed, state] of Object.entries(states)) this.states.set(changed, state);
      return true;
    } catch (error) {
      console.warn('[paper-shelf] could not update the paper', error);
      return false;
    } finally {
      mounted.busy = false;
      await this.redraw(new Set([id]));
      this.applyFilters();
    }
  }

  /** "Save all visible with tag": every card not hidden by a filter, each paper once. */
  private async saveAllVisible(tag: string): Promise<void> {
    const papers = new Map<string, Card['paper']>();
    for (const { card } of this.mounted.values()) {
      if (!card.container.some((element) => this.hidden.has(element))) papers.set(card.paper.id, card.paper);
    }
    if (papers.size === 0) return;
    const tags = tag.trim() ? [tag] : [];
    const { states } = await this.send({ type: 'save', papers: [...papers.values()], tags });
    await this.apply(states);
  }

  /** Hides the cards the user has handled when "hide saved" / "hide read" is on; shows them again when off. */
  private applyFilters(): void {
    const { hideSaved, hideRead } = this.filters;
    // Nothing to hide and nothing hidden (the usual case): no need to visit a 2,000-card page.
    const filtering = hideSaved || hideRead || this.hidden.size > 0;
    for (const { card } of filtering ? this.mounted.values() : []) {
      const state = this.states.get(card.paper.id);
      // A paper's page is never hidden (filters turned on in a listing stay on after client-side navigation).
      const hide = this.kind === 'listing' && Boolean(state?.saved && (hideSaved || (hideRead && state.status === 'read')));
      for (const element of card.container) {
        if (hide) this.hide(element);
        else this.show(element);
      }
    }
    this.updateToolbar();
  }

  private hide(element: Element): void {
    if (this.hidden.has(element)) return;
    this.hidden.add(element);
    (element as HTMLElement).style.setProperty('display', 'none', 'important');
  }

  private show(element: Element): void {
    if (this.hidden.delete(element)) (element as HTMLElement).style.removeProperty('display');
  }

  private updateToolbar(): void {
    const ids = new Set([...this.mounted.values()].map((m) => m.card.paper.id));
    const saved = [...ids].filter((id) => this.states.get(id)?.saved).length;
    this.toolbar.update({ total: ids.size, saved, theme: this.theme, filters: this.filters });
  }

  /**
   * True when a mutation may change the cards: anything but our own insertions and removals (the controls are
   * placed unobserved, but the toolbar is not, and the page may remove or re-add our hosts) and anything outside
   * the adapters' quiet regions. The common case, nodes that are all ours, is decided without matching selectors.
   */
  private isForeign(record: MutationRecord, quiet: string): boolean {
    if (record.type === 'childList' && !this.changesCards(record)) return false;
    const target = record.target.nodeType === 1 ? (record.target as Element) : record.target.parentElement;
    return !(quiet && target?.closest(quiet));
  }

  private changesCards(record: MutationRecord): boolean {
    for (const node of record.addedNodes) if (!isOurs(node)) return true;
    // A host still in our map was removed by the page (hydration throws away nodes it did not render).
    for (const node of record.removedNodes) if (!isOurs(node) || this.mounted.has(node as HTMLElement)) return true;
    return false;
  }

  /**
   * Re-scans (debounced) whenever the page changes around us: nodes added or removed, and nodes reused in place
   * (Svelte's keyed lists rewrite a card's href and text for another paper). Follows the page theme too.
   */
  observe(): void {
    this.cardWatch = new MutationObserver((records) => this.onMutations(records));
    this.watchOptions = cardMutations(this.adapters());
    this.cardWatch.observe(this.doc.documentElement, this.watchOptions);
    const theme = new MutationObserver(() => this.applyTheme());
    theme.observe(this.doc.documentElement, { attributes: true, attributeFilter: ['class'] });
    this.observers.push(this.cardWatch, theme);
  }

  private onMutations(records: readonly MutationRecord[]): void {
    if (records.length === 0) return;
    const quiet = this.adapters()
      .flatMap((adapter) => adapter.quietRegions ?? [])
      .join(', ');
    if (records.some((record) => this.isForeign(record, quiet))) this.requestScan();
  }

  /**
   * Makes our own changes to the page unobserved: they never call for a re-scan, and the records of a
   * 2,000-control insertion would cost its task as much again. What the page did before is handled first;
   * nothing else can touch the page while this runs.
   */
  private unobserved(change: () => void): void {
    const watch = this.cardWatch;
    if (!watch) {
      change();
      return;
    }
    this.onMutations(watch.takeRecords());
    watch.disconnect();
    try {
      change();
    } finally {
      watch.observe(this.doc.documentElement, this.watchOptions);
    }
  }

  private applyTheme(): void {
    this.theme = pageTheme(this.doc);
    for (const host of this.mounted.keys()) host.dataset.theme = this.theme;
  }

  /** Removes every control and stops watching (the extension was reloaded or the script stopped). */
  destroy(): void {
    this.destroyed = true;
    for (const observer of this.observers) observer.disconnect();
    this.cardWatch = null;
    this.requestScan.cancel();
    for (const host of [...this.mounted.keys()]) this.unmount(host);
    this.toolbar.destroy();
  }

  /** How many controls are mounted (for tests and the debug log). */
  get size(): number {
    return this.mounted.size;
  }
}
