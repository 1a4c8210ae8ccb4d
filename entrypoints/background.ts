import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { database } from '@/lib/db';
import { Library } from '@/lib/library';
import { CHANGES_KEY, type ChangeNotice, SAVE_PAGE_COMMAND } from '@/lib/messages';
import { handleMessage } from '@/lib/router';

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
  });

  const host = {
    // Content scripts cannot open extension pages themselves; creating a tab needs no `tabs` permission.
    openLibrary: async () => void (await browser.tabs.create({ url: browser.runtime.getURL('/library.html') })),
  };

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === SAVE_PAGE_COMMAND && tab?.id !== undefined) {
      // The tab may have no content script (not a supported page): nothing to save there.
      browser.tabs.sendMessage(tab.id, { type: SAVE_PAGE_COMMAND }).catch(() => {});
    }
  });

  // Registered synchronously so that a message wakes a stopped worker and is answered.
  browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    void handleMessage(library, message, host).then(sendResponse);
    return true;
  });
});
