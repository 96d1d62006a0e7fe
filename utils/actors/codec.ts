/**
 * Decodes the compact shipped list (public/actors.json, written by scripts/build-actors.mjs).
 * Pure: takes the parsed JSON, returns Actor[]. Used by both loaders (worker and Node).
 */
import type { Actor, ActorRole } from './types';

/** Keys sorted in code-unit order, and for each key the positions of the actors it finds. */
export interface SortedKeys {
  keys: string[];
  hits: Array<number | number[]>;
}

/**
 * The index the builder precomputed for the bundled list (utils/actors/normalize.ts
 * indexActorNames over every record), so the worker does not normalise 6,000 names at start-up.
 */
export interface BundledIndex {
  count: number;
  /** Keys other than each person's primary key (aliases, variants). Primary keys: the list's order. */
  alt: SortedKeys;
  surname: SortedKeys;
  lastTwo: SortedKeys;
  countries: string[];
}

/** Where decodeBundledActors leaves the precomputed index: on the returned array (treat it as read-only). */
export const BUNDLED_INDEX: unique symbol = Symbol('quotelens.bundledIndex');

export function bundledIndexOf(actors: readonly Actor[]): BundledIndex | undefined {
  const ix = (actors as { [BUNDLED_INDEX]?: BundledIndex })[BUNDLED_INDEX];
  return ix && ix.count === actors.length ? ix : undefined;
}

const NONE: number[] = [];
/** Actor positions for a key (binary search). */
export function lookupSorted(s: SortedKeys, key: string): number[] {
  let lo = 0;
  let hi = s.keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const k = s.keys[mid];
    if (k === key) {
      const h = s.hits[mid];
      return typeof h === 'number' ? [h] : h;
    }
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return NONE;
}

type RoleTuple = [string | number, number?, string?, string?, number?];
/** [id, name, aliases|0, country#, source#, asOf#, roles, extras?] */
type ActorRow = [string, string, string[] | 0, number, number, number, RoleTuple[], { n?: string; r?: string[] }?];
type SortedRow = [string[], Array<number | number[]>];

export interface BundledActorsFile {
  format: 'quotelens-actors';
  version: 1;
  input?: { file: string; sha256: string; records: number };
  tables: { role: string[]; org: string[]; country: string[]; source: string[]; asOf: string[] };
  index: { order: 'primary-key'; alt: SortedRow; surname: SortedRow; lastTwo: SortedRow };
  actors: ActorRow[];
}

export function decodeBundledActors(data: unknown): Actor[] {
  const file = data as BundledActorsFile;
  if (!file || file.format !== 'quotelens-actors' || file.version !== 1 || !Array.isArray(file.actors)) {
    throw new Error('not a quotelens-actors v1 file');
  }
  const { role: roleTable, org, country, source, asOf } = file.tables;
  const rows = file.actors;
  const out: Actor[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const c = row[3] ? country[row[3] - 1] : undefined;
    const roleRows = row[6];
    const roles: ActorRole[] = new Array(roleRows.length);
    for (let k = 0; k < roleRows.length; k++) {
      const t = roleRows[k];
      const t0 = t[0];
      const r: ActorRole = { role: typeof t0 === 'number' ? roleTable[t0 - 1] : t0 };
      if (t[1]) r.org = org[t[1] - 1];
      if (c) r.country = c;
      if (t[2]) r.from = t[2];
      if (t[3]) r.to = t[3];
      if (t[4] === 1) r.current = true;
      else if (t[4] === 0) r.current = false;
      roles[k] = r;
    }
    const actor: Actor = { id: row[0], name: row[1], aliases: row[2] || [], roles, source: row[4] ? source[row[4] - 1] : 'unknown' };
    if (row[5]) actor.asOf = asOf[row[5] - 1];
    const extras = row[7];
    if (extras) {
      if (extras.n) actor.notes = extras.n;
      if (extras.r) actor.refs = extras.r;
    }
    out[i] = actor;
  }
  if (file.index?.order === 'primary-key') {
    const sorted = (r: SortedRow): SortedKeys => ({ keys: r[0], hits: r[1] });
    const index: BundledIndex = {
      count: out.length,
      alt: sorted(file.index.alt),
      surname: sorted(file.index.surname),
      lastTwo: sorted(file.index.lastTwo),
      countries: country,
    };
    Object.defineProperty(out, BUNDLED_INDEX, { value: index, enumerable: false });
  }
  return out;
}
