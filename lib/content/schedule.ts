declare global {
  // scheduler.yield() (Chrome 129+) is not in TypeScript's DOM types yet.
  var scheduler: { yield?: () => Promise<void> } | undefined;
}

/** Gives the main thread back to the page; resumes before timers (which background tabs throttle). */
export function yieldToPage(): Promise<void> {
  if (typeof globalThis.scheduler?.yield === 'function') return globalThis.scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

export interface SliceOptions {
  /** Milliseconds a slice may take before the page gets its turn. */
  budget?: number;
  /** Runs at the end of each slice, before the page gets its turn (and after the last item, or once stopped). */
  endOfSlice?: () => void;
  /** Stops the work at the next item once aborted. */
  signal?: AbortSignal;
}

/** Runs `work` over items, yielding to the page whenever a slice has used up its budget. */
export async function inSlices<T>(items: Iterable<T>, work: (item: T) => void, options: SliceOptions = {}): Promise<void> {
  const { budget = 8, endOfSlice, signal } = options;
  let sliceStart = performance.now();
  for (const item of items) {
    if (signal?.aborted) break;
    work(item);
    if (performance.now() - sliceStart > budget) {
      endOfSlice?.();
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
  endOfSlice?.();
}

/** Calls `fn` once, `wait` ms after the last of a burst of calls. */
export function debounce(fn: () => void, wait: number): { (): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const debounced = () => {
    clearTimeout(timer);
    timer = setTimeout(fn, wait);
  };
  debounced.cancel = () => clearTimeout(timer);
  return debounced;
}
