/** Facts and invariants of the shipped list (public/actors.json), checked without ../shared. */
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { rolesAt } from '../../utils/actors';
import { actorsByKey } from '../../utils/actors/match';
import { BUNDLED_ACTORS_FILE } from '../../utils/actors/load-node';
import { indexActorNames, keysOfWords, nameWords } from '../../utils/actors/normalize';
import { actorNamed, bundledActors, bundledIndex } from './helpers';

describe('the shipped actor list', () => {
  it('stays within budget: ≤ 2 MB and ≤ 300 KB gzipped', () => {
    const bytes = statSync(BUNDLED_ACTORS_FILE).size;
    const gz = gzipSync(readFileSync(BUNDLED_ACTORS_FILE), { level: 9 }).length;
    expect(bytes).toBeLessThanOrEqual(2 * 1024 * 1024);
    expect(gz).toBeLessThanOrEqual(300 * 1024);
  });

  it('holds one record per person with an id, a name, dated roles and a traceable source', () => {
    const actors = bundledActors();
    expect(actors.length).toBe(5908);
    expect(new Set(actors.map((a) => a.id)).size).toBe(actors.length);
    const sourceTags = /^(congress-legislators|wikidata-[a-z-]+|factbook|gov-salaries-data|openstates|curated|curated-extra)$/;
    const date = /^\d{4}(-\d{2}(-\d{2})?)?$/;
    const bad: string[] = [];
    for (const a of actors) {
      if (!/^(Q\d+|[a-z-]+:.+)$/.test(a.id)) bad.push(`${a.id}: id`);
      if (!a.name || a.name.trim() !== a.name) bad.push(`${a.id}: name`);
      if (!a.roles.length) bad.push(`${a.id}: no role`);
      if (!a.source.split('+').every((t) => sourceTags.test(t))) bad.push(`${a.id}: source ${a.source}`);
      if (!a.asOf) bad.push(`${a.id}: asOf`);
      for (const r of a.roles) {
        if (!r.role) bad.push(`${a.id}: empty role`);
        if ((r.from && !date.test(r.from)) || (r.to && !date.test(r.to))) bad.push(`${a.id}: date ${r.from}–${r.to}`);
        if (r.from && r.to && r.to.slice(0, r.from.length) < r.from.slice(0, r.to.length)) bad.push(`${a.id}: ends before it starts`);
      }
    }
    expect(bad).toEqual([]);
    expect(actors.filter((a) => /^Q\d+$/.test(a.id)).length).toBeGreaterThan(3500);
  });

  it('is ordered by primary name key and its index finds every name and alias (rebuild the list if this fails)', () => {
    const actors = bundledActors();
    const primary = actors.map((a) => keysOfWords(nameWords(a.name))[0]);
    const unordered = primary.filter((k, i) => i > 0 && primary[i - 1] > k);
    expect(unordered).toEqual([]);
    // every key the normaliser gives today must reach the person through the shipped index
    const index = bundledIndex();
    const missing: string[] = [];
    for (const a of actors) {
      for (const k of indexActorNames(a.name, a.aliases, a.roles[0]?.country).keys) {
        if (!actorsByKey(index, k).includes(a)) missing.push(`${a.id} ${k}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('John Moolenaar chairs the House Select Committee on China', () => {
    const a = actorNamed('John Moolenaar');
    expect(a.id).toBe('Q16194212');
    const chair = a.roles.find((r) => /^chair/i.test(r.role));
    expect(chair?.org).toMatch(/^House Select Committee on the Strategic Competition Between the United States and the Chinese Communist Party$/);
    expect(chair?.current).toBe(true);
  });

  it('Xi Jinping is President of China', () => {
    const a = actorNamed('Xi Jinping');
    expect(a.id).toBe('Q15031');
    const now = rolesAt(a.roles).held[0].role;
    expect(now.role).toBe("President of the People's Republic of China");
    expect(now.country).toBe('China');
    expect(rolesAt(a.roles, '2025-07-25').held[0].role.role).toBe("President of the People's Republic of China");
  });

  it('Scott Bessent is Treasury Secretary', () => {
    const a = actorNamed('Scott Bessent');
    const r = rolesAt(a.roles, '2025-07-25').held[0].role;
    expect(r.role).toBe('U.S. Secretary of the Treasury');
    expect(r.org).toBe('U.S. Department of the Treasury');
    expect(r.from).toBe('2025');
  });

  it('keeps dated roles: Shigeru Ishiba was Prime Minister of Japan from 2024-10-01 to 2025-10-21', () => {
    const a = actorNamed('Shigeru Ishiba');
    expect(a.id).toBe('Q1335527');
    expect(a.roles[0]).toMatchObject({ role: 'Prime Minister of Japan', from: '2024-10-01', to: '2025-10-21', current: false });
    expect(a.roles.some((r) => r.role === 'Minister of Defence' && r.from === '2007-09-26' && r.to === '2008-08-02')).toBe(true);
  });

  it('drops an end earlier than the start (an earlier term kept by the merge): Donald Trump is President from 2025-01-20', () => {
    const a = actorNamed('Donald Trump');
    expect(a.roles[0]).toMatchObject({ role: 'President of the United States', from: '2025-01-20', current: true });
    expect(a.roles[0].to).toBeUndefined();
  });

  it('keeps the curated refs for traceability', () => {
    expect(actorNamed('Jensen Huang').refs?.length).toBeGreaterThan(0);
    expect(actorNamed('Jensen Huang').source).toBe('curated');
  });
});
