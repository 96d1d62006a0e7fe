import { describe, expect, it, vi } from 'vitest';
import { debounce } from '../../utils/highlight/schedule';

function fakeTimers() {
  let t = 0;
  const queue = new Map<number, { at: number; fn: () => void }>();
  let id = 0;
  return {
    timers: {
      setTimeout: (fn: () => void, ms: number) => (queue.set(++id, { at: t + ms, fn }), id),
      clearTimeout: (i: unknown) => void queue.delete(i as number),
      now: () => t,
    },
    advance(ms: number) {
      const end = t + ms;
      for (;;) {
        const next = [...queue.entries()].filter(([, v]) => v.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!next) break;
        t = next[1].at;
        queue.delete(next[0]);
        next[1].fn();
      }
      t = end;
    },
  };
}

describe('debounce', () => {
  it('runs once after a quiet spell', () => {
    const f = fakeTimers();
    const fn = vi.fn();
    const d = debounce(fn, { wait: 100, maxWait: 1000 }, f.timers);
    d.call();
    f.advance(50);
    d.call();
    f.advance(99);
    expect(fn).not.toHaveBeenCalled();
    f.advance(1);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(d.pending).toBe(false);
  });

  it('runs by maxWait when the calls never stop', () => {
    const f = fakeTimers();
    const fn = vi.fn();
    const d = debounce(fn, { wait: 100, maxWait: 300 }, f.timers);
    for (let i = 0; i < 10; i++) {
      d.call();
      f.advance(50);
    }
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('flush runs a pending call now; cancel drops it', () => {
    const f = fakeTimers();
    const fn = vi.fn();
    const d = debounce(fn, { wait: 100, maxWait: 300 }, f.timers);
    d.flush();
    expect(fn).not.toHaveBeenCalled();
    d.call();
    d.flush();
    expect(fn).toHaveBeenCalledTimes(1);
    d.call();
    d.cancel();
    f.advance(1000);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});
