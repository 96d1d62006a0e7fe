/**
 * Where the reader's actors live: storage.sync (so they follow the reader to other machines), in
 * chunks under the per-item quota, and storage.local when the list is too large for sync or sync
 * refuses the write. A save writes the new place first and clears the old one after, so a failure
 * half-way never loses what was stored; a load takes the newer of the two.
 *
 * Layout
 *   sync:  "userActors:meta" = { v: 1, updated, chunks, bytes }, "userActors:0" … = pieces of the JSON
 *   local: "userActors"      = { v: 1, updated, actors }
 */
import { browser } from 'wxt/browser';
import { mergeUserActors, parseUserActors, validateUserActor, type ImportResult } from './user-actors';
import type { Actor } from './types';

export const USER_ACTORS_KEY = 'userActors';
const META_KEY = `${USER_ACTORS_KEY}:meta`;
const chunkKey = (i: number) => `${USER_ACTORS_KEY}:${i}`;

/**
 * Our share of storage.sync (Chrome and Firefox allow 100 KB in all, 8 KB an item, 512 items);
 * the rest is left to the other settings.
 */
export const SYNC_LIMITS = { budgetBytes: 64 * 1024, itemBytes: 8192 - 192, maxChunks: 60 } as const;

export type UserActorsArea = 'sync' | 'local';

interface SyncMeta {
  v: 1;
  updated: number;
  chunks: number;
  bytes: number;
}
interface LocalRecord {
  v: 1;
  updated: number;
  actors: Actor[];
}

export interface LoadedUserActors {
  actors: Actor[];
  area: UserActorsArea | 'none';
  updated?: number;
  /** What could not be read (a broken chunk, a stored person that no longer validates). */
  problems: string[];
}

const utf8 = new TextEncoder();
const byteLength = (s: string) => utf8.encode(s).length;

/** Split the JSON so that each piece, stored as a JSON string under its key, fits an item. */
export function chunkForSync(json: string, itemBytes: number = SYNC_LIMITS.itemBytes): string[] {
  const chunks: string[] = [];
  let start = 0;
  while (start < json.length) {
    // cost of a piece as stored: its JSON string form, in UTF-8, plus the key
    let end = start;
    let cost = 2 + chunkKey(chunks.length).length + 2;
    while (end < json.length) {
      const code = json.charCodeAt(end);
      let c: number;
      let step = 1;
      if (code === 0x22 || code === 0x5c) c = 2;
      else if (code < 0x20) c = 6;
      else if (code < 0x80) c = 1;
      else if (code < 0x800) c = 2;
      else if (code >= 0xd800 && code <= 0xdbff && end + 1 < json.length) {
        c = 4; // a surrogate pair stays together
        step = 2;
      } else c = 3;
      if (cost + c > itemBytes) break;
      cost += c;
      end += step;
    }
    if (end === start) throw new Error('item size too small');
    chunks.push(json.slice(start, end));
    start = end;
  }
  return chunks;
}

function sanitize(list: unknown, problems: string[]): Actor[] {
  if (!Array.isArray(list)) {
    problems.push('stored list is not a list');
    return [];
  }
  const out: Actor[] = [];
  const taken = new Set<string>();
  for (const item of list) {
    const v = validateUserActor(item, taken);
    if (!v.ok) {
      problems.push(`a stored person was skipped: ${v.reason}`);
      continue;
    }
    taken.add(v.actor.id);
    out.push(v.actor);
  }
  return out;
}

async function readSync(problems: string[]): Promise<{ actors: Actor[]; updated: number } | undefined> {
  const area = browser.storage?.sync;
  if (!area) return undefined;
  let meta: SyncMeta | undefined;
  try {
    meta = (await area.get(META_KEY))[META_KEY] as SyncMeta | undefined;
  } catch (e) {
    problems.push(`storage.sync could not be read: ${e instanceof Error ? e.message : String(e)}`);
    return undefined;
  }
  if (!meta || meta.v !== 1 || !Number.isInteger(meta.chunks) || meta.chunks < 0) return undefined;
  const keys = Array.from({ length: meta.chunks }, (_, i) => chunkKey(i));
  const got = keys.length ? await area.get(keys) : {};
  const pieces: string[] = [];
  for (const k of keys) {
    const p = got[k];
    if (typeof p !== 'string') {
      problems.push(`storage.sync: ${k} is missing`);
      return undefined;
    }
    pieces.push(p);
  }
  try {
    return { actors: sanitize(JSON.parse(pieces.join('')), problems), updated: meta.updated };
  } catch (e) {
    problems.push(`storage.sync: the stored list is not valid JSON (${e instanceof Error ? e.message : String(e)})`);
    return undefined;
  }
}

async function readLocal(problems: string[]): Promise<{ actors: Actor[]; updated: number } | undefined> {
  const area = browser.storage?.local;
  if (!area) return undefined;
  const rec = (await area.get(USER_ACTORS_KEY))[USER_ACTORS_KEY] as LocalRecord | undefined;
  if (!rec || rec.v !== 1) return undefined;
  return { actors: sanitize(rec.actors, problems), updated: rec.updated };
}

/** The reader's actors and where they were found. Never throws for a damaged store: see `problems`. */
export async function loadUserActorsInfo(): Promise<LoadedUserActors> {
  const problems: string[] = [];
  const [sync, local] = await Promise.all([readSync(problems), readLocal(problems)]);
  // both present only after an interrupted move: the newer wins
  if (sync && (!local || sync.updated >= local.updated)) return { actors: sync.actors, area: 'sync', updated: sync.updated, problems };
  if (local) return { actors: local.actors, area: 'local', updated: local.updated, problems };
  return { actors: [], area: 'none', problems };
}

export async function loadUserActors(): Promise<Actor[]> {
  return (await loadUserActorsInfo()).actors;
}

async function clearSync(from = 0, to?: number): Promise<void> {
  const area = browser.storage?.sync;
  if (!area) return;
  let count = to;
  if (count === undefined) {
    const meta = (await area.get(META_KEY))[META_KEY] as SyncMeta | undefined;
    count = meta?.chunks ?? 0;
  }
  const keys = Array.from({ length: Math.max(0, count - from) }, (_, i) => chunkKey(from + i));
  if (from === 0) keys.push(META_KEY);
  if (keys.length) await area.remove(keys);
}

/**
 * Store the reader's actors: in sync when the list fits our share of it, else (or when sync refuses)
 * in local. Returns where it went.
 */
export async function saveUserActors(actors: readonly Actor[], now: number = Date.now()): Promise<{ area: UserActorsArea; bytes: number }> {
  const json = JSON.stringify(actors);
  const bytes = byteLength(json);
  const sync = browser.storage?.sync;
  let previousChunks = 0;
  if (sync) {
    try {
      previousChunks = ((await sync.get(META_KEY))[META_KEY] as SyncMeta | undefined)?.chunks ?? 0;
    } catch {
      previousChunks = 0;
    }
  }
  if (sync && bytes <= SYNC_LIMITS.budgetBytes) {
    const chunks = chunkForSync(json);
    if (chunks.length <= SYNC_LIMITS.maxChunks) {
      const items: Record<string, unknown> = { [META_KEY]: { v: 1, updated: now, chunks: chunks.length, bytes } satisfies SyncMeta };
      chunks.forEach((c, i) => (items[chunkKey(i)] = c));
      try {
        await sync.set(items);
        if (previousChunks > chunks.length) await clearSync(chunks.length, previousChunks);
        await browser.storage.local.remove(USER_ACTORS_KEY);
        return { area: 'sync', bytes };
      } catch {
        // quota exceeded, sync disabled by policy, too many writes: keep it on this machine instead
      }
    }
  }
  await browser.storage.local.set({ [USER_ACTORS_KEY]: { v: 1, updated: now, actors: [...actors] } satisfies LocalRecord });
  try {
    await clearSync(0, Math.max(previousChunks, 0));
  } catch {
    // the local copy is newer and wins on load; stale sync chunks are harmless
  }
  return { area: 'local', bytes };
}

export interface ImportReport extends ImportResult {
  added: number;
  updated: number;
  unchanged: number;
  area?: UserActorsArea;
}

/**
 * Import a CSV or JSON file into the stored list: good rows are merged in (same person updated,
 * new people added), bad rows are reported with their line, stored people are never removed.
 * Nothing is written when no row is good.
 */
export async function importUserActors(text: string, format?: 'csv' | 'json'): Promise<ImportReport> {
  const parsed = parseUserActors(text, format);
  if (!parsed.actors.length) return { ...parsed, added: 0, updated: 0, unchanged: 0 };
  const stored = await loadUserActors();
  const merged = mergeUserActors(stored, parsed.actors);
  const { area } = await saveUserActors(merged.actors);
  return { ...parsed, actors: merged.actors, added: merged.added, updated: merged.updated, unchanged: merged.unchanged, area };
}

/** Call back with the new list whenever the stored list changes (any area). Returns an unsubscribe. */
export function watchUserActors(callback: (actors: Actor[]) => void): () => void {
  const listener = (changes: Record<string, unknown>) => {
    if (Object.keys(changes).some((k) => k === USER_ACTORS_KEY || k.startsWith(`${USER_ACTORS_KEY}:`))) {
      void loadUserActors().then(callback);
    }
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
