/**
 * Loads the bundled actor list in the extension (background worker, options page): the list ships
 * as public/actors.json and is fetched from the extension's own files. In Node use load-node.ts.
 */
import { browser } from 'wxt/browser';
import { decodeBundledActors } from './codec';
import type { Actor } from './types';

/** Path of the shipped list inside the extension (public/actors.json). */
export const BUNDLED_ACTORS_PATH = '/actors.json';

let cached: Promise<Actor[]> | undefined;

/** The bundled list, fetched and decoded once per worker lifetime. */
export function loadBundledActors(): Promise<Actor[]> {
  cached ??= (async () => {
    // getURL's typed paths come from .wxt; the list is a public file, so widen the type.
    const getURL = browser.runtime.getURL as (path: string) => string;
    const res = await fetch(getURL(BUNDLED_ACTORS_PATH));
    if (!res.ok) throw new Error(`actors.json: HTTP ${res.status}`);
    return decodeBundledActors(await res.json());
  })().catch((e: unknown) => {
    cached = undefined; // let the next call try again
    throw e;
  });
  return cached;
}
