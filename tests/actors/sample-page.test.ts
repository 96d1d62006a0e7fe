/**
 * The sample page (tests/fixtures/seed): every named speaker resolves to one canonical person with
 * the bundled id and role, or takes the page's role; John Rizzo is known from the page only.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { enrichSpeakers, type ActorRole, rolesAt, roleLine } from '../../utils/actors';
import type { Speaker } from '../../utils/quote';
import { actorNamed, bundledIndex, quoteBy, SAMPLE_META, samplePageBlocks } from './helpers';

interface GoldQuote {
  text: string;
  speaker?: { name: string; accept: string[] } | null;
}
const gold = JSON.parse(readFileSync(resolve(__dirname, '../fixtures/seed/gold.json'), 'utf8')) as {
  quotes: GoldQuote[];
  not_speakers: string[];
};

/** A person in the gold file: a full name whose surname alone is also accepted ("Scott Bessent", "Bessent"). */
function isGoldPerson(s: { name: string; accept: string[] }): boolean {
  const words = s.name.split(' ');
  return words.length >= 2 && s.accept.includes(words[words.length - 1]);
}

function enrichOne(name: string, meta = SAMPLE_META): Speaker {
  const [q] = enrichSpeakers([quoteBy(name)], samplePageBlocks(), bundledIndex(), meta);
  if (!q.speaker) throw new Error('speaker lost');
  return q.speaker;
}

/** The bundled role held on the article's date. */
function listRoleOn(name: string, date = SAMPLE_META.published): ActorRole {
  return rolesAt(actorNamed(name).roles, date).held[0].role;
}

// Which speakers the page describes the way the list does (role from the list) and which differently
// (role from the page, the list's beside it). Checked against public/actors.json and the page text.
const FROM_LIST: Array<[string, string, string | undefined]> = [
  ['Scott Bessent', 'U.S. Secretary of the Treasury', 'U.S. Department of the Treasury'],
  ['Jensen Huang', 'Founder, President and CEO', 'NVIDIA'],
  ['Shigeru Ishiba', 'Prime Minister of Japan', 'Government of Japan'],
  ['Ryosei Akazawa', "Japan's chief negotiator on U.S. tariffs", undefined],
  ['Yoshihiko Noda', 'President (leader) of the Constitutional Democratic Party of Japan', undefined],
  ['Yuichiro Tamaki', 'Leader of the Democratic Party For the People', 'Democratic Party For the People (Japan)'],
  ['Tetsuo Saito', 'Chief Representative (leader) of Komeito', undefined],
  ['Jimmy Goodrich', 'Senior Advisor for Technology Analysis', 'RAND Corporation'],
];
const FROM_PAGE: Array<[string, string, string | undefined, string]> = [
  ['Seiji Maehara', 'co-head', 'Nippon Ishin no Kai', 'Member of the House of Representatives'],
  ['Christopher Padilla', 'former export control official', 'George W. Bush administration', 'Former Under Secretary of Commerce for International Trade'],
  ['Craig Allen', 'retired diplomat', undefined, 'President, US-China Business Council'],
];

describe('sample page: speakers in the bundled list', () => {
  it.each(FROM_LIST)('%s: bundled id and the role the list gives on the article date', (name, role, org) => {
    const s = enrichOne(name);
    const actor = actorNamed(name);
    expect(s).toMatchObject({ name, actorId: actor.id, role, roleSource: 'actors' });
    expect(s.org).toBe(org);
    expect(s.listRole).toBeUndefined();
    expect(listRoleOn(name).role === role || actor.roles.some((r) => r.role === role)).toBe(true);
  });

  it.each(FROM_PAGE)('%s: bundled id, the page’s role, the list’s beside it', (name, role, org, listRole) => {
    const s = enrichOne(name);
    expect(s).toMatchObject({ name, actorId: actorNamed(name).id, role, roleSource: 'page', listRole });
    expect(s.org).toBe(org);
    expect(roleLine(listRoleOn(name))).toBe(listRole);
  });

  it('surnames alone resolve to the same canonical people (the page names each in full)', () => {
    for (const [full] of [...FROM_LIST, ...FROM_PAGE]) {
      const surname = full.split(' ').pop() as string;
      const s = enrichOne(surname);
      expect(s.name, surname).toBe(full);
      expect(s.actorId, surname).toBe(actorNamed(full).id);
      expect(s.mention).toBe(surname);
    }
  });

  it('Xi Jinping, Howard Lutnick, Marco Rubio, Jamieson Greer, John Moolenaar are found too', () => {
    expect(enrichOne('Xi')).toMatchObject({ name: 'Xi Jinping', actorId: 'Q15031', role: 'leader', roleSource: 'page', listRole: "President of the People's Republic of China" });
    expect(enrichOne('Lutnick')).toMatchObject({ name: 'Howard Lutnick', role: 'U.S. Secretary of Commerce', roleSource: 'actors' });
    expect(enrichOne('Rubio')).toMatchObject({ name: 'Marco Rubio', actorId: 'Q324546', role: 'U.S. Secretary of State', roleSource: 'actors' });
    expect(enrichOne('Greer').name).toBe('Jamieson Greer');
    expect(enrichOne('John Moolenaar')).toMatchObject({ actorId: 'Q16194212', role: 'Chairman', org: expect.stringMatching(/^House Select Committee on the Strategic Competition/), roleSource: 'actors' });
  });
});

describe('sample page: people the list does not hold', () => {
  it('John Rizzo gets "spokesperson" and "Nvidia" from the page', () => {
    for (const name of ['John Rizzo', 'Rizzo']) {
      const s = enrichOne(name);
      expect(s).toMatchObject({ name: 'John Rizzo', role: 'spokesperson', org: 'Nvidia', roleSource: 'page' });
      expect(s.actorId).toBeUndefined();
      expect(s.listRole).toBeUndefined();
    }
  });

  it('Kusunoki Shigeki (related article) is a professor at the University of Tsukuba', () => {
    expect(enrichOne('Kusunoki Shigeki')).toMatchObject({ role: 'professor', org: 'University of Tsukuba', roleSource: 'page' });
  });
});

describe('sample page: what must never happen', () => {
  it('photographers and bylines never get an identity or a role, nor lend their name to a surname', () => {
    for (const name of gold.not_speakers) {
      const s = enrichOne(name);
      expect(s.actorId, name).toBeUndefined();
      expect(s.role, name).toBeUndefined();
      expect(s.name).toBe(name);
    }
    for (const surname of ['Jiang', 'Chen', 'Schaff', 'Siu']) {
      const s = enrichOne(surname);
      expect(s.name, surname).toBe(surname); // "Siu": Joey Siu (an activist) and Tyrone Siu (a credit) are both on the page
      expect(s.actorId, surname).toBeUndefined();
    }
  });

  it('organisations, places and descriptions are not renamed and get no identity', () => {
    const names = gold.quotes
      .filter((q) => q.speaker && !isGoldPerson(q.speaker))
      .map((q) => q.speaker?.name as string);
    expect(names).toContain('Commerce Department');
    for (const name of [...new Set([...names, 'the Commerce Department', 'a person familiar with the talks', 'The White House'])]) {
      const s = enrichOne(name);
      expect(s.name, name).toBe(name);
      expect(s.actorId, name).toBeUndefined();
      expect(s.roleSource, name).toBeUndefined();
    }
  });

  it('every named speaker in the gold file resolves to exactly one canonical person', () => {
    const people = gold.quotes.filter((q) => q.speaker && isGoldPerson(q.speaker)).map((q) => q.speaker?.name as string);
    const quotes = people.map((n, i) => quoteBy(n, `q${i}`));
    const out = enrichSpeakers(quotes, samplePageBlocks(), bundledIndex(), SAMPLE_META);
    const byName = new Map<string, Set<string>>();
    for (const q of out) {
      const s = q.speaker as Speaker;
      expect(s.roleSource, s.name).toBeDefined();
      const set = byName.get(s.name) ?? new Set();
      set.add(s.actorId ?? 'page');
      byName.set(s.name, set);
    }
    for (const [name, ids] of byName) expect(ids.size, name).toBe(1);
    expect([...byName.keys()].sort()).toEqual(
      ['Christopher Padilla', 'Craig Allen', 'Jensen Huang', 'Jimmy Goodrich', 'John Rizzo', 'Ryosei Akazawa', 'Scott Bessent', 'Seiji Maehara', 'Shigeru Ishiba', 'Tetsuo Saito', 'Yoshihiko Noda', 'Yuichiro Tamaki'].sort(),
    );
  });

  it('keeps what the engine put on a speaker when nothing is known about it', () => {
    const q = quoteBy('the Commerce Department');
    q.speaker = { ...(q.speaker as Speaker), org: 'U.S. Department of Commerce' };
    const [out] = enrichSpeakers([q], samplePageBlocks(), bundledIndex(), SAMPLE_META);
    expect(out.speaker).toEqual(q.speaker);
  });

  it('does not mutate its input', () => {
    const quotes = [quoteBy('Bessent'), quoteBy('the Commerce Department'), { ...quoteBy('x'), speaker: null }];
    const before = JSON.stringify(quotes);
    const out = enrichSpeakers(quotes, samplePageBlocks(), bundledIndex(), SAMPLE_META);
    expect(JSON.stringify(quotes)).toBe(before);
    expect(out[0]).not.toBe(quotes[0]);
    expect(out[0].speaker).not.toBe(quotes[0].speaker);
    expect(out[2].speaker).toBeNull();
  });
});
