import { afterEach, describe, expect, it, vi } from 'vitest';
import { askForPersistentStorage } from '@/components/persist';

describe('askForPersistentStorage', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('asks the browser to keep the storage (navigator.storage.persist)', () => {
    const persist = vi.fn(async () => true);
    vi.stubGlobal('navigator', { storage: { persist } });
    askForPersistentStorage();
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('a refusal, or a browser without the API, is no error', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    // A plain function, not a spy: a spy would handle the rejection itself.
    vi.stubGlobal('navigator', { storage: { persist: () => Promise.reject(new Error('denied')) } });
    expect(() => askForPersistentStorage()).not.toThrow();
    // Node reports a rejection nobody handled once the microtasks have run: a macrotask later.
    await new Promise((resolve) => setImmediate(resolve));
    process.off('unhandledRejection', onUnhandled);
    expect(unhandled).toEqual([]);
    vi.stubGlobal('navigator', {});
    expect(() => askForPersistentStorage()).not.toThrow();
  });
});
