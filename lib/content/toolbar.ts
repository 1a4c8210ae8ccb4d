import { h, render } from 'preact';
import { PageToolbar } from '@/components/PageToolbar';
import { createHost, HOST_TAG, isTrustedEvent, type UserEventTest } from './host';

export interface ToolbarActions {
  saveAll(tag: string): Promise<void>;
  setFilters(filters: { hideSaved?: boolean; hideRead?: boolean }): void;
  openLibrary(): void;
}

interface ToolbarView {
  total: number;
  saved: number;
  theme: string;
  filters: { hideSaved: boolean; hideRead: boolean };
}

/** The page toolbar, shown on listing pages (two cards or more) in its own fixed shadow host. */
export class Toolbar {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private busy = false;
  private view: ToolbarView | null = null;

  constructor(
    private readonly doc: Document,
    private readonly actions: ToolbarActions,
    private readonly isUserEvent: UserEventTest = isTrustedEvent,
  ) {}

  update(view: ToolbarView): void {
    this.view = view;
    if (view.total < 2) {
      this.destroy();
      return;
    }
    if (!this.host?.isConnected) {
      const created = createHost(this.doc, `${HOST_TAG}-toolbar`, view.theme, this.isUserEvent);
      created.host.dataset.kind = 'toolbar';
      this.doc.body.append(created.host);
      this.host = created.host;
      this.root = created.root;
    }
    this.host.dataset.theme = view.theme;
    this.draw();
  }

  private draw(): void {
    const { root, view } = this;
    if (!root || !view) return;
    render(
      h(PageToolbar, {
        total: view.total,
        saved: view.saved,
        hideSaved: view.filters.hideSaved,
        hideRead: view.filters.hideRead,
        busy: this.busy,
        onSaveAll: (tag: string) => void this.saveAll(tag),
        onHideSaved: (hideSaved: boolean) => this.actions.setFilters({ hideSaved }),
        onHideRead: (hideRead: boolean) => this.actions.setFilters({ hideRead }),
        onOpenLibrary: () => this.actions.openLibrary(),
      }),
      root,
    );
  }

  private async saveAll(tag: string): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.draw();
    try {
      await this.actions.saveAll(tag);
    } catch (error) {
      console.warn('[paper-shelf] could not save the visible papers', error);
    } finally {
      this.busy = false;
      this.draw();
    }
  }

  destroy(): void {
    if (this.root) render(null, this.root);
    this.host?.remove();
    this.host = null;
    this.root = null;
  }
}
