import { h, render } from 'preact';
import { CardControl } from '@/components/CardControl';
import type { PaperState } from '../library';
import type { ChangeNotice, RequestOf, RequestType, Results } from '../messages';
import type { Card, SiteAdapter } from '../sites/types';
import { debounce, inSlices } from './schedule';
import { adoptStyles } from './styles';

export const HOST_TAG = 'paper-shelf';
export const HOST_ATTR = 'data-paper-shelf';

type Send = <T extends RequestType>(request: RequestOf<T>) => Promise<Results[T]>;

interface Mounted {
  host: HTMLElement;
  root: ShadowRoot;
  card: Card;
  busy: boolean;
}

/** Where a card's control is, when it is already there. */
function hostAt(card: Card): HTMLElement | null {
  const candidate = card.placement === 'after' ? card.anchor.nextElementSibling : card.anchor.lastElementChild;
  return candidate?.localName === HOST_TAG ? (candidate as HTMLElement) : null;
}

function pageTheme(doc: Document): 'dark' | 'light' {
  const html = doc.documentElement;
  if (html.classList.contains('dark')) return 'dark';
  if (html.classList.contains('light')) return 'light';
  const background = doc.body ? getComputedStyle(doc.body).backgroundColor : '';
  const rgb = /rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)/.exec(background);
  if (rgb && rgb[4] !== '0') {
    const [r, g, b] = [rgb[1], rgb[2], rgb[3]].map(Number) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 110 ? 'dark' : 'light';
  }
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/**
 * Keeps exactly one control on every paper card of the page: scans with the site adapters, mounts what is
 * missing (in slices, so a long page stays responsive), removes what is stale, and keeps states current.
 */
export class Annotator {
  private readonly mounted = new Map<HTMLElement, Mounted>();
  private readonly states = new Map<string, PaperState>();
  private running: Promise<void> | null = null;
  private again = false;
  private theme: 'dark' | 'light' = 'light';
  private readonly observers: MutationObserver[] = [];
  readonly requestScan = debounce(() => void this.scan(), 80);

  constructor(
    private readonly doc: Document,
    private readonly adapters: () => readonly SiteAdapter[],
    private readonly send: Send,
  ) {}

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

  private findCards(): Card[] {
    const url = new URL(this.doc.location?.href ?? 'about:blank');
    return this.adapters().flatMap((adapter) => {
      try {
        return adapter.findCards(this.doc, url);
      } catch (error) {
        console.debug(`[paper-shelf] ${adapter.name}: scan failed`, error);
        return [];
      }
    });
  }

  private async scanOnce(): Promise<void> {
    this.applyTheme();
    const cards = this.findCards();
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
    for (const host of this.doc.querySelectorAll<HTMLElement>(`${HOST_TAG}[${HOST_ATTR}]`)) {
      if (!kept.has(host)) this.unmount(host);
    }
    // One batched state lookup per scan, for the papers whose state this page does not know yet.
    const unknown = [...new Set(missing.map((c) => c.paper.id))].filter((id) => !this.states.has(id));
    const lookup = unknown.length > 0 ? this.refresh(unknown) : Promise.resolve();
    await inSlices(missing, (card) => this.mount(card));
    await lookup;
  }

  /** Reads the states of these papers from the library and redraws their controls. */
  async refresh(ids: readonly string[]): Promise<void> {
    try {
      const { states } = await this.send({ type: 'states', ids: [...ids] });
      for (const [id, state] of Object.entries(states)) this.states.set(id, state);
      this.redraw(new Set(Object.keys(states)));
    } catch (error) {
      console.debug('[paper-shelf] could not read saved states', error);
    }
  }

  /** Applies a change notice from the background: re-reads the papers of this page that changed. */
  onChange(notice: ChangeNotice): void {
    const onPage = new Set([...this.mounted.values()].map((m) => m.card.paper.id));
    const ids = notice.ids === 'all' ? [...onPage] : notice.ids.filter((id) => onPage.has(id));
    if (ids.length > 0) void this.refresh(ids);
  }

  private mount(card: Card): void {
    if (!card.anchor.isConnected) return;
    const host = this.doc.createElement(HOST_TAG);
    host.setAttribute(HOST_ATTR, card.paper.id);
    host.dataset.placement = card.placement;
    host.dataset.theme = this.theme;
    const root = host.attachShadow({ mode: 'open' });
    adoptStyles(root);
    if (card.placement === 'after') card.anchor.after(host);
    else card.anchor.append(host);
    const mounted: Mounted = { host, root, card, busy: false };
    this.mounted.set(host, mounted);
    this.draw(mounted);
  }

  private unmount(host: HTMLElement): void {
    const mounted = this.mounted.get(host);
    if (mounted) render(null, mounted.root);
    this.mounted.delete(host);
    host.remove();
  }

  private draw(mounted: Mounted): void {
    const { card } = mounted;
    render(
      h(CardControl, {
        title: card.paper.title,
        state: this.states.get(card.paper.id),
        busy: mounted.busy,
        onToggle: () => void this.toggle(mounted),
      }),
      mounted.root,
    );
  }

  private redraw(ids: ReadonlySet<string>): void {
    for (const mounted of this.mounted.values()) if (ids.has(mounted.card.paper.id)) this.draw(mounted);
  }

  private async toggle(mounted: Mounted): Promise<void> {
    if (mounted.busy) return;
    mounted.busy = true;
    this.draw(mounted);
    try {
      const { state } = await this.send({ type: 'toggle', paper: mounted.card.paper });
      this.states.set(mounted.card.paper.id, state);
    } catch (error) {
      console.warn('[paper-shelf] could not save the paper', error);
    } finally {
      mounted.busy = false;
      this.redraw(new Set([mounted.card.paper.id]));
    }
  }

  /** Re-scans (debounced) whenever the page changes around us (our own insertions are ignored); follows the theme. */
  observe(): void {
    const cards = new MutationObserver((records) => {
      const foreign = records.some((record) =>
        [...record.addedNodes, ...record.removedNodes].some((node) => (node as Element).localName !== HOST_TAG),
      );
      if (foreign) this.requestScan();
    });
    cards.observe(this.doc.documentElement, { childList: true, subtree: true });
    const theme = new MutationObserver(() => this.applyTheme());
    theme.observe(this.doc.documentElement, { attributes: true, attributeFilter: ['class'] });
    this.observers.push(cards, theme);
  }

  private applyTheme(): void {
    this.theme = pageTheme(this.doc);
    for (const host of this.mounted.keys()) host.dataset.theme = this.theme;
  }

  /** Removes every control and stops watching (the extension was reloaded or the script stopped). */
  destroy(): void {
    for (const observer of this.observers) observer.disconnect();
    this.requestScan.cancel();
    for (const host of [...this.mounted.keys()]) this.unmount(host);
  }

  /** How many controls are mounted (for tests and the debug log). */
  get size(): number {
    return this.mounted.size;
  }
}
