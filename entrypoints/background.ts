import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { backupIfDue } from '@/lib/backups';
import { database } from '@/lib/db';
import { Library } from '@/lib/library';
import { libraryOpener } from '@/lib/library-tab';
import { CHANGES_KEY, IMPORT_PROGRESS_KEY, SAVE_PAGE_COMMAND } from '@/lib/messages';
import { callerOf } from '@/lib/policy';
import type { ChangeNotice } from '@/lib/protocol';
import { handleMessage } from '@/lib/router';
import { adaptersFor } from '@/lib/sites';

// Lists longer than this are announced as 'all': every open page re-reads its own cards instead.
const MAX_LISTED_CHANGES = 500;

export default defineBackground(() => {
  let rev = 0;
  const library = new Library(database(), (ids) => {
    const notice: ChangeNotice = {
      rev: Date.now() * 1000 + (rev++ % 1000),
      ids: ids === 'all' || ids.length > MAX_LISTED_CHANGES ? 'all' : ids,
    };
    void browser.storage.local.set({ [CHANGES_KEY]: notice });
    // The day's automatic backup, taken on its first change (lib/backups.ts).
    void backupIfDue(library.db, Date.now()).catch((error) => console.warn('[paper-shelf] the daily backup failed', error));
  });
  // What has been in the trash for more than 30 days goes, each time the worker starts.
  void library.purgeTrash().catch((error) => console.warn('[paper-shelf] could not purge the trash', error));

  // The tab opened for pages is remembered in storage.session (kept while the browser runs, across worker restarts).
  const TAB_KEY = 'paper-shelf:library-tab';
  const session = browser.storage.session;
  let rememberedTab: number | undefined;
  const host = {
    // Content scripts cannot open extension pages themselves; creating a tab needs no `tabs` permission.
    openLibrary: libraryOpener(
      {
        create: (options) => browser.tabs.create(options),
        get: (id) => browser.tabs.get(id),
        update: (id, options) => browser.tabs.update(id, options),
        focusWindow: (id) => browser.windows.update(id, { focused: true }),
      },
      browser.runtime.getURL('/library.html'),
      {
        read: async () => rememberedTab ?? ((await session?.get(TAB_KEY).catch(() => undefined))?.[TAB_KEY] as number | undefined),
        write: async (id) => {
          rememberedTab = id;
          await session?.set({ [TAB_KEY]: id }).catch(() => {});
        },
      },
    ),
    // With the time, so that a page opened later can tell a finished import from a running one. Not awaited: the
    // import's transaction must not wait on it.
    importProgress: (progress: { done: number; total: number }) =>
      void browser.storage.local.set({ [IMPORT_PROGRESS_KEY]: { ...progress, at: Date.now() } }).catch(() => {}),
  };
  const senders = {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    isSupportedPage: (url: string) => adaptersFor(url).length > 0,
  };

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === SAVE_PAGE_COMMAND && tab?.id !== undefined) {
      // The tab may have no content script (not a supported page): nothing to save there.
      browser.tabs.sendMessage(tab.id, { type: SAVE_PAGE_COMMAND }).catch(() => {});
    }
  });

  // Registered synchronously so that a message wakes a stopped worker and is answered.
  // The sender decides what may be asked (lib/policy.ts): pages get card-level requests only.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void handleMessage(library, message, host, callerOf(sender, senders)).then(sendResponse);
    return true;
  });
});
