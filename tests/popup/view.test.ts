/** The popup's view models: who said what, in which order and colour, and what the filter keeps. */
import { describe, expect, it } from 'vitest';
import { groupBySpeaker } from '@/utils/export';
import { neutralColor, speakerColor } from '@/utils/highlight/colors';
import { allWordsIn, filterWords, foldText } from '@/utils/popup/filter';
import { buildPopupView, mentionIsName, pageTitle, plural } from '@/utils/popup/view';
import { quote, samplePage, speaker } from '../export/helpers';

const analysis = samplePage().analysis;

describe('buildPopupView without a filter', () => {
  const view = buildPopupView(analysis);

  it('counts the whole page', () => {
    expect(view.counts).toEqual({ quotes: 6, statements: 5, terms: 1, speakers: 2, unattributed: 1 });
    expect(view.shown).toBe(6);
    expect(view.filtered).toBe(false);
  });

  it('lists speakers as groupBySpeaker does (most quotes first), each with its quotes in page order', () => {
    const groups = groupBySpeaker(analysis.quotes);
    expect(view.speakers.map((s) => [s.key, s.name, s.quotes.map((q) => q.id)])).toEqual(groups.speakers.map((g) => [g.key, g.name, g.quotes.map((q) => q.id)]));
    expect(view.speakers.map((s) => s.name)).toEqual(['Scott Bessent', 'Craig Allen']);
    expect(view.speakers[0].quotes.map((q) => q.id)).toEqual(['b1', 'b2', 'b3']);
    expect(view.speakers[0].quotes.map((q) => q.order)).toEqual([1, 4, 5]);
  });

  it("gives each speaker the page's colour for its key, and terms a neutral one", () => {
    for (const s of view.speakers) expect(s.color).toEqual(speakerColor(s.key, 'default'));
    expect(view.termColor).toEqual(neutralColor('default'));
    const hc = buildPopupView(analysis, { palette: 'high-contrast' });
    expect(hc.speakers[0].color).toEqual(speakerColor(hc.speakers[0].key, 'high-contrast'));
  });

  it('role and org with where they came from, and a Wikidata link for a QID', () => {
    expect(view.speakers[0]).toMatchObject({
      role: 'Treasury Secretary',
      org: 'U.S. Treasury',
      roleSource: 'actors',
      roleSourceLabel: 'QuoteLens list',
      wikidataUrl: 'https://www.wikidata.org/wiki/Q7436184',
    });
    expect(view.speakers[1].wikidataUrl).toBeNull();
    expect(view.speakers[1].role).toBeUndefined();
  });

  it('terms and unattributed statements apart', () => {
    expect(view.terms.map((q) => q.id)).toEqual(['t1']);
    expect(view.unattributed.map((q) => q.id)).toEqual(['u1']);
  });

  it('shows a mention only when it is not just the name', () => {
    const byId = Object.fromEntries(view.speakers.flatMap((s) => s.quotes).map((q) => [q.id, q]));
    expect(byId.b2.mention).toBe('he');
    expect(byId.b3.mention).toBeUndefined(); // "Bessent"
    expect(byId.b1.mention).toBeUndefined();
  });

  it.each([
    ['Bessent', 'Scott Bessent', true],
    ["Bessent's", 'Scott Bessent', true],
    ['scott  BESSENT', 'Scott Bessent', true],
    ['he', 'Christopher Padilla', false], // not a substring match: "he" is inside "Christopher"
    ['the minister', 'Ryosei Akazawa', false],
    ['Sen. Cruz', 'Ted Cruz', false],
  ])('mentionIsName(%j, %j) = %s', (mention, name, expected) => {
    expect(mentionIsName(mention, name)).toBe(expected);
  });

  it("role sources: the page's and the reader's, and the list's role beside a different page role", () => {
    const quotes = [
      quote({ id: 'p', text: 'a', blockIndex: 0, speaker: speaker('John Rizzo', { role: 'spokesperson', org: 'Nvidia', roleSource: 'page' }) }),
      quote({ id: 'u', text: 'b', blockIndex: 1, speaker: speaker('Jane Roe', { role: 'Mayor', roleSource: 'user', actorId: 'user:janeroe' }) }),
      quote({ id: 'l', text: 'c', blockIndex: 2, speaker: speaker('Craig Allen', { role: 'retired diplomat', roleSource: 'page', listRole: 'President, USCBC' }) }),
      quote({ id: 's', text: 'd', blockIndex: 3, speaker: speaker('Same Role', { role: 'Analyst', roleSource: 'actors', listRole: 'Analyst' }) }),
    ];
    const v = buildPopupView({ ...analysis, quotes });
    const by = Object.fromEntries(v.speakers.map((s) => [s.name, s]));
    expect(by['John Rizzo'].roleSourceLabel).toBe('this page');
    expect(by['Jane Roe'].roleSourceLabel).toBe('your list');
    expect(by['Jane Roe'].wikidataUrl).toBeNull(); // user: ids are not Wikidata items
    expect(by['Craig Allen'].listRole).toBe('President, USCBC');
    expect(by['Same Role'].listRole).toBeUndefined();
  });
});

describe('the filter', () => {
  const ids = (filter: string) => {
    const v = buildPopupView(analysis, { filter });
    return {
      speakers: v.speakers.map((s) => `${s.name}:${s.quotes.map((q) => q.id).join(',')}`),
      terms: v.terms.map((q) => q.id),
      unattributed: v.unattributed.map((q) => q.id),
      shown: v.shown,
    };
  };

  it.each([
    // filter, speakers shown (name:quotes), terms, unattributed
    ['', ['Scott Bessent:b1,b2,b3', 'Craig Allen:a1'], ['t1'], ['u1']],
    ['   ', ['Scott Bessent:b1,b2,b3', 'Craig Allen:a1'], ['t1'], ['u1']],
    ['bessent', ['Scott Bessent:b1,b2,b3'], [], []],
    ['BESSENT', ['Scott Bessent:b1,b2,b3'], [], []],
    ['Scott Bessent', ['Scott Bessent:b1,b2,b3'], [], []],
    ['treasury', ['Scott Bessent:b1,b2,b3'], [], []], // role
    ['bessent mosaic', ['Scott Bessent:b3'], [], []], // speaker and words: only the quotes with the words
    ['mosaic', ['Scott Bessent:b3'], [], []],
    ['"mosaic"', ['Scott Bessent:b3'], [], []],
    ['summit', ['Craig Allen:a1'], [], []],
    ['allen summit', ['Craig Allen:a1'], [], []],
    ['allen mosaic', [], [], []],
    ['hong kong', [], ['t1'], []],
    ['talks', [], [], ['u1']],
    ['nobody', [], [], []],
  ])('%j', (filter, speakers, terms, unattributed) => {
    const got = ids(filter);
    expect(got.speakers).toEqual(speakers);
    expect(got.terms).toEqual(terms);
    expect(got.unattributed).toEqual(unattributed);
    expect(got.shown).toBe(speakers.reduce((n, s) => n + s.split(':')[1].split(',').length, 0) + terms.length + unattributed.length);
  });

  it('keeps the counts of the whole page while filtering, and a speaker’s total', () => {
    const v = buildPopupView(analysis, { filter: 'mosaic' });
    expect(v.counts.quotes).toBe(6);
    expect(v.filtered).toBe(true);
    expect(v.speakers[0]).toMatchObject({ total: 3 });
    expect(v.speakers[0].quotes).toHaveLength(1);
  });

  it('ignores accents, case, width and curly quotes', () => {
    const quotes = [quote({ id: 'z', text: 'Ça va “très” bien', speaker: speaker('Zoë Ｂｒｏｗｎ') })];
    const v = (filter: string) => buildPopupView({ ...analysis, quotes }, { filter }).shown;
    expect(v('zoe')).toBe(1);
    expect(v('BROWN')).toBe(1);
    expect(v('ca va')).toBe(1);
    expect(v('"tres"')).toBe(1);
    expect(v('zoey')).toBe(0);
  });

  it.each([
    ['  Zoë  BROWN ', 'zoe brown'],
    ['Ｆｕｌｌ', 'full'],
    ['‘single’ “double”', `'single' "double"`],
  ])('foldText(%j) = %j', (input, folded) => expect(foldText(input)).toBe(folded));

  it.each([
    ['', []],
    ['  a   b ', ['a', 'b']],
    ['"quoted words"', ['quoted', 'words']],
    ["'", []],
  ])('filterWords(%j) = %j', (input, words) => expect(filterWords(input)).toEqual(words));

  it('allWordsIn needs every word somewhere', () => {
    expect(allWordsIn(['a', 'b'], ['xa', 'yb'])).toBe(true);
    expect(allWordsIn(['a', 'c'], ['xa', 'yb'])).toBe(false);
    expect(allWordsIn([], [])).toBe(true);
  });
});

describe('small helpers', () => {
  it('the title falls back to the address, then to a plain label', () => {
    expect(pageTitle({ ...analysis, meta: { title: '  T  ' } })).toBe('T');
    expect(pageTitle({ ...analysis, meta: { title: ' ', url: 'https://x.test/' } })).toBe('https://x.test/');
    expect(pageTitle({ ...analysis, meta: {} })).toBe('This page');
  });
  it('plural', () => {
    expect(plural(1, 'quote')).toBe('1 quote');
    expect(plural(0, 'quote')).toBe('0 quotes');
    expect(plural(2, 'person', 'people')).toBe('2 people');
  });
});
