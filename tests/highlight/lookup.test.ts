import { describe, expect, it } from 'vitest';
import { firstIndex, QuoteIndex } from '../../utils/highlight/lookup';
import { quote } from './quotes';

describe('QuoteIndex', () => {
  const outer = quote(2, 10, 80, { id: 'outer' });
  const inner = quote(2, 30, 45, { id: 'inner', kind: 'term' });
  const later = quote(2, 90, 120, { id: 'later' });
  const first = quote(0, 0, 20, { id: 'first' });
  const index = new QuoteIndex([later, inner, outer, first]);

  it('keeps page order: block, start, enclosing before enclosed', () => {
    expect(index.order.map((q) => q.id)).toEqual(['first', 'outer', 'inner', 'later']);
  });

  it.each([
    [2, 10, 'outer'], // the opening mark
    [2, 29, 'outer'],
    [2, 30, 'inner'], // the term inside the statement wins
    [2, 44, 'inner'],
    [2, 45, 'outer'], // end is exclusive
    [2, 79, 'outer'],
    [2, 80, null],
    [2, 85, null],
    [2, 119, 'later'],
    [0, 0, 'first'],
    [1, 5, null], // a block without quotes
  ])('block %i offset %i → %s', (block, offset, id) => {
    expect(index.at(block, offset)?.id ?? null).toBe(id);
  });

  it('steps forward and back, wrapping at the ends', () => {
    expect(index.step('first', 1)?.id).toBe('outer');
    expect(index.step('later', 1)?.id).toBe('first');
    expect(index.step('first', -1)?.id).toBe('later');
    expect(index.step(null, 1)?.id).toBe('first');
    expect(index.step(null, -1)?.id).toBe('later');
    expect(index.step('gone', 1)?.id).toBe('first');
    expect(new QuoteIndex([]).step(null, 1)).toBeNull();
  });

  it('finds by id', () => {
    expect(index.get('inner')).toBe(inner);
    expect(index.get('nope')).toBeUndefined();
    expect(index.size).toBe(4);
  });
});

describe('firstIndex', () => {
  it('finds the first index where a monotone predicate holds, with log n probes', () => {
    const probes: number[] = [];
    const at = firstIndex(1000, (i) => (probes.push(i), i >= 613));
    expect(at).toBe(613);
    expect(probes.length).toBeLessThanOrEqual(11);
    expect(firstIndex(5, () => false)).toBe(5);
    expect(firstIndex(5, () => true)).toBe(0);
    expect(firstIndex(0, () => true)).toBe(0);
  });
});
