declare global {
  // scheduler.yield() (Chrome 129+) and postTask (Chrome 94+, Firefox 142+) are not in TypeScript's DOM types yet.
  var scheduler:
    | {
        yield?: () => Promise<void>;
        postTask?: <T>(task: () => T, options: { priority: 'user-blocking' | 'user-visible' | 'background' }) => Promise<T>;
      }
    | undefined;
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

/**
 * Waits until the page has nothing more urgent to do; resolves with the milliseconds the next slice of work may
 * take. A background-priority task (`scheduler.postTask`) runs as soon as no other task of the page waits, with a
 * slice of `maxBudget`; where there is none, an idle callback (at most `timeout` ms away so a busy page still gets
 * its controls) with the idle period left, at most `maxBudget`. Without either (a DOM without layout): after a
 * yield, with an 8 ms slice.
 */
export function idleSlice(maxBudget = 12, timeout = 250): Promise<number> {
  const scheduler = globalThis.scheduler;
  if (typeof scheduler?.postTask === 'function') return scheduler.postTask(() => maxBudget, { priority: 'background' });
  const requestIdle = globalThis.requestIdleCallback;
  if (typeof requestIdle !== 'function') return yieldToPage().then(() => 8);
  return new Promise((resolve) =>
    requestIdle((deadline) => resolve(deadline.didTimeout ? 8 : Math.max(2, Math.min(maxBudget, deadline.timeRemaining()))), {
      timeout,
    }),
  );
}

/**
 * Resolves once the page has had a frame (after its paint), so that what was just put on the page is shown before
 * more work comes. A hidden tab has no frames: there it resolves after a yield, and never later than `limit` ms.
 */
export function afterNextFrame(doc: Document, limit = 100): Promise<void> {
  const win = doc.defaultView;
  if (!win || doc.hidden || typeof win.requestAnimationFrame !== 'function') return yieldToPage();
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(finish, limit);
    // The frame's paint follows the animation frame callbacks: a message posted there is handled after it.
    win.requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = finish;
      channel.port2.postMessage(null);
    });
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

/**
 * Calls `fn` once, `wait` ms after the last of a burst of calls, and at least every `maxWait` ms while the burst
 * goes on (a page that mutates every 20 ms would otherwise never be read).
 */
export function debounce(fn: () => void, wait: number, maxWait = Number.POSITIVE_INFINITY): { (): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let burstStart: number | undefined;
  const run = () => {
    clearTimeout(timer);
    timer = undefined;
    burstStart = undefined;
    fn();
  };
  const debounced = () => {
    const now = performance.now();
    burstStart ??= now;
    clearTimeout(timer);
    timer = setTimeout(run, Math.max(0, Math.min(wait, burstStart + maxWait - now)));
  };
  debounced.cancel = () => {
    clearTimeout(timer);
    timer = undefined;
    burstStart = undefined;
  };
  return debounced;
}
