/** The reader's actors in browser storage: sync in chunks, local when too large or refused, never lost. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Actor } from '../../utils/actors';
import {
  chunkForSync,
  importUserActors,
  loadUserActors,
  loadUserActorsInfo,
  saveUserActors,
  SYNC_LIMITS,
  USER_ACTORS_KEY,
  watchUserActors,
} from '../../utils/actors/user-store';

const person = (i: number, notes = ''): Actor => ({
  id: `user:p${i}`,
  name: `Person Number${i}`,
  aliases: [`P. Number${i}`],
  roles: [{ role: 'Analyst', org: `Org ${i}` }],
  source: 'user',
  ...(notes ? { notes } : {}),
});

async function syncKeys(): Promise<string[]> {
  return Object.keys(await fakeBrowser.storage.sync.get(null)).sort();
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('chunkForSync', () => {
  it('pieces fit an item as stored (escapes and UTF-8 counted) and join back', () => {
    const json = JSON.stringify([{ name: 'Zoë "Q" \\ 赤澤亮正 😀'.repeat(400) }]);
    const chunks = chunkForSync(json, 1000);
    expect(chunks.join('')).toBe(json);
    for (const [i, c] of chunks.entries()) {
      const bytes = new TextEncoder().encode(JSON.stringify(c)).length + `${USER_ACTORS_KEY}:${i}`.length;
      expect(bytes).toBeLessThanOrEqual(1000);
      // no surrogate pair is cut
      expect(/[\ud800-\udbff]$/.test(c)).toBe(false);
    }
  });
});

describe('saveUserActors / loadUserActors', () => {
  it('a small list goes to sync, in chunks under the item quota', async () => {
    const list = Array.from({ length: 60 }, (_, i) => person(i));
    expect(await saveUserActors(list, 1)).toMatchObject({ area: 'sync' });
    const keys = await syncKeys();
    expect(keys).toContain(`${USER_ACTORS_KEY}:meta`);
    expect(keys.filter((k) => /:\d+$/.test(k)).length).toBeGreaterThan(0);
    const items = await fakeBrowser.storage.sync.get(null);
    for (const [k, v] of Object.entries(items)) expect(k.length + new TextEncoder().encode(JSON.stringify(v)).length).toBeLessThanOrEqual(8192);
    expect(await loadUserActors()).toEqual(list);
    expect((await loadUserActorsInfo()).area).toBe('sync');
  });

  it('a list larger than our share of sync goes to local, and sync is cleared', async () => {
    await saveUserActors([person(1)], 1);
    const big = Array.from({ length: 900 }, (_, i) => person(i, 'n'.repeat(60)));
    expect(JSON.stringify(big).length).toBeGreaterThan(SYNC_LIMITS.budgetBytes);
    expect(await saveUserActors(big, 2)).toMatchObject({ area: 'local' });
    expect(await syncKeys()).toEqual([]);
    expect(await loadUserActors()).toEqual(big);
    // and back to sync when it shrinks again
    expect(await saveUserActors(big.slice(0, 3), 3)).toMatchObject({ area: 'sync' });
    expect((await fakeBrowser.storage.local.get(USER_ACTORS_KEY))[USER_ACTORS_KEY]).toBeUndefined();
    expect(await loadUserActors()).toEqual(big.slice(0, 3));
  });

  it('when sync refuses the write (quota, policy), the list goes to local and nothing is lost', async () => {
    await saveUserActors([person(1)], 1);
    const spy = vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    expect(await saveUserActors([person(1), person(2)], 2)).toMatchObject({ area: 'local' });
    spy.mockRestore();
    expect(await loadUserActors()).toEqual([person(1), person(2)]);
  });

  it('fewer chunks than before: the stale ones are removed', async () => {
    await saveUserActors(Array.from({ length: 150 }, (_, i) => person(i)), 1);
    const before = (await syncKeys()).length;
    await saveUserActors([person(1)], 2);
    const after = await syncKeys();
    expect(after.length).toBeLessThan(before);
    expect(after).toEqual([`${USER_ACTORS_KEY}:0`, `${USER_ACTORS_KEY}:meta`]);
  });

  it('after an interrupted move (both areas hold a list) the newer wins', async () => {
    await fakeBrowser.storage.local.set({ [USER_ACTORS_KEY]: { v: 1, updated: 5, actors: [person(9)] } });
    await saveUserActors([person(1)], 3); // sync write, then local removed…
    await fakeBrowser.storage.local.set({ [USER_ACTORS_KEY]: { v: 1, updated: 5, actors: [person(9)] } }); // …but say that failed
    expect(await loadUserActors()).toEqual([person(9)]);
  });

  it('a damaged sync copy is reported, not thrown, and local is used when present', async () => {
    await fakeBrowser.storage.sync.set({ [`${USER_ACTORS_KEY}:meta`]: { v: 1, updated: 9, chunks: 2, bytes: 10 }, [`${USER_ACTORS_KEY}:0`]: '[{"na' });
    const empty = await loadUserActorsInfo();
    expect(empty).toMatchObject({ actors: [], area: 'none' });
    expect(empty.problems[0]).toMatch(/userActors:1 is missing/);
    await fakeBrowser.storage.local.set({ [USER_ACTORS_KEY]: { v: 1, updated: 1, actors: [person(1), { name: '' }] } });
    const info = await loadUserActorsInfo();
    expect(info).toMatchObject({ actors: [person(1)], area: 'local' });
    expect(info.problems).toContain('a stored person was skipped: name is missing');
  });

  it('nothing stored: an empty list', async () => {
    expect(await loadUserActorsInfo()).toEqual({ actors: [], area: 'none', problems: [] });
  });
});

describe('importUserActors', () => {
  it('merges good rows into the stored list, reports bad rows, keeps what was stored', async () => {
    await saveUserActors([person(1)], 1);
    const report = await importUserActors('name,role\nJane Roe,Mayor\n,Nobody\nPerson Number1,Lead\n');
    expect(report).toMatchObject({ added: 1, updated: 1, area: 'sync' });
    expect(report.errors).toEqual([{ line: 3, reason: 'name is missing' }]);
    const stored = await loadUserActors();
    expect(stored.map((a) => a.name)).toEqual(['Person Number1', 'Jane Roe']);
    expect(stored[0]).toMatchObject({ aliases: ['P. Number1'], roles: [{ role: 'Lead' }] });
  });

  it('a file with no good row writes nothing', async () => {
    await saveUserActors([person(1)], 1);
    const report = await importUserActors('[{"name":""}]');
    expect(report.added).toBe(0);
    expect(report.errors).toHaveLength(1);
    expect(await loadUserActors()).toEqual([person(1)]);
  });
});

describe('watchUserActors', () => {
  it('calls back with the new list after a save', async () => {
    const seen: Actor[][] = [];
    const stop = watchUserActors((a) => seen.push(a));
    await saveUserActors([person(1)], 1);
    await vi.waitFor(() => expect(seen.at(-1)).toEqual([person(1)]));
    stop();
  });
});
