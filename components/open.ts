import { browser } from 'wxt/browser';
import { httpUrl } from '@/lib/records';

/** Opens a page in a new tab (no `tabs` permission is needed to create one). */
export function openTab(url: string): void {
  // Only web pages: a `javascript:` or `data:` URL from a record never reaches a tab.
  const safe = url.startsWith(browser.runtime.getURL('/')) ? url : httpUrl(url);
  if (safe) void browser.tabs.create({ url: safe });
}

export function openLibraryPage(): void {
  openTab(browser.runtime.getURL('/library.html'));
}
