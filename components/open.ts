import { browser } from 'wxt/browser';

/** Opens a page in a new tab (no `tabs` permission is needed to create one). */
export function openTab(url: string): void {
  void browser.tabs.create({ url });
}

export function openLibraryPage(): void {
  openTab(browser.runtime.getURL('/library.html'));
}
