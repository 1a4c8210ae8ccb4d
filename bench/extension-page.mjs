// A quiet extension page (the packaged manifest.json: extension origin, no UI, no open database) from which
// the bench talks to the background as any extension page may, and reads IndexedDB raw for baselines.
import { serviceWorker } from './browser.mjs';
import { STATUSES, TAGS } from './data.mjs';

export class ExtensionPage {
  static async open(context) {
    const worker = await serviceWorker(context);
    const self = new ExtensionPage();
    self.context = context;
    self.id = new URL(worker.url()).host;
    self.page = await context.newPage();
    await self.page.goto(self.url('manifest.json'));
    await self.page.evaluate(installRawRead);
    return self;
  }

  url(path) {
    return `chrome-extension://${this.id}/${path}`;
  }

  /** Sends one message to the background and returns its reply (`{ ok, … }`). */
  send(message) {
    return this.page.evaluate((m) => chrome.runtime.sendMessage(m), message);
  }

  /** Sends a message and throws with the background's error unless it answers ok. */
  async sendOk(message) {
    const reply = await this.send(message);
    if (!reply?.ok) throw new Error(`${message.type}: ${reply?.error ?? 'no reply from the background'}`);
    return reply;
  }

  /** Saves papers through the background, in batches, spreading tags and statuses over the batches. */
  async seed(drafts, batch = 500) {
    for (let start = 0, k = 0; start < drafts.length; start += batch, k++) {
      const papers = drafts.slice(start, start + batch);
      await this.sendOk({ type: 'save', papers, tags: [TAGS[k % TAGS.length]], status: STATUSES[k % STATUSES.length] });
    }
  }

  /** Every id in the library, read raw from IndexedDB. */
  ids() {
    return this.page.evaluate(() => rawRead((store) => store.getAllKeys()));
  }

  /** Empties the library through the background's `remove` message. */
  async clear() {
    const ids = await this.ids();
    if (ids.length > 0) await this.sendOk({ type: 'remove', ids });
    const left = await this.ids();
    if (left.length > 0) throw new Error(`the library still holds ${left.length} papers after remove`);
  }

  /** Makes sure the background has created the database (it opens it on the first request that reads). */
  async ensureDatabase() {
    await this.sendOk({ type: 'tags' });
  }
}

/** Defines globalThis.rawRead in a page of the extension origin (runs in the browser). */
export function installRawRead() {
  globalThis.rawRead = (request) =>
    new Promise((resolve, reject) => {
      const open = indexedDB.open('paper-shelf');
      // Opening without a version would create an empty database if it did not exist: refuse instead.
      open.onupgradeneeded = () => {
        open.transaction?.abort();
        reject(new Error('the paper-shelf database does not exist yet'));
      };
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const tx = db.transaction('papers', 'readonly');
        const req = request(tx.objectStore('papers'));
        req.onsuccess = () => {
          db.close();
          resolve(req.result);
        };
        req.onerror = () => {
          db.close();
          reject(req.error);
        };
      };
    });
}
