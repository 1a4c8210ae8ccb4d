import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounce } from '@/lib/content/schedule';

describe('debounce', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('calls once, `wait` ms after the last call of a burst', () => {
    const fn = vi.fn();
    const debounced = debounce(fn, 80);
    debounced();
    vi.advanceTimersByTime(50);
    debounced();
    vi.advanceTimersByTime(79);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('a burst that never pauses still gets a call every `maxWait` ms', () => {
    const fn = vi.fn();
    const debounced = debounce(fn, 80, 400);
    for (let t = 0; t < 1000; t += 20) {
      debounced();
      vi.advanceTimersByTime(20);
    }
    // Called at 400 and 800 ms, while the calls went on every 20 ms.
    expect(fn).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(80);
    expect(fn).toHaveBeenCalledTimes(3);
  });

  it('without a maximum wait, a burst that never pauses is called only at its end', () => {
    const fn = vi.fn();
    const debounced = debounce(fn, 80);
    for (let t = 0; t < 1000; t += 20) {
      debounced();
      vi.advanceTimersByTime(20);
    }
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(80);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('cancel drops the pending call and starts the next burst afresh', () => {
    const fn = vi.fn();
    const debounced = debounce(fn, 80, 400);
    for (let t = 0; t < 300; t += 20) {
      debounced();
      vi.advanceTimersByTime(20);
    }
    debounced.cancel();
    vi.advanceTimersByTime(1000);
    expect(fn).not.toHaveBeenCalled();
    debounced();
    vi.advanceTimersByTime(79);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});
