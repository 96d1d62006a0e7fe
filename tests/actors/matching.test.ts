/** Matching rules: full names, bare surnames (a wrong match is worse than none), dates, the reader's list. */
import { describe, expect, it } from 'vitest';
import { buildActorIndex, describeSpeaker, enrichSpeakers, type Actor } from '../../utils/actors';
import { bundledActors, bundledIndex, paragraphs, quoteBy } from './helpers';

const facts = (name: string, texts: string[], published?: string) =>
  describeSpeaker(name, paragraphs(...texts), bundledIndex(), published ? { published } : undefined);

describe('bare surnames', () => {
  it('"Johnson said" with nothing else on the page matches nobody', () => {
    expect(facts('Johnson', ['"We will pass it," Johnson said.'])).toBeUndefined();
  });

  it('"Johnson said" on a U.S. page still matches nobody: many Johnsons fit', () => {
    expect(facts('Johnson', ['The United States House voted on Tuesday.', '"We will pass it," Johnson said.'], '2025-07-25')).toBeUndefined();
  });

  it('after "House Speaker Mike Johnson" it matches him', () => {
    const f = facts('Johnson', ['House Speaker Mike Johnson met reporters on Tuesday.', '"We will pass it," Johnson said.'], '2025-07-25');
    expect(f).toMatchObject({ name: 'Mike Johnson', actorId: 'Q19880665', role: 'Speaker of the House', roleSource: 'actors' });
  });

  it('when the page names two people with the surname in full, a bare surname matches neither', () => {
    const f = facts('Johnson', ['House Speaker Mike Johnson and Sen. Ron Johnson met.', '"We will pass it," Johnson said.']);
    expect(f).toBeUndefined();
  });

  it('a person the page names in full but the list lacks blocks a listed namesake', () => {
    // "Bessent" alone would fit a U.S. page; here the page names another Bessent
    const f = facts('Bessent', ['Treasury officials met in Washington.', 'Jane Bessent, a teacher in Ohio, spoke.', '"It matters," Bessent said.']);
    expect(f).toMatchObject({ name: 'Jane Bessent', role: 'teacher', roleSource: 'page' });
    expect(f?.actorId).toBeUndefined();
  });

  it('with no full name, exactly one listed person with the surname must fit the page', () => {
    // Ishiba: Japan on the page → the only Ishiba fits
    expect(facts('Ishiba', ['"We achieved an agreement," Ishiba said in Tokyo on Friday.'], '2025-07-25')).toMatchObject({
      name: 'Shigeru Ishiba',
      actorId: 'Q1335527',
      role: 'Prime Minister of Japan',
    });
    // nothing about Japan, its government or the post: no match
    expect(facts('Ishiba', ['"We achieved an agreement," Ishiba said.'], '2025-07-25')).toBeUndefined();
  });

  it('a surname fit needs someone in post on the page’s date (Jiang on a 2025 China page is not Jiang Zemin)', () => {
    expect(facts('Jiang', ['Officials in Beijing said China would respond.', '"No comment," Jiang said.'], '2025-07-25')).toBeUndefined();
    expect(facts('Jiang', ['Officials in Beijing said China would respond.', '"No comment," Jiang said.'], '1995-05-01')).toMatchObject({ name: 'Jiang Zemin' });
  });

  it('titles before a surname are not part of it', () => {
    expect(facts('Mr. Bessent', ['Scott Bessent, the Treasury secretary, spoke.'])).toMatchObject({ name: 'Scott Bessent' });
    expect(facts('Speaker Johnson', ['House Speaker Mike Johnson met reporters.'])).toMatchObject({ actorId: 'Q19880665' });
  });

  it('hyphenated and particle surnames', () => {
    expect(facts('Ocasio-Cortez', ['Rep. Alexandria Ocasio-Cortez spoke.'])).toMatchObject({ name: 'Alexandria Ocasio-Cortez', actorId: 'Q55223040' });
    expect(facts('von der Leyen', ['European Commission President Ursula von der Leyen spoke.'])).toMatchObject({ name: 'Ursula von der Leyen' });
  });

  it('typos are not guessed: "Akazwa" is not Akazawa', () => {
    const f = facts('Akazwa', ["Japan's top tariff negotiator, Ryosei Akazwa, enters the office."]);
    expect(f?.actorId).toBeUndefined();
    expect(f).toMatchObject({ name: 'Ryosei Akazwa', role: 'top tariff negotiator', country: 'Japan', roleSource: 'page' });
  });
});

describe('full names', () => {
  it('several listed people with one name: the one the page is about, else nobody', () => {
    expect(facts('Mike Rogers', ['Mike Rogers spoke.'])?.actorId).toBeUndefined();
  });

  it('diacritics, titles, middle initials and spacing meet', () => {
    expect(facts('Andres Manuel Lopez Obrador', ['Andrés Manuel López Obrador spoke.'])?.name).toBe('Andrés Manuel López Obrador');
    expect(facts('Sen. Chuck Schumer', ['Sen. Chuck Schumer spoke.'])).toMatchObject({ name: 'Chuck Schumer', actorId: 'Q380900' });
    expect(facts('John R. Moolenaar', ['Rep. John R. Moolenaar spoke.'])?.actorId).toBe('Q16194212');
    expect(facts('Lee Jae-myung', ['President Lee Jae-myung spoke.'], '2025-07-25')).toMatchObject({ name: 'Lee Jae Myung', role: 'President of South Korea' });
  });

  it('organisations and descriptions are never looked up', () => {
    for (const name of ['the Commerce Department', 'China', 'Beijing', 'a person familiar with the talks', 'Chinese Ministry of Commerce official', 'Nvidia', 'The White House']) {
      expect(facts(name, ['Nvidia and China and the Commerce Department.']), name).toBeUndefined();
    }
  });
});

describe('roles on the page’s date', () => {
  const page = ['Prime Minister Shigeru Ishiba said Japan would act.'];
  it('on a July 2025 article Shigeru Ishiba is Prime Minister of Japan', () => {
    expect(facts('Shigeru Ishiba', page, '2025-07-25')).toMatchObject({ role: 'Prime Minister of Japan', roleSource: 'actors', country: 'Japan' });
  });
  it('after he left office the list calls him former; the page’s title is still shown when it says otherwise', () => {
    expect(facts('Shigeru Ishiba', ['Shigeru Ishiba spoke in Tokyo.'], '2025-11-20')).toMatchObject({ role: 'Former Prime Minister of Japan', roleSource: 'actors' });
  });
  it('before he took office he held other posts', () => {
    expect(facts('Shigeru Ishiba', ['Shigeru Ishiba spoke in Tokyo.'], '2008-01-10')).toMatchObject({ role: 'Minister of Defence', roleSource: 'actors' });
  });
  it('Ryosei Akazawa: tariff negotiator in July 2025, trade minister from October 2025', () => {
    expect(facts('Ryosei Akazawa', ['Ryosei Akazawa spoke in Tokyo.'], '2025-11-20')).toMatchObject({ role: 'Minister of Economy, Trade and Industry', roleSource: 'actors' });
    expect(facts('Ryosei Akazawa', ["Japan's top negotiator, Ryosei Akazawa, spoke."], '2025-07-25')).toMatchObject({ role: "Japan's chief negotiator on U.S. tariffs", roleSource: 'actors' });
  });
  it('a page title that differs from the list is shown, the list’s beside it', () => {
    expect(facts('Shigeru Ishiba', ['Shigeru Ishiba, a former defence minister, spoke.'], '2025-07-25')).toMatchObject({
      role: 'former defence minister',
      roleSource: 'page',
      listRole: 'Prime Minister of Japan',
    });
  });
});

describe('the reader’s list wins over the bundled one', () => {
  const user = (a: Partial<Actor> & { name: string }): Actor => ({ id: `user:${a.name.toLowerCase().replace(/\W+/g, '-')}`, aliases: [], roles: [], source: 'user', ...a });

  it('a person only the reader lists is matched, with the reader’s role', () => {
    const ix = buildActorIndex(bundledActors(), [user({ name: 'Jane Roe', roles: [{ role: 'Mayor', org: 'Springfield' }] })]);
    const [q] = enrichSpeakers([quoteBy('Roe')], paragraphs('Jane Roe spoke at the town hall.'), ix);
    expect(q.speaker).toMatchObject({ name: 'Jane Roe', actorId: 'user:jane-roe', role: 'Mayor', org: 'Springfield', roleSource: 'user' });
  });

  it('the reader’s namesake is preferred to bundled people of the same name', () => {
    const ix = buildActorIndex(bundledActors(), [user({ name: 'Mike Rogers', roles: [{ role: 'Coach', org: 'Local FC' }] })]);
    const [q] = enrichSpeakers([quoteBy('Mike Rogers')], paragraphs('Mike Rogers spoke.'), ix);
    expect(q.speaker).toMatchObject({ actorId: 'user:mike-rogers', role: 'Coach', roleSource: 'user' });
  });

  it('an override of a bundled person (same id) puts the reader’s role and name first, keeps the id', () => {
    const ix = buildActorIndex(bundledActors(), [
      { id: 'curated:craig-allen', name: 'Craig Allen', aliases: ['C. Allen'], roles: [{ role: 'Former U.S. Ambassador to Brunei' }], source: 'user', notes: 'mine' },
    ]);
    const [plain] = enrichSpeakers([quoteBy('Craig Allen')], paragraphs('Craig Allen spoke.'), ix);
    expect(plain.speaker).toMatchObject({ actorId: 'curated:craig-allen', role: 'Former U.S. Ambassador to Brunei', roleSource: 'user' });
    const [page] = enrichSpeakers([quoteBy('Craig Allen')], paragraphs('Craig Allen, a retired diplomat, spoke.'), ix);
    expect(page.speaker).toMatchObject({ role: 'retired diplomat', roleSource: 'page', listRole: 'Former U.S. Ambassador to Brunei' });
  });

  it('a reader’s person with no role takes the page’s, then the bundled one', () => {
    const ix = buildActorIndex(bundledActors(), [{ id: 'Q1335527', name: 'Shigeru Ishiba', aliases: [], roles: [], source: 'user', notes: 'watch' }]);
    const [q] = enrichSpeakers([quoteBy('Shigeru Ishiba')], paragraphs('Shigeru Ishiba spoke.'), ix, { published: '2025-07-25' });
    expect(q.speaker).toMatchObject({ actorId: 'Q1335527', role: 'Prime Minister of Japan', roleSource: 'actors' });
  });
});
