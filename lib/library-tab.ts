import type { Caller } from './policy';

/** The few `tabs`/`windows` calls opening the library needs (none of them needs the `tabs` permission). */
export interface TabsApi {
  create(options: { url: string }): Promise<{ id?: number; windowId?: number }>;
  get(id: number): Promise<{ id?: number; windowId?: number }>;
  update(id: number, options: { active: boolean }): Promise<unknown>;
  focusWindow?(windowId: number): Promise<unknown>;
}

/** Where the id of the tab opened from pages is kept across restarts of the worker (storage.session). */
export interface TabMemory {
  read(): Promise<number | undefined>;
  write(id: number | undefined): Promise<void>;
}

/**
 * Opens the library page. Our own pages get a new tab each time; pages (content scripts) get at most one: the tab
 * opened for them before is brought to the front while it is open, so a page clicking "Open library" in a loop
 * opens one tab. Calls are serialized, so that two clicks at once cannot both create one.
 */
export function libraryOpener(tabs: TabsApi, url: string, memory: TabMemory): (from: Caller) => Promise<void> {
  let queue: Promise<void> = Promise.resolve();
  const open = async (from: Caller): Promise<void> => {
    if (from === 'extension') {
      await tabs.create({ url });
      return;
    }
    const known = await memory.read();
    if (known !== undefined) {
      const tab = await tabs.get(known).catch(() => undefined);
      if (tab?.id !== undefined) {
        await tabs.update(tab.id, { active: true });
        if (tab.windowId !== undefined) await tabs.focusWindow?.(tab.windowId).catch(() => {});
        return;
      }
    }
    const created = await tabs.create({ url });
    await memory.write(created.id);
  };
  return (from) => {
    const next = queue.then(() => open(from));
    queue = next.catch(() => {});
    return next;
  };
}
