import { describe, expect, it } from 'vitest';
import { cardModel, confidenceLabel, copyText, describeSpeaker, excerpt, wikidataUrl } from '../../utils/highlight/card';
import { neutralColor, speakerColor } from '../../utils/highlight/colors';
import type { SpeakerRef } from '../../utils/highlight/plan';
import { quote, speaker } from './quotes';

const ref = (name: string, key = `name:${name.toLowerCase()}`): SpeakerRef => ({ key, name, color: speakerColor(key) });
const meta = { title: 'China hawks are losing out', site: 'Daily8', url: 'https://daily8.example/story', published: '2025-07-26' };

describe('cardModel', () => {
  it('a statement named at the cue, with role and org from the actor list and a Wikidata link', () => {
    const q = quote(3, 0, 40, {
      text: 'all part of a mosaic',
      cue: 'saying',
      confidence: 0.92,
      speaker: speaker('Scott Bessent', { actorId: 'Q7436464', role: 'Treasury secretary', org: 'U.S. Treasury', roleSource: 'actors' }),
    });
    const m = cardModel(q, ref('Scott Bessent', 'actor:Q7436464'), meta);
    expect(m.speaker).toEqual({
      name: 'Scott Bessent',
      role: 'Treasury secretary, U.S. Treasury',
      roleFrom: 'actor list',
      wikidata: 'https://www.wikidata.org/wiki/Q7436464',
      listName: 'Scott Bessent',
    });
    expect(m.how).toBe('Named here');
    expect(m.cue).toBe('saying');
    expect(m.confidence).toBe(92);
    expect(m.confidenceLabel).toBe('high');
    expect(m.color).toEqual(speakerColor('actor:Q7436464'));
    expect(m.copyText).toBe('“all part of a mosaic” — Scott Bessent, Treasury secretary, U.S. Treasury\nSource: China hawks are losing out (Daily8), 2025-07-26, https://daily8.example/story');
  });

  it.each([
    [{ source: 'pronoun', mention: 'he' }, '“he” → Scott Bessent'],
    [{ source: 'cue', mention: 'Bessent' }, 'Named here as “Bessent”'],
    [{ source: 'cue', mention: 'scott  bessent' }, 'Named here'],
    [{ source: 'continuation', mention: '' }, 'Continues the previous quote by Scott Bessent'],
    [{ source: 'context', mention: '' }, 'From context: Scott Bessent is the nearest plausible source'],
  ] as const)('how the speaker was found: %j → %s', (s, how) => {
    const q = quote(1, 0, 9, { speaker: speaker('Scott Bessent', s) });
    expect(cardModel(q, ref('Scott Bessent')).how).toBe(how);
  });

  it('roles from this page and from the reader’s list; the list role when the page gives another', () => {
    const page = cardModel(quote(1, 0, 9, { speaker: speaker('Craig Allen', { role: 'a retired diplomat', roleSource: 'page', listRole: 'US ambassador to Brunei' }) }), ref('Craig Allen'));
    expect(page.speaker).toMatchObject({ role: 'a retired diplomat', roleFrom: 'this page', listRole: 'US ambassador to Brunei' });
    const mine = cardModel(quote(1, 0, 9, { speaker: speaker('Ana Ruiz', { org: 'Harbour Trust', roleSource: 'user' }) }), ref('Ana Ruiz'));
    expect(mine.speaker).toMatchObject({ role: 'Harbour Trust', roleFrom: 'your list' });
    expect(mine.speaker?.wikidata).toBeUndefined();
  });

  it('terms and unattributed statements: neutral colour, no speaker, nothing to list', () => {
    const term = cardModel(quote(1, 0, 9, { kind: 'term', text: 'Hong Kong Parliament', speaker: speaker('Nobody') }), null, meta);
    expect(term.speaker).toBeNull();
    expect(term.color).toEqual(neutralColor());
    expect(term.how).toMatch(/term/i);
    expect(term.copyText).toBe('“Hong Kong Parliament”\nSource: China hawks are losing out (Daily8), 2025-07-26, https://daily8.example/story');
    const none = cardModel(quote(1, 0, 9, { text: 'It is over' }), null);
    expect(none.speaker).toBeNull();
    expect(none.how).toBe('No speaker found');
    expect(none.copyText).toBe('“It is over” — unattributed');
  });

  it('the list filter uses the group name the popup shows', () => {
    const q = quote(1, 0, 9, { speaker: speaker('Bessent') });
    expect(cardModel(q, ref('Scott Bessent')).speaker?.listName).toBe('Scott Bessent');
  });

  it('page text stays text: markup in a quote is a string, not parsed', () => {
    const q = quote(1, 0, 9, { text: '<img src=x onerror=alert(1)>', speaker: speaker('<b>Eve</b>') });
    const m = cardModel(q, null);
    expect(m.excerpt).toBe('<img src=x onerror=alert(1)>');
    expect(m.speaker?.name).toBe('<b>Eve</b>');
  });
});

describe('helpers', () => {
  it('wikidataUrl accepts Q-ids only', () => {
    expect(wikidataUrl('Q42')).toBe('https://www.wikidata.org/wiki/Q42');
    for (const bad of [undefined, '', 'Q', 'Q0', 'q42', 'Q42/../x', 'javascript:alert(1)', 'user:ana', 'Q1234567890123']) expect(wikidataUrl(bad)).toBeUndefined();
  });

  it('excerpt cuts long quotes at a word', () => {
    expect(excerpt('short  text\n here')).toBe('short text here');
    const long = excerpt('word '.repeat(100), 50);
    expect(long.length).toBeLessThanOrEqual(50);
    expect(long.endsWith('word…')).toBe(true);
  });

  it('confidence labels', () => {
    expect([0.9, 0.75, 0.6, 0.45, 0.2].map(confidenceLabel)).toEqual(['high', 'high', 'medium', 'medium', 'low']);
  });

  it('describeSpeaker does not repeat an org already in the role', () => {
    expect(describeSpeaker({ name: 'A', role: 'Nvidia spokesperson', org: 'Nvidia' })).toBe('A, Nvidia spokesperson');
    expect(describeSpeaker({ name: 'A', org: 'Nvidia' })).toBe('A (Nvidia)');
    expect(describeSpeaker({ name: 'A' })).toBe('A');
  });

  it('copyText without page facts is the quote and speaker alone', () => {
    expect(copyText(quote(1, 0, 9, { text: 'Hi', speaker: speaker('A') }))).toBe('“Hi” — A');
  });
});
