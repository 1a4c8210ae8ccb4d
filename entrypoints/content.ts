import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { Annotator, SCANNED_MARK } from '@/lib/content/annotator';
import { removeStaleUi } from '@/lib/content/host';
import { CHANGES_KEY, SAVE_PAGE_COMMAND, send } from '@/lib/messages';
import type { ChangeNotice } from '@/lib/protocol';
import { adaptersFor, siteMatches } from '@/lib/sites';

export default defineContentScript({
  matches: siteMatches,
  runAt: 'document_idle',
  main(ctx) {
    performance.mark('paper-shelf:start');
    // An update or re-enable injects this script into open tabs, beside a previous instance's dead UI (lib/content/host.ts).
    removeStaleUi(document);
    // ctx.signal aborts when the script is invalidated (the extension reloaded, updated or removed): the
    // annotator then takes its controls and observers away.
    const annotator = new Annotator({
      doc: document,
      adapters: () => adaptersFor(location.href),
      send: (request) => send(request),
      signal: ctx.signal,
      onScanned: (startTime) => {
        performance.clearMarks(SCANNED_MARK);
        performance.mark(SCANNED_MARK, { startTime });
      },
    });
    void annotator.scan().then(() => performance.mark('paper-shelf:annotated'));
    annotator.watch();
    // Client-side navigation changes the URL (and the cards) without a reload; WXT's context polls for it.
    ctx.addEventListener(window, 'wxt:locationchange', () => annotator.pageChanged());
    const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      const notice = changes[CHANGES_KEY]?.newValue as ChangeNotice | undefined;
      if (area === 'local' && notice) void annotator.onChange(notice);
    };
    browser.storage.onChanged.addListener(onStorage);
    // The "save this paper" keyboard command, relayed by the background to this tab.
    const onCommand = (message: unknown, _sender: unknown, reply: (saved: boolean) => void) => {
      if ((message as { type?: unknown } | null)?.type !== SAVE_PAGE_COMMAND) return false;
      void annotator.saveSinglePaper().then(reply, () => reply(false));
      return true;
    };
    browser.runtime.onMessage.addListener(onCommand);
    ctx.onInvalidated(() => {
      browser.storage.onChanged.removeListener(onStorage);
      browser.runtime.onMessage.removeListener(onCommand);
    });
  },
});
