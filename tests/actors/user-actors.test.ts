/** The reader's actors, pure parts: validation, CSV/JSON import with line numbers, export, merge, edits. */
import { describe, expect, it } from 'vitest';
import {
  addUserActor,
  exportUserActorsCsv,
  exportUserActorsJson,
  makeUserActorId,
  mergeUserActors,
  parseUserActors,
  parseUserActorsCsv,
  parseUserActorsJson,
  removeUserActor,
  toUserActorInput,
  updateUserActor,
  validateUserActor,
  USER_ACTOR_LIMITS,
} from '../../utils/actors/user-actors';
import type { Actor } from '../../utils/actors';

describe('validateUserActor', () => {
  it('turns the simple fields into an actor with one role', () => {
    const v = validateUserActor({ name: ' Jane Roe ', aliases: 'J. Roe; Janie Roe', role: 'Mayor', org: 'Springfield', country: 'United States', notes: 'met her in 2024' });
    expect(v).toEqual({
      ok: true,
      actor: {
        id: 'user:janeroe',
        name: 'Jane Roe',
        aliases: ['J. Roe', 'Janie Roe'],
        roles: [{ role: 'Mayor', org: 'Springfield', country: 'United States' }],
        source: 'user',
        notes: 'met her in 2024',
      },
    });
  });

  it.each([
    [{}, 'name is missing'],
    [{ name: '   ' }, 'name is missing'],
    [{ name: '1234' }, 'name has no letters'],
    [{ name: 'x'.repeat(121) }, 'name is too long (121 characters, at most 120)'],
    [{ name: 'Jane\u0007Roe' }, 'name has control characters or line breaks'],
    [{ name: 'Jane\nRoe' }, 'name has control characters or line breaks'],
    [{ name: 'Jane Roe', role: 'r'.repeat(201) }, 'role is too long (201 characters, at most 200)'],
    [{ name: 'Jane Roe', aliases: Array.from({ length: 21 }, (_, i) => `Alias ${i}`) }, 'too many aliases (21, at most 20)'],
    [{ name: "Jane Roe", aliases: [{}] }, "alias must be text"],
    [{ name: 'Jane Roe', id: 'javascript:alert(1)' }, 'id is not valid (a Wikidata QID such as Q15031, or user:…)'],
    [{ name: 'Jane Roe', roles: [{ role: 'Mayor', from: 'last year' }] }, 'from must be a date like 2025, 2025-07 or 2025-07-25'],
    [{ name: ['Jane'] }, 'name must be text'],
    ['Jane Roe', 'not an object with a name'],
  ])('%j → %s', (input, reason) => {
    expect(validateUserActor(input)).toEqual({ ok: false, reason });
  });

  it('keeps a Wikidata QID or a bundled id (the reader overrides that person)', () => {
    expect(validateUserActor({ name: 'Xi Jinping', id: 'Q15031' })).toMatchObject({ ok: true, actor: { id: 'Q15031' } });
    expect(validateUserActor({ name: 'Craig Allen', id: 'curated:craig-allen' })).toMatchObject({ ok: true, actor: { id: 'curated:craig-allen' } });
  });

  it('makes ids unique', () => {
    expect(makeUserActorId('Jane Roe', new Set(['user:janeroe']))).toBe('user:janeroe-2');
    expect(makeUserActorId('Jūrō Saitō')).toBe('user:jurosaito');
    expect(makeUserActorId('赤澤亮正')).toBe('user:person');
  });
});

describe('CSV import', () => {
  it('keeps good rows, reports bad ones with line number and reason', () => {
    const csv = [
      'name,aliases,role,org,country,notes',
      'Jane Roe,J. Roe,Mayor,Springfield,United States,',
      ',,Spokesperson,Nvidia,,', // line 3: no name
      '"Rizzo, John",,"spokesperson, press",Nvidia,,"said ""no""',
      'on two lines"', // lines 4–5: one record
      'x'.repeat(130) + ',,,,,', // line 6: too long
      '', // blank: skipped
      'Sam Poe,,Analyst,Acme,,,extra', // line 8: too many fields
      'Ann Lee;,,,,,', // line 9: a name with an alias-separator is still a name
    ].join('\n');
    const r = parseUserActorsCsv(csv);
    expect(r.actors.map((a) => a.name)).toEqual(['Jane Roe', 'Rizzo, John', 'Ann Lee;']);
    expect(r.actors[1]).toMatchObject({ roles: [{ role: 'spokesperson, press', org: 'Nvidia' }], notes: 'said "no"\non two lines' });
    expect(r.errors).toEqual([
      { line: 3, reason: 'name is missing' },
      { line: 6, reason: 'name is too long (130 characters, at most 120)', name: 'x'.repeat(130) },
      { line: 8, reason: '7 fields where the header has 6' },
    ]);
  });

  it('reads columns in any order and case, semicolon-separated files, CRLF and a BOM', () => {
    const r = parseUserActorsCsv('\uFEFFRole;Name;Organisation\r\nMayor;Jane Roe;Springfield\r\n');
    expect(r.errors).toEqual([]);
    expect(r.actors[0]).toMatchObject({ name: 'Jane Roe', roles: [{ role: 'Mayor', org: 'Springfield' }] });
  });

  it('rejects a file without a name column, and warns about unknown columns', () => {
    expect(parseUserActorsCsv('who,role\nJane,Mayor\n').errors).toEqual([
      { line: 1, reason: 'the header has no "name" column (expected: name, aliases, role, org, country, notes, id)' },
    ]);
    const r = parseUserActorsCsv('name,twitter\nJane Roe,@jane\n');
    expect(r.warnings).toEqual([{ line: 1, reason: 'columns ignored: twitter' }]);
    expect(r.actors).toHaveLength(1);
  });

  it('reports an unclosed quote', () => {
    const r = parseUserActorsCsv('name,role\n"Jane Roe,Mayor\n');
    expect(r.errors[0]).toMatchObject({ line: 2, reason: 'a quoted field opened on line 2 is never closed' });
  });

  it('merges two rows for the same person, with a warning', () => {
    const r = parseUserActorsCsv('name,aliases,role\nJane Roe,J. Roe,Mayor\njane roe,Janie,Governor\n');
    expect(r.actors).toHaveLength(1);
    expect(r.actors[0]).toMatchObject({ name: 'jane roe', aliases: ['J. Roe', 'Janie', 'Jane Roe'], roles: [{ role: 'Governor' }] });
    expect(r.warnings).toEqual([{ line: 3, reason: 'same person as line 2: merged', name: 'jane roe' }]);
  });

  it('an empty file is an error', () => {
    expect(parseUserActorsCsv('').errors).toEqual([{ line: 1, reason: 'the file is empty' }]);
  });
});

describe('JSON import', () => {
  it('reports bad elements with the line where each starts', () => {
    const json = `[
  { "name": "Jane Roe", "role": "Mayor" },
  { "role": "no name" },
  {
    "name": "Sam Poe",
    "aliases": ["Samuel Poe"],
    "roles": [{ "role": "Analyst", "org": "Acme", "from": "2020", "to": "2024-06" }]
  },
  "just text",
  { "name": "Ann Lee", "id": "not an id" }
]`;
    const r = parseUserActorsJson(json);
    expect(r.actors.map((a) => a.name)).toEqual(['Jane Roe', 'Sam Poe']);
    expect(r.actors[1].roles).toEqual([{ role: 'Analyst', org: 'Acme', from: '2020', to: '2024-06' }]);
    expect(r.errors).toEqual([
      { line: 3, reason: 'name is missing' },
      { line: 9, reason: 'not an object with a name' },
      { line: 10, reason: 'id is not valid (a Wikidata QID such as Q15031, or user:…)', name: 'Ann Lee' },
    ]);
  });

  it('reads the export format', () => {
    const json = '{\n  "format": "quotelens-user-actors",\n  "version": 1,\n  "actors": [\n    { "name": "Jane Roe" },\n    { "name": "" }\n  ]\n}';
    const r = parseUserActorsJson(json);
    expect(r.actors).toHaveLength(1);
    expect(r.errors).toEqual([{ line: 6, reason: 'name is missing' }]);
  });

  it('a syntax error is reported on its line', () => {
    const r = parseUserActorsJson('[\n  { "name": "Jane Roe" },\n  { "name": "Sam" oops }\n]');
    expect(r.actors).toEqual([]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0].line).toBe(3);
    expect(r.errors[0].reason).toMatch(/^not valid JSON/);
  });

  it('anything but a list is refused', () => {
    expect(parseUserActorsJson('{"name":"Jane"}').errors).toEqual([{ line: 1, reason: 'expected a list of people, or an object with "actors"' }]);
  });

  it('parseUserActors tells the formats apart', () => {
    expect(parseUserActors('[{"name":"Jane Roe"}]').actors).toHaveLength(1);
    expect(parseUserActors('name\nJane Roe\n').actors).toHaveLength(1);
  });
});

describe('export', () => {
  const people: Actor[] = [
    { id: 'user:janeroe', name: 'Jane Roe', aliases: ['J. Roe', 'Janie'], roles: [{ role: 'Mayor', org: 'Springfield, IL' }], source: 'user', notes: 'says "hi"\nnew line' },
    { id: 'Q15031', name: 'Xi Jinping', aliases: [], roles: [], source: 'user' },
    { id: 'user:formula', name: '=HYPERLINK("x")', aliases: [], roles: [{ role: 'Analyst', from: '2020' }, { role: 'Intern', to: '2019' }], source: 'user' },
  ];

  it('CSV round-trips (with a guard against spreadsheet formulas)', () => {
    const csv = exportUserActorsCsv(people);
    expect(csv.split('\r\n')[0]).toBe('name,aliases,role,org,country,notes,id');
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    const back = parseUserActorsCsv(csv);
    expect(back.errors).toEqual([]);
    expect(back.actors[0]).toEqual(people[0]);
    expect(back.actors[1]).toEqual(people[1]);
    expect(back.actors[2]).toMatchObject({ name: '=HYPERLINK("x")', roles: [{ role: 'Analyst' }] }); // CSV keeps the first role only
  });

  it('JSON round-trips exactly, dated roles included', () => {
    const back = parseUserActorsJson(exportUserActorsJson(people));
    expect(back.errors).toEqual([]);
    expect(back.actors).toEqual(people);
  });
});

describe('merge and edits', () => {
  const stored: Actor[] = [
    { id: 'user:janeroe', name: 'Jane Roe', aliases: ['J. Roe'], roles: [{ role: 'Mayor' }], source: 'user', notes: 'keep me' },
    { id: 'Q15031', name: 'Xi Jinping', aliases: [], roles: [], source: 'user', notes: 'watch' },
  ];

  it('updates the same person, adds new ones, removes nobody', () => {
    const incoming = parseUserActorsCsv('name,aliases,role\nJANE ROE,Janie,\nSam Poe,,Analyst\n').actors;
    const r = mergeUserActors(stored, incoming);
    expect(r).toMatchObject({ added: 1, updated: 1, unchanged: 0 });
    expect(r.actors.map((a) => a.id)).toEqual(['user:janeroe', 'Q15031', 'user:sampoe']);
    // fields the import leaves empty keep what was stored
    expect(r.actors[0]).toMatchObject({ name: 'JANE ROE', aliases: ['J. Roe', 'Janie', 'Jane Roe'], roles: [{ role: 'Mayor' }], notes: 'keep me' });
    expect(mergeUserActors(r.actors, incoming)).toMatchObject({ added: 0, updated: 0, unchanged: 2 });
  });

  it('a clashing generated id gets a new one', () => {
    const r = mergeUserActors(stored, [{ id: 'user:janeroe', name: 'Jane Roe', aliases: [], roles: [], source: 'user' }]);
    expect(r.updated + r.unchanged).toBe(1);
    const other = mergeUserActors(stored, [{ id: 'user:janeroe', name: 'Jane Roe', aliases: [], roles: [], source: 'user' }, ...parseUserActorsCsv('name\nJane Doe\n').actors]);
    expect(other.actors.map((a) => a.id)).toEqual(['user:janeroe', 'Q15031', 'user:janedoe']);
  });

  it('add, update, remove', () => {
    const added = addUserActor(stored, { name: 'Sam Poe', role: 'Analyst' });
    expect(added).toMatchObject({ ok: true, actor: { id: 'user:sampoe' } });
    if (!added.ok) return;
    expect(addUserActor(added.actors, { name: 'sam poe' })).toEqual({ ok: false, reason: 'someone with this name is already in your list' });
    expect(addUserActor(stored, { name: '' })).toEqual({ ok: false, reason: 'name is missing' });
    const edited = updateUserActor(added.actors, 'user:sampoe', { ...toUserActorInput(added.actor), org: 'Acme' });
    expect(edited).toMatchObject({ ok: true, actor: { id: 'user:sampoe', roles: [{ role: 'Analyst', org: 'Acme' }] } });
    expect(updateUserActor(stored, 'user:nobody', { name: 'X Y' })).toEqual({ ok: false, reason: 'not in your list' });
    expect(removeUserActor(added.actors, 'user:sampoe')).toEqual(stored);
  });

  it('a list has a size limit', () => {
    const many = Array.from({ length: USER_ACTOR_LIMITS.actors }, (_, i) => ({ id: `user:p${i}`, name: `P ${i}`, aliases: [], roles: [], source: 'user' }));
    expect(addUserActor(many, { name: 'One More' })).toEqual({ ok: false, reason: `at most ${USER_ACTOR_LIMITS.actors} people` });
  });
});
