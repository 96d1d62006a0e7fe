import { describe, expect, it } from 'vitest';
import { groupBySpeaker } from '../../utils/export/group';
import { neutralColor, speakerColor } from '../../utils/highlight/colors';
import { blockKeys, diffPlan, planHighlights } from '../../utils/highlight/plan';
import { colorHighlight, HIGHLIGHT } from '../../utils/highlight/style';
import { quote, speaker } from './quotes';

const blocks = [{ text: 'Intro.' }, { text: '"A," Ann Lee said. "B," she said.' }, { text: 'The "thing" is here.' }, { text: '"A," Ann Lee said. "B," she said.' }];
const quotes = [
  quote(1, 0, 4, { id: 'a', speaker: speaker('Ann Lee') }),
  quote(1, 19, 23, { id: 'b', speaker: speaker('Ann Lee', { mention: 'she', source: 'pronoun' }) }),
  quote(2, 4, 11, { id: 't', kind: 'term' }),
  quote(3, 0, 4, { id: 'a2', speaker: speaker('Ann Lee', { actorId: 'Q1' }) }),
  quote(3, 19, 23, { id: 'u' }),
];

describe('planHighlights', () => {
  it('paints statements in their speaker colour (keyed as groupBySpeaker keys them), terms and unattributed lighter', () => {
    const plan = planHighlights(quotes, blocks, { terms: true, palette: 'default' });
    const byId = Object.fromEntries(plan.entries.map((e) => [e.quote.id, e]));
    const group = groupBySpeaker(quotes).speakers[0];
    expect(group.quotes.map((q) => q.id)).toEqual(['a', 'b', 'a2']);
    const color = speakerColor(group.key, 'default');
    for (const id of ['a', 'b', 'a2']) {
      expect(byId[id].name).toBe(colorHighlight(color));
      expect(byId[id].speaker).toEqual({ key: group.key, name: 'Ann Lee', color });
    }
    expect(byId.t.name).toBe(HIGHLIGHT.term);
    expect(byId.u.name).toBe(HIGHLIGHT.unattributed);
    expect(byId.u.speaker).toBeNull();
    expect(plan.colors).toEqual([color]);
    expect(plan.entries.map((e) => e.quote.id)).toEqual(['a', 'b', 't', 'a2', 'u']);
    expect([plan.unattributed, plan.term]).toEqual([true, true]);
  });

  it('says which neutral names it paints with (the stylesheet has rules for those only)', () => {
    const attributed = quotes.filter((q) => q.id !== 'u');
    expect(planHighlights(attributed, blocks, { terms: true, palette: 'default' })).toMatchObject({ unattributed: false, term: true });
    expect(planHighlights(attributed, blocks, { terms: false, palette: 'default' })).toMatchObject({ unattributed: false, term: false });
  });

  it('takes the groups the background worked out, and paints the same as when it groups itself', () => {
    const groups = groupBySpeaker(quotes).speakers.map((g) => ({ key: g.key, name: g.name, quoteIds: g.quotes.map((q) => q.id) }));
    const given = planHighlights(quotes, blocks, { terms: true, palette: 'default', groups });
    expect(given).toEqual(planHighlights(quotes, blocks, { terms: true, palette: 'default' }));
    // and it does follow what it is given
    const other = planHighlights(quotes, blocks, { terms: true, palette: 'default', groups: [{ key: 'name:someone', name: 'Someone', quoteIds: ['a'] }] });
    expect(other.entries.find((e) => e.quote.id === 'a')!.speaker?.name).toBe('Someone');
    expect(other.entries.find((e) => e.quote.id === 'b')!.speaker).toBeNull();
    // colours it is given are used as they are
    const colors = { default: { hue: 1, solid: '#010203', fill: 'rgba(1, 2, 3, 0.3)' }, 'high-contrast': { hue: 2, solid: '#020304', fill: 'rgba(2, 3, 4, 0.3)' } };
    const coloured = planHighlights(quotes, blocks, { terms: true, palette: 'high-contrast', groups: [{ key: 'name:someone', name: 'Someone', quoteIds: ['a'], colors }] });
    expect(coloured.entries.find((e) => e.quote.id === 'a')!.speaker?.color).toEqual(colors['high-contrast']);
  });

  it('leaves terms out when they are not painted', () => {
    const plan = planHighlights(quotes, blocks, { terms: false, palette: 'default' });
    expect(plan.entries.map((e) => e.quote.id)).toEqual(['a', 'b', 'a2', 'u']);
  });

  it('uses the palette the reader chose', () => {
    const plan = planHighlights(quotes, blocks, { terms: true, palette: 'high-contrast' });
    expect(plan.colors[0]).toEqual(speakerColor(groupBySpeaker(quotes).speakers[0].key, 'high-contrast'));
    expect(neutralColor('high-contrast').fill).not.toBe(neutralColor('default').fill);
  });

  it('skips quotes that point outside the blocks or are empty', () => {
    const plan = planHighlights([quote(9, 0, 4), quote(1, 5, 5)], blocks, { terms: true, palette: 'default' });
    expect(plan.entries).toEqual([]);
  });

  it('gives keys that tell identical paragraphs apart and survive paragraphs added before them', () => {
    const ids = new Map<string, number>();
    const before = planHighlights(quotes, blocks, { terms: true, palette: 'default', textIds: ids });
    const keys = before.entries.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length); // blocks 1 and 3 have the same text
    // A paragraph inserted at the top: every quote moves one block down, keys stay.
    const shifted = quotes.map((q) => ({ ...q, blockIndex: q.blockIndex + 1 }));
    const after = planHighlights(shifted, [{ text: 'Breaking.' }, ...blocks], { terms: true, palette: 'default', textIds: ids });
    expect(after.entries.map((e) => e.key)).toEqual(keys);
  });
});

describe('blockKeys', () => {
  it('numbers repeated texts and keeps ids across calls with the same map', () => {
    const ids = new Map<string, number>();
    expect(blockKeys([{ text: 'x' }, { text: 'y' }, { text: 'x' }], ids)).toEqual(['0#0', '1#0', '0#1']);
    expect(blockKeys([{ text: 'y' }, { text: 'z' }], ids)).toEqual(['1#0', '2#0']);
  });
});

describe('diffPlan', () => {
  const plan = planHighlights(quotes, blocks, { terms: true, palette: 'default' });

  it('adds everything to an empty page', () => {
    const d = diffPlan(new Map(), plan.entries);
    expect(d.added).toHaveLength(plan.entries.length);
    expect(d.kept).toEqual([]);
    expect(d.removed).toEqual([]);
  });

  it('keeps what is painted, removes what is gone, adds what is new; never twice', () => {
    const [a, b, ...rest] = plan.entries;
    const painted = new Map<string, string>([
      [a.key, 'range-a'],
      ['stale', 'range-x'],
    ]);
    const d = diffPlan(painted, [a, b, b, ...rest]);
    expect(d.kept).toEqual([{ entry: a, painted: 'range-a' }]);
    expect(d.added).toEqual([b, ...rest]);
    expect(d.removed).toEqual(['stale']);
  });
});
