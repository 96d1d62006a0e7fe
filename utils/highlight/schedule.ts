/**
 * A debouncer with a ceiling: runs `fn` once things have been quiet for `wait` ms, and at the
 * latest `maxWait` ms after the first call of a burst (a page that never stops changing still
 * gets rescanned). Timers are injected, so tests drive it with fake ones and the content script
 * with `ctx.setTimeout` (cancelled when the extension goes away).
 */
export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
  now(): number;
}

export interface Debouncer {
  /** Asks for a run. */
  call(): void;
  /** Runs now if a run is pending. */
  flush(): void;
  cancel(): void;
  readonly pending: boolean;
}

export function debounce(fn: () => void, { wait, maxWait }: { wait: number; maxWait: number }, timers: Timers): Debouncer {
  let timer: unknown;
  let first = -1;
  const run = () => {
    timer = undefined;
    first = -1;
    fn();
  };
  return {
    call() {
      const now = timers.now();
      if (first < 0) first = now;
      if (timer !== undefined) timers.clearTimeout(timer);
      const delay = Math.max(0, Math.min(wait, first + maxWait - now));
      timer = timers.setTimeout(run, delay);
    },
    flush() {
      if (timer === undefined) return;
      timers.clearTimeout(timer);
      run();
    },
    cancel() {
      if (timer !== undefined) timers.clearTimeout(timer);
      timer = undefined;
      first = -1;
    },
    get pending() {
      return timer !== undefined;
    },
  };
}
