/** Sample import files for the options page (tests/fixtures/actors): what an import reports. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildActorIndex, enrichSpeakers, parseUserActors } from '../../utils/actors';
import { bundledActors, paragraphs, quoteBy } from './helpers';

const fixture = (name: string) => readFileSync(resolve(__dirname, '../fixtures/actors', name), 'utf8');

describe('sample import files', () => {
  it('reader-actors.csv: three good rows kept, two bad rows reported by line', () => {
    const r = parseUserActors(fixture('reader-actors.csv'));
    expect(r.actors.map((a) => [a.id, a.name])).toEqual([
      ['user:janeroe', 'Jane Roe'],
      ['user:rizzojohn', 'Rizzo, John'],
      ['curated:craig-allen', 'Craig Allen'],
    ]);
    expect(r.errors).toEqual([
      { line: 3, reason: 'name is missing' },
      { line: 6, reason: 'id is not valid (a Wikidata QID such as Q15031, or user:…)', name: 'Ann Lee' },
    ]);
  });

  it('reader-actors.json: two good people kept, two bad ones reported by line', () => {
    const r = parseUserActors(fixture('reader-actors.json'));
    expect(r.actors.map((a) => a.id)).toEqual(['user:janeroe', 'Q1335527']);
    expect(r.errors).toEqual([
      { line: 6, reason: 'name is missing' },
      { line: 13, reason: 'from must be a date like 2025, 2025-07 or 2025-07-25', name: 'Sam Poe' },
    ]);
  });

  it('imported people take part in matching, and win over the bundled list', () => {
    const user = parseUserActors(fixture('reader-actors.csv')).actors;
    const index = buildActorIndex(bundledActors(), user);
    const [jane, allen] = enrichSpeakers([quoteBy('Roe'), quoteBy('Allen')], paragraphs('Jane Roe and Craig Allen spoke in Springfield.'), index);
    expect(jane.speaker).toMatchObject({ name: 'Jane Roe', actorId: 'user:janeroe', role: 'Mayor', org: 'Springfield', roleSource: 'user' });
    expect(allen.speaker).toMatchObject({ name: 'Craig Allen', actorId: 'curated:craig-allen', role: 'Former U.S. Ambassador to Brunei', roleSource: 'user' });
  });
});
