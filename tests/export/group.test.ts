import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparePageOrder, groupBySpeaker } from '@/utils/export/group';
import type { Quote } from '@/utils/quote';
import { arbInput, quote, samplePage, speaker } from './helpers';

const names = (quotes: Quote[]) => quotes.map((q) => q.id);

describe('groupBySpeaker', () => {
  it('groups the sample page: most quotes first, quotes in page order, terms and unnamed apart', () => {
    const { speakers, terms, unattributed } = groupBySpeaker(samplePage().analysis.quotes);
    expect(speakers.map((g) => [g.name, names(g.quotes)])).toEqual([
      ['Scott Bessent', ['b1', 'b2', 'b3']],
      ['Craig Allen', ['a1']],
    ]);
    expect(names(terms)).toEqual(['t1']);
    expect(names(unattributed)).toEqual(['u1']);
    expect(speakers[0].key).toBe('actor:Q7436184');
    expect(speakers[1].key).toBe('name:craig allen');
  });

  it.each([
    {
      case: 'ties keep first appearance, not alphabetical order',
      quotes: [
        quote({ id: 'z', text: 'a', blockIndex: 1, speaker: speaker('Zed') }),
        quote({ id: 'a', text: 'b', blockIndex: 2, speaker: speaker('Amy') }),
      ],
      expected: [['Zed', ['z']], ['Amy', ['a']]],
    },
    {
      case: 'more quotes beat earlier appearance',
      quotes: [
        quote({ id: 'z', text: 'a', blockIndex: 0, speaker: speaker('Zed') }),
        quote({ id: 'a1', text: 'b', blockIndex: 1, speaker: speaker('Amy') }),
        quote({ id: 'a2', text: 'c', blockIndex: 2, speaker: speaker('Amy') }),
      ],
      expected: [['Amy', ['a1', 'a2']], ['Zed', ['z']]],
    },
    {
      case: 'names equal up to case, width and spacing are one speaker',
      quotes: [
        quote({ id: '1', text: 'a', blockIndex: 0, speaker: speaker('Scott  Bessent') }),
        quote({ id: '2', text: 'b', blockIndex: 1, speaker: speaker('scott bessent') }),
        quote({ id: '3', text: 'c', blockIndex: 2, speaker: speaker('Ｓcott Bessent') }),
      ],
      expected: [['Scott  Bessent', ['1', '2', '3']]],
    },
    {
      case: 'a name without actorId joins the actor with that name, whichever comes first',
      quotes: [
        quote({ id: '1', text: 'a', blockIndex: 0, speaker: speaker('Bessent') }),
        quote({ id: '2', text: 'b', blockIndex: 1, speaker: speaker('Bessent', { actorId: 'Q1' }) }),
        quote({ id: '3', text: 'c', blockIndex: 2, speaker: speaker('Bessent') }),
      ],
      expected: [['Bessent', ['1', '2', '3']]],
    },
    {
      case: 'two actors sharing a name stay apart',
      quotes: [
        quote({ id: '1', text: 'a', blockIndex: 0, speaker: speaker('John Smith', { actorId: 'Q1' }) }),
        quote({ id: '2', text: 'b', blockIndex: 1, speaker: speaker('John Smith', { actorId: 'Q2' }) }),
      ],
      expected: [['John Smith', ['1']], ['John Smith', ['2']]],
    },
    {
      case: 'one actor under different names is one speaker named by the most frequent name',
      quotes: [
        quote({ id: '1', text: 'a', blockIndex: 0, speaker: speaker('Bessent', { actorId: 'Q1' }) }),
        quote({ id: '2', text: 'b', blockIndex: 1, speaker: speaker('Scott Bessent', { actorId: 'Q1' }) }),
        quote({ id: '3', text: 'c', blockIndex: 2, speaker: speaker('Scott Bessent', { actorId: 'Q1' }) }),
      ],
      expected: [['Scott Bessent', ['1', '2', '3']]],
    },
    {
      case: 'a tie between names keeps the earliest name',
      quotes: [
        quote({ id: '1', text: 'a', blockIndex: 0, speaker: speaker('Bessent', { actorId: 'Q1' }) }),
        quote({ id: '2', text: 'b', blockIndex: 1, speaker: speaker('Scott Bessent', { actorId: 'Q1' }) }),
        quote({ id: '3', text: 'c', blockIndex: 2, speaker: speaker('Scott Bessent', { actorId: 'Q1' }) }),
        quote({ id: '4', text: 'd', blockIndex: 3, speaker: speaker('Bessent', { actorId: 'Q1' }) }),
      ],
      expected: [['Bessent', ['1', '2', '3', '4']]],
    },
    {
      case: 'page order is block, then start, whatever the input order',
      quotes: [
        quote({ id: 'late', text: 'a', blockIndex: 2, start: 0, speaker: speaker('A') }),
        quote({ id: 'mid', text: 'b', blockIndex: 1, start: 50, speaker: speaker('A') }),
        quote({ id: 'early', text: 'c', blockIndex: 1, start: 3, speaker: speaker('A') }),
      ],
      expected: [['A', ['early', 'mid', 'late']]],
    },
    {
      case: 'a blank speaker name is no speaker',
      quotes: [quote({ id: '1', text: 'a', speaker: speaker('  ') })],
      expected: [],
    },
  ])('$case', ({ quotes, expected }) => {
    expect(groupBySpeaker(quotes).speakers.map((g) => [g.name, names(g.quotes)])).toEqual(expected);
  });

  it('a term is a term even with a speaker', () => {
    const q = quote({ id: 't', text: 'x', kind: 'term', speaker: speaker('A') });
    expect(groupBySpeaker([q])).toEqual({ speakers: [], terms: [q], unattributed: [] });
  });

  it('merges role, org and country from the first quote that has each', () => {
    const { speakers } = groupBySpeaker([
      quote({ text: 'a', blockIndex: 0, speaker: speaker('Ann Lee', { source: 'pronoun', mention: 'she' }) }),
      quote({ text: 'b', blockIndex: 1, speaker: speaker('Ann Lee', { role: 'CEO', roleSource: 'page', listRole: 'Chair', org: 'Acme' }) }),
      quote({ text: 'c', blockIndex: 2, speaker: speaker('Ann Lee', { role: 'Chair', org: 'Other', country: 'NZ' }) }),
    ]);
    expect(speakers[0].speaker).toEqual({ name: 'Ann Lee', mention: 'she', source: 'pronoun', role: 'CEO', roleSource: 'page', listRole: 'Chair', org: 'Acme', country: 'NZ' });
  });

  it('does not modify its input', () => {
    const quotes = samplePage().analysis.quotes;
    const before = structuredClone(quotes);
    groupBySpeaker(quotes);
    expect(quotes).toEqual(before);
  });

  it('property: every quote lands in exactly one place; groups sorted; quotes in page order', () => {
    fc.assert(
      fc.property(arbInput, ({ analysis: { quotes } }) => {
        const { speakers, terms, unattributed } = groupBySpeaker(quotes);
        const placed = [...speakers.flatMap((g) => g.quotes), ...terms, ...unattributed];
        expect(placed.length).toBe(quotes.length);
        expect(new Set(placed)).toEqual(new Set(quotes));
        expect(terms.every((q) => q.kind === 'term')).toBe(true);
        expect(unattributed.every((q) => q.kind === 'statement' && !q.speaker?.name.trim())).toBe(true);
        for (const list of [terms, unattributed, ...speakers.map((g) => g.quotes)]) {
          for (let i = 1; i < list.length; i++) expect(comparePageOrder(list[i - 1], list[i])).toBeLessThanOrEqual(0);
        }
        for (let i = 1; i < speakers.length; i++) expect(speakers[i - 1].quotes.length).toBeGreaterThanOrEqual(speakers[i].quotes.length);
        expect(new Set(speakers.map((g) => g.key)).size).toBe(speakers.length);
      }),
    );
  }, 60_000);
});
