/**
 * Loading a script of our own into the content script's world: import() of a web-accessible
 * extension file (page-session.js, card-ui.js), which registers a factory under a global of that
 * world. Loaded once; a failed load may be retried.
 */
import { browser } from 'wxt/browser';

const loading = new Map<string, Promise<unknown>>();

export function loadRegistered<T>(file: string, global: string): Promise<T> {
  let p = loading.get(file);
  if (!p) {
    p = (async () => {
      const url = (browser.runtime.getURL as (path: string) => string)(`/${file}`);
      await import(/* @vite-ignore */ url);
      const value = (globalThis as Record<string, unknown>)[global];
      if (typeof value !== 'function') throw new Error(`${file} did not register ${global}`);
      return value;
    })();
    p.catch(() => loading.delete(file));
    loading.set(file, p);
  }
  return p as Promise<T>;
}
