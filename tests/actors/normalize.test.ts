/** Name normalisation, table-driven: what meets and what must not. */
import { describe, expect, it } from 'vitest';
import { findActors, fold, fullNameKeys, nameWords, stripTitles } from '../../utils/actors';
import { surnameKeys } from '../../utils/actors/normalize';
import { bundledIndex } from './helpers';

const same = (a: string, b: string, strip = true) => {
  const ka = new Set(fullNameKeys(a, { stripTitles: strip }));
  return fullNameKeys(b, { stripTitles: strip }).some((k) => ka.has(k));
};

describe('fold', () => {
  it.each([
    ['Jūrō Saitō', 'juro saito'],
    ['Andrés Manuel López Obrador', 'andres manuel lopez obrador'],
    ['Lars Løkke Rasmussen', 'lars lokke rasmussen'],
    ['Ursula VON DER LEYEN', 'ursula von der leyen'],
    ['Recep Tayyip Erdoğan', 'recep tayyip erdogan'],
    ['Paweł Łukasz', 'pawel lukasz'],
  ])('%s → %s', (input, out) => expect(fold(input)).toBe(out));
});

describe('nameWords', () => {
  it.each([
    ['Scott Bessent', ['scott', 'bessent']],
    ["Beto O'Rourke", ['beto', 'orourke']],
    ['Beto O’Rourke', ['beto', 'orourke']],
    ["Trump's", ['trump']],
    ['J.D. Vance', ['j', 'd', 'vance']],
    ['Alexandria Ocasio-Cortez', ['alexandria', 'ocasio', 'cortez']],
    ['Philip "Brave" Davis', ['philip', 'davis']],
    ['Lee Jae-myung', ['lee', 'jae', 'myung']],
    ['赤澤亮正', ['赤澤亮正']],
  ])('%s → %j', (input, out) => expect(nameWords(input)).toEqual(out));
});

describe('stripTitles', () => {
  it.each([
    ['Mr. Bessent', 'bessent'],
    ['Sen. Chuck Schumer', 'chuck schumer'],
    ['President Donald Trump', 'donald trump'],
    ['U.S. President Donald Trump', 'donald trump'],
    ['Commerce Secretary Howard Lutnick', 'howard lutnick'],
    ['Treasury Secretary Scott Bessent', 'scott bessent'],
    ['House Speaker Mike Johnson', 'mike johnson'],
    ['Prime Minister Shigeru Ishiba', 'shigeru ishiba'],
    ['Dr. Anthony Fauci', 'anthony fauci'],
    ['Rep. Alexandria Ocasio-Cortez', 'alexandria ocasio cortez'],
    // a title word that is the name itself stays
    ['King', 'king'],
    // initials are not titles
    ['S. M. Krishna', 's m krishna'],
    ['Harry S. Truman', 'harry s truman'],
  ])('%s → %s', (input, out) => expect(stripTitles(nameWords(input)).join(' ')).toBe(out));
});

describe('full names meet their variants', () => {
  it.each([
    ['John Moolenaar', 'John R. Moolenaar'],
    ['JOHN MOOLENAAR', 'john moolenaar'],
    ['Andres Manuel Lopez Obrador', 'Andrés Manuel López Obrador'],
    ['Lee Jae-myung', 'Lee Jae Myung'],
    ['Lee Jaemyung', 'Lee Jae-myung'],
    ['JD Vance', 'J.D. Vance'],
    ['Albert Bryan', 'Albert Bryan Jr.'],
    ['Sen. Chuck Schumer', 'Chuck Schumer'],
    ['Mr. Scott Bessent', 'Scott Bessent'],
    ['Beto ORourke', "Beto O'Rourke"],
  ])('%s = %s', (a, b) => expect(same(a, b)).toBe(true));

  it.each([
    // spelling variants are not guessed
    ['Ryosei Akazwa', 'Ryosei Akazawa'],
    ['Jensen Hwang', 'Jensen Huang'],
    // a different given name is a different person
    ['Boris Johnson', 'Mike Johnson'],
    // a dropped middle name is not a dropped initial
    ['George Bush', 'George Walker Bush'],
  ])('%s ≠ %s', (a, b) => expect(same(a, b)).toBe(false));
});

describe('surname keys', () => {
  it.each([
    ['Scott Bessent', false, ['bessent']],
    ['Alexandria Ocasio-Cortez', false, ['ocasiocortez']],
    ['Ursula von der Leyen', false, ['leyen', 'vonderleyen']],
    ['Xi Jinping', true, ['jinping', 'xi']],
    ['Albert Bryan Jr.', false, ['bryan']],
  ] as const)('%s → %j', (name, familyFirst, keys) => expect(surnameKeys(name, familyFirst)).toEqual(keys));
});

describe('lookup in the bundled list', () => {
  const ids = (name: string) => findActors(bundledIndex(), name).map((a) => a.id);
  it.each([
    ['Xi Jinping', ['Q15031']],
    ['President Xi Jinping', ['Q15031']],
    ['Jinping Xi', ['Q15031']], // family-name-first order written either way
    ['Ishiba Shigeru', ['Q1335527']],
    ['Shigeru Ishiba', ['Q1335527']],
    ['SHIGERU ISHIBA', ['Q1335527']],
    ['Noda Yoshihiko', ['Q57647']],
    ['Chris Padilla', ['curated:christopher-padilla']],
    ['Christopher A. Padilla', ['curated:christopher-padilla']],
    ['Jen-Hsun Huang', ['curated:jensen-huang']],
    ['John R. Moolenaar', ['Q16194212']],
    ['Rep. John Moolenaar', ['Q16194212']],
    ['Commerce Secretary Howard Lutnick', ['gov-salaries:us:howard-lutnick']],
    ['Ryosei Akazwa', []],
    ['Bessent', []], // a bare surname is never a full-name match
  ])('%s → %j', (name, expected) => expect(ids(name)).toEqual(expected));

  it('finds every person sharing a name (disambiguation happens with the page)', () => {
    expect(ids('Mike Rogers').length).toBe(2);
  });
});
