/**
 * Loading a script of our own into the content script's world: import() of a web-accessible
 * extension file (page-session.js, card-ui.js), which registers a factory under a global of that
 * world. Loaded once; a failed load may be retried.
 */
import { browser } from 'wxt/browser';

/**
 * Set by the first line of page-session.js and card-ui.js (their banner, wxt.config.ts): when the
 * file began to run. Evaluating a file is main-thread work of ours like any other: register()
 * keeps how long it took, for the content script's account of its work.
 */
export const EVAL_START_GLOBAL = '__quotelensEvalStart';

const globals = globalThis as Record<string, unknown>;
const loading = new Map<string, Promise<unknown>>();

/** Called by a loaded file, last: its factory, and how long the file took to evaluate. */
export function register(global: string, factory: unknown): void {
  const start = globals[EVAL_START_GLOBAL];
  globals[`${global}EvalMs`] = typeof start === 'number' ? performance.now() - start : 0;
  globals[global] = factory;
}

/** How long the file registered under `global` took to evaluate, in ms (0 when unknown). */
export function evaluationMs(global: string): number {
  const ms = globals[`${global}EvalMs`];
  return typeof ms === 'number' ? ms : 0;
}

export function loadRegistered<T>(file: string, global: string): Promise<T> {
  let p = loading.get(file);
  if (!p) {
    p = (async () => {
      const url = (browser.runtime.getURL as (path: string) => string)(`/${file}`);
      await import(/* @vite-ignore */ url);
      const value = globals[global];
      if (typeof value !== 'function') throw new Error(`${file} did not register ${global}`);
      return value;
    })();
    p.catch(() => loading.delete(file));
    loading.set(file, p);
  }
  return p as Promise<T>;
}
