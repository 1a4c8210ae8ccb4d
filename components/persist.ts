/**
 * Asks the browser to keep the library's storage under pressure (not to evict it when the disk fills). Only pages
 * can ask (StorageManager.persist is not exposed to workers); the answer is remembered by the browser.
 */
export function askForPersistentStorage(): void {
  void navigator.storage?.persist?.().catch(() => false);
}
