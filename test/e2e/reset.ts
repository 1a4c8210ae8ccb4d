import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { DB_NAME, ShelfDatabase } from '../../lib/db';

/**
 * Between tests the browser is kept (one per Playwright worker) and the extension made as a fresh launch leaves it:
 * one blank tab, no routes, no cookies, an empty library (every table of lib/db.ts), empty `storage.local` and
 * `storage.session`, and a background that has just started (no in-memory state: the library tab it remembers, the
 * change counter, whatever a previous test left half done). This file holds what both browsers do inside the
 * extension; how the background is restarted is each browser's (Chromium: the service worker is stopped over CDP
 * and woken by a message; Firefox: the add-on is installed again, which starts a new background page).
 */

/** The library's database and its tables, read from the schema the extension itself opens. */
export const LIBRARY_DATA = {
  db: DB_NAME,
  tables: new ShelfDatabase().tables.map((table) => table.name).sort(),
};

/** The extension's data at one moment: every table's records with their keys, and both storage areas. */
export interface DataSnapshot {
  stores: Record<string, { keys: unknown[]; values: unknown[] }>;
  local: Record<string, unknown>;
  session: Record<string, unknown>;
}

/** Per table, each record's key (as JSON) and a digest of its content: what a restore compares. */
export type DataDigest = Record<string, [string, number][]>;

export type DataOp =
  | { op: 'clear' }
  | { op: 'snapshot' }
  | { op: 'digest' }
  | {
      op: 'apply';
      puts: Record<string, { keys: unknown[]; values: unknown[] }>;
      deletes: Record<string, unknown[]>;
      local: object;
      session: object;
    };

/**
 * Runs in an extension page (any page of the extension's origin: both drivers use its manifest.json, where no code
 * of ours runs). One self-contained function, as both browsers serialize it by its source. It refuses to work on a
 * database whose tables are not exactly the schema's, so a renamed database or a new table cannot leave data behind
 * unnoticed.
 */
export async function extensionData(arg: { db: string; tables: string[] } & DataOp): Promise<unknown> {
  type Area = { get(keys: null): Promise<Record<string, unknown>>; clear(): Promise<void>; set(items: object): Promise<void> };
  const api =
    (
      globalThis as unknown as {
        browser?: { storage: { local: Area; session?: Area } };
        chrome?: { storage: { local: Area; session?: Area } };
      }
    ).browser ?? (globalThis as unknown as { chrome: { storage: { local: Area; session?: Area } } }).chrome;
  const request = <T>(r: IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
  const db = await new Promise<IDBDatabase | null>((resolve, reject) => {
    const open = indexedDB.open(arg.db);
    // No such database yet (a fresh profile whose background has not opened it): it is not made here, empty and
    // without the schema's tables; there is nothing in it to clear.
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => (open.error?.name === 'AbortError' ? resolve(null) : reject(open.error));
  });
  if (!db) {
    if (arg.op === 'apply') throw new Error(`the database ${arg.db} is gone: nothing to restore into`);
    if (arg.op === 'clear') {
      await api.storage.local.clear();
      await api.storage.session?.clear();
      return null;
    }
    const local = await api.storage.local.get(null);
    const session = (await api.storage.session?.get(null)) ?? {};
    return arg.op === 'snapshot' ? { stores: {}, local, session } : { digest: {}, local, session };
  }
  try {
    const stores = [...db.objectStoreNames].sort();
    if (stores.join() !== arg.tables.join()) {
      throw new Error(`the database ${arg.db} has the tables [${stores}], the schema [${arg.tables}]: the reset would miss data`);
    }
    const writing = arg.op === 'clear' || arg.op === 'apply';
    const tx = db.transaction(stores, writing ? 'readwrite' : 'readonly');
    const done = new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onabort = () => reject(tx.error ?? new Error('the reset transaction aborted'));
    });
    // A 53-bit digest of a record's JSON (cyrb53): the same record written back reads the same.
    const digest = (value: unknown) => {
      const text = JSON.stringify(value) ?? '';
      let h1 = 0xdeadbeef;
      let h2 = 0x41c6ce57;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        h1 = Math.imul(h1 ^ c, 2654435761);
        h2 = Math.imul(h2 ^ c, 1597334677);
      }
      h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
      h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
      return 4294967296 * (2097151 & h2) + (h1 >>> 0);
    };
    let result: unknown = null;
    if (arg.op === 'clear') {
      for (const name of stores) tx.objectStore(name).clear();
    } else if (arg.op === 'apply') {
      for (const name of stores) {
        const store = tx.objectStore(name);
        for (const key of arg.deletes[name] ?? []) store.delete(key as IDBValidKey);
        const puts = arg.puts[name];
        puts?.values.forEach((value, i) => {
          if (store.keyPath === null) store.put(value, puts.keys[i] as IDBValidKey);
          else store.put(value);
        });
      }
    } else {
      const read = await Promise.all(
        stores.map(async (name) => {
          const store = tx.objectStore(name);
          const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
          return [name, keys, values] as const;
        }),
      );
      if (arg.op === 'digest') {
        result = Object.fromEntries(
          read.map(([name, keys, values]) => [name, keys.map((key, i) => [JSON.stringify(key), digest(values[i])])]),
        );
      } else {
        result = Object.fromEntries(read.map(([name, keys, values]) => [name, { keys, values }]));
      }
    }
    await done;
    if (arg.op === 'clear' || arg.op === 'apply') {
      await api.storage.local.clear();
      await api.storage.session?.clear();
      if (arg.op === 'apply') {
        await api.storage.local.set(arg.local);
        await api.storage.session?.set(arg.session);
      }
      return null;
    }
    const local = await api.storage.local.get(null);
    const session = (await api.storage.session?.get(null)) ?? {};
    return arg.op === 'snapshot' ? { stores: result, local, session } : { digest: result, local, session };
  } finally {
    db.close();
  }
}

/** What an extension page can be asked: the drivers' `evaluate`s and Playwright's. */
export type Evaluate = <R, A>(fn: (arg: A) => R, arg: A) => Promise<Awaited<R>>;

const json = (value: unknown) => JSON.stringify(value);

/** Empties the library and both storage areas. */
export async function clearData(evaluate: Evaluate): Promise<void> {
  await evaluate(extensionData, { ...LIBRARY_DATA, op: 'clear' });
}

export async function snapshotData(evaluate: Evaluate): Promise<{ snapshot: DataSnapshot; digest: DataDigest }> {
  const snapshot = (await evaluate(extensionData, { ...LIBRARY_DATA, op: 'snapshot' })) as DataSnapshot;
  const { digest } = (await evaluate(extensionData, { ...LIBRARY_DATA, op: 'digest' })) as { digest: DataDigest };
  return { snapshot, digest };
}

/**
 * Makes the extension's data what the snapshot holds, writing back only the records that differ (a 10,000-paper
 * library is read as digests, not sent back whole), then checks that every table reads as the snapshot did.
 */
export async function restoreData(evaluate: Evaluate, saved: { snapshot: DataSnapshot; digest: DataDigest }): Promise<void> {
  const now = (await evaluate(extensionData, { ...LIBRARY_DATA, op: 'digest' })) as { digest: DataDigest };
  const puts: Record<string, { keys: unknown[]; values: unknown[] }> = {};
  const deletes: Record<string, unknown[]> = {};
  for (const name of LIBRARY_DATA.tables) {
    const wanted = new Map(saved.digest[name]);
    const current = new Map(now.digest[name]);
    deletes[name] = [...current.keys()].filter((key) => !wanted.has(key)).map((key) => JSON.parse(key));
    const { keys, values } = saved.snapshot.stores[name] ?? { keys: [], values: [] };
    const changed = keys.flatMap((key, i) => (current.get(json(key)) === wanted.get(json(key)) ? [] : [i]));
    puts[name] = { keys: changed.map((i) => keys[i]), values: changed.map((i) => values[i]) };
  }
  await evaluate(extensionData, {
    ...LIBRARY_DATA,
    op: 'apply',
    puts,
    deletes,
    local: saved.snapshot.local,
    session: saved.snapshot.session,
  });
  const after = (await evaluate(extensionData, { ...LIBRARY_DATA, op: 'digest' })) as {
    digest: DataDigest;
    local: object;
    session: object;
  };
  if (
    json(after.digest) !== json(saved.digest) ||
    json(after.local) !== json(saved.snapshot.local) ||
    json(after.session) !== json(saved.snapshot.session)
  ) {
    throw new Error('the reset did not bring the seeded library back exactly');
  }
}

/** Asks the background for the tag list: wakes it if it is stopped, and shows it answers. */
export async function wakeBackground(evaluate: Evaluate): Promise<unknown> {
  const reply = await evaluate(() => {
    type Runtime = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
    const g = globalThis as unknown as { browser?: Runtime; chrome?: Runtime };
    return (g.browser ?? g.chrome)?.runtime.sendMessage({ type: 'tags' });
  }, null);
  if (!(reply as { ok?: boolean } | undefined)?.ok) throw new Error(`the background did not answer after the reset: ${json(reply)}`);
  return reply;
}

// Chromium (Playwright).

/** Closes every tab and leaves one new blank tab, as a fresh launch has. */
export async function closeTabs(context: BrowserContext): Promise<Page> {
  const blank = await context.newPage();
  for (const page of context.pages()) if (page !== blank) await page.close();
  return blank;
}

/**
 * Stops the extension's service worker (Chrome's own stop, as when it idles) and waits until it has stopped: its
 * in-memory state is gone and whatever it was still doing is dropped with it. The next message starts a fresh one.
 * (Playwright keeps one Worker object across the restart, so the wait reads the DevTools protocol's own status.)
 */
export async function stopWorker(context: BrowserContext, extensionPage: Page, origin: string): Promise<void> {
  const cdp: CDPSession = await context.newCDPSession(extensionPage);
  try {
    const running = new Map<string, string>();
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const version of versions) if (version.scriptURL.startsWith(origin)) running.set(version.versionId, version.runningStatus);
    });
    await cdp.send('ServiceWorker.enable');
    const deadline = Date.now() + 10_000;
    const stopped = () => running.size > 0 && [...running.values()].every((status) => status === 'stopped');
    // Asked again while it runs: something may wake it again at once (a message still on its way from a tab that
    // just closed), as the bench's WorkerControl.stop found.
    while (!stopped()) {
      await cdp.send('ServiceWorker.stopAllWorkers');
      const ask = Date.now() + 1000;
      while (!stopped() && Date.now() < ask) await new Promise((resolve) => setTimeout(resolve, 10));
      if (!stopped() && Date.now() > deadline) throw new Error(`the service worker did not stop: ${json([...running])}`);
    }
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** A library a group of tests starts from: planted once per worker, then restored before each of its tests. */
export interface Seed {
  name: string;
  /** Fills the library through the extension, from one of its pages (the background answers its messages). */
  plant(page: Page): Promise<void>;
}

/** The reset of a Chromium context with the extension loaded (test/e2e/extension.ts and driver/chromium.ts). */
export class ChromiumReset {
  private readonly seeds = new Map<string, { snapshot: DataSnapshot; digest: DataDigest }>();

  constructor(
    private readonly context: BrowserContext,
    private readonly origin: string,
  ) {}

  async reset(seed?: Seed): Promise<void> {
    const { context, origin } = this;
    await closeTabs(context);
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    await context.clearCookies();
    await context.clearPermissions();
    const page = await context.newPage();
    try {
      await page.goto(`${origin}/manifest.json`);
      const evaluate: Evaluate = (fn, arg) => page.evaluate(fn as never, arg) as never;
      await stopWorker(context, page, origin);
      const saved = seed && this.seeds.get(seed.name);
      if (saved) await restoreData(evaluate, saved);
      else await clearData(evaluate);
      if (seed && !saved) {
        await seed.plant(page);
        this.seeds.set(seed.name, await snapshotData(evaluate));
        // The worker that took the seed's messages goes too: the tests get one that has just started.
        await stopWorker(context, page, origin);
      }
      await wakeBackground(evaluate);
    } finally {
      await page.close();
    }
  }
}
