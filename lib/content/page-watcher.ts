import type { SiteAdapter } from '../sites/types';
import { isOurs, pageTheme } from './host';
import { debounce } from './schedule';

export type Theme = 'dark' | 'light';

export interface PageWatcherOptions {
  doc: Document;
  /** The adapters of the page's current URL (their quiet regions and watched attributes). */
  adapters: () => readonly SiteAdapter[];
  /** Called (debounced) when the page changed where cards may have: time to read the page again. */
  onCardsChanged: () => void;
  /** Called when the page switches its theme (a class on <html>). */
  onThemeChanged: (theme: Theme) => void;
  /** Whether a host is one of ours that is still mounted (the page removing it calls for a re-read). */
  isMounted: (node: Node) => boolean;
  /** Stops the watching for good. */
  signal: AbortSignal;
}

/**
 * Tells the content script when the page changed under it: nodes added or removed (our own excepted), text
 * rewritten, links pointed elsewhere, the attributes adapters ask for (page data replaced in place), history
 * navigation (back / forward; the content-script context reports pushState navigation, see entrypoints/content.ts),
 * and the theme. Outside an adapter's quiet regions only.
 */
export class PageWatcher {
  private cards: MutationObserver | null = null;
  private options: MutationObserverInit = {};
  private readonly changed: ReturnType<typeof debounce>;

  constructor(private readonly o: PageWatcherOptions) {
    // A quiet moment of 80 ms, or 400 ms into a page that never stops changing.
    this.changed = debounce(() => o.onCardsChanged(), 80, 400);
    o.signal.addEventListener('abort', () => this.changed.cancel(), { once: true });
  }

  /** The page's theme now (class on <html>, else its background, else the system's). */
  theme(): Theme {
    return pageTheme(this.o.doc);
  }

  /** Starts watching; stops when the signal aborts. */
  start(): void {
    const { doc, signal } = this.o;
    if (signal.aborted || this.cards) return;
    this.cards = new MutationObserver((records) => this.onMutations(records));
    this.options = cardMutations(this.o.adapters());
    this.cards.observe(doc.documentElement, this.options);
    const theme = new MutationObserver(() => this.o.onThemeChanged(this.theme()));
    theme.observe(doc.documentElement, { attributes: true, attributeFilter: ['class'] });
    // Removed by hand, not with the `signal` option: the page's window may not take our realm's AbortSignal.
    const onHistory = () => this.changed();
    doc.defaultView?.addEventListener('popstate', onHistory);
    signal.addEventListener(
      'abort',
      () => {
        this.cards?.disconnect();
        theme.disconnect();
        doc.defaultView?.removeEventListener('popstate', onHistory);
        this.cards = null;
      },
      { once: true },
    );
  }

  /** The page's cards may have changed for a reason no mutation shows (the URL changed): read again soon. */
  pageChanged(): void {
    if (!this.o.signal.aborted) this.changed();
  }

  /**
   * Makes our own changes to the page unobserved: they never call for a re-read, and the records of a
   * 2,000-control insertion would cost its task as much again. What the page did before is handled first;
   * nothing else can touch the page while this runs.
   */
  unobserved<T>(change: () => T): T {
    const watch = this.cards;
    if (!watch) return change();
    this.onMutations(watch.takeRecords());
    watch.disconnect();
    try {
      return change();
    } finally {
      watch.observe(this.o.doc.documentElement, this.options);
    }
  }

  private onMutations(records: readonly MutationRecord[]): void {
    if (records.length === 0) return;
    const quiet = this.o
      .adapters()
      .flatMap((adapter) => adapter.quietRegions ?? [])
      .join(', ');
    if (records.some((record) => this.isForeign(record, quiet))) this.changed();
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
    // A host still mounted was removed by the page (hydration throws away nodes it did not render).
    for (const node of record.removedNodes) if (!isOurs(node) || this.o.isMounted(node)) return true;
    return false;
  }
}

/**
 * What may change the cards: nodes added or removed, text rewritten, links pointed elsewhere (Svelte's keyed lists
 * rewrite a card's href and text for another paper), and the attributes the adapters ask for.
 */
function cardMutations(adapters: readonly SiteAdapter[]): MutationObserverInit {
  const attributes = new Set(['href', ...adapters.flatMap((adapter) => adapter.watchAttributes ?? [])]);
  return { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: [...attributes] };
}
