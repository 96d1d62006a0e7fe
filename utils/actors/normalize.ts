/**
 * Name normalisation: case, diacritics, honorifics and titles, middle initials, suffixes and
 * spacing/hyphenation variants ("Jae-myung" = "Jae myung" = "Jaemyung"). Spelling variants that are
 * not spacing ("Akazwa" for "Akazawa") are deliberately not guessed: a wrong match is worse than none.
 */
import { FAMILY_FIRST_COUNTRIES, NAME_SUFFIXES, PARTICLES, TITLE_WORDS } from './lexicon';

const SPECIAL: Record<string, string> = {
  ø: 'o', Ø: 'o', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ß: 'ss', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd',
  ð: 'd', Ð: 'd', þ: 'th', Þ: 'th', ı: 'i',
};

const NON_ASCII = /[^\x00-\x7f]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Lower case, no diacritics ("Jūrō Saitō" → "juro saito"). */
export function fold(s: string): string {
  if (!NON_ASCII.test(s)) return s.toLowerCase();
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[øØæÆœŒßłŁđĐðÐþÞı]/g, (ch) => SPECIAL[ch] ?? ch)
    .toLowerCase();
}

function isWordChar(f: string, i: number): boolean {
  const c = f.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  return LETTER_OR_DIGIT.test(f[i]);
}
const isApostrophe = (ch: string) => ch === "'" || ch === '’' || ch === '‘' || ch === '`' || ch === 'ʻ';
const isQuote = (ch: string) => ch === '"' || ch === '“' || ch === '”';

/**
 * One pass over a folded name: nicknames in quotes and parentheses dropped, apostrophes dropped
 * ("O'Rourke" → "orourke"), a final possessive dropped ("Trump's" → "trump"). Words split on
 * everything else, or (keepHyphens) on everything but hyphens.
 */
function scan(name: string, keepHyphens: boolean): string[] {
  const f = fold(name);
  const out: string[] = [];
  let cur = '';
  let paren = 0;
  let quoted = false;
  for (let i = 0; i < f.length; i++) {
    const ch = f[i];
    if (ch === '(') paren++;
    else if (ch === ')') paren = Math.max(0, paren - 1);
    else if (isQuote(ch)) quoted = !quoted;
    else if (paren || quoted) continue;
    else if (isWordChar(f, i)) {
      cur += ch;
      continue;
    } else if (isApostrophe(ch)) {
      // possessive: 's at the end of a word
      if (f[i + 1] === 's' && (i + 2 >= f.length || !isWordChar(f, i + 2))) i++;
      continue;
    } else if (keepHyphens && ch === '-' && cur) {
      cur += ch;
      continue;
    }
    if (cur) {
      out.push(cur);
      cur = '';
    }
  }
  if (cur) out.push(cur);
  if (quoted && !out.length) return scan(name.replace(/["“”]/g, ' '), keepHyphens);
  return out;
}

/**
 * The words of a name, folded, in order. Apostrophes vanish ("O'Rourke" → "orourke"), a final
 * possessive goes ("Trump's" → "trump"), nicknames in quotes and parentheses go, dots and hyphens
 * split ("J.D." → "j d", "Ocasio-Cortez" → "ocasio cortez").
 */
export function nameWords(s: string): string[] {
  return scan(s, false);
}

/** Words before the name that are honorifics or titles ("Mr.", "Sen.", "Commerce Secretary"). */
export function stripTitles(words: string[]): string[] {
  let i = 0;
  for (;;) {
    if (i < words.length - 2 && words[i] === 'u' && (words[i + 1] === 's' || words[i + 1] === 'k')) i += 2;
    else if (i < words.length - 1 && TITLE_WORDS.has(words[i])) i++;
    else break;
  }
  return i ? words.slice(i) : words;
}

function dropSuffixes(words: string[]): string[] {
  let n = words.length;
  while (n > 2 && NAME_SUFFIXES.has(words[n - 1])) n--;
  return n === words.length ? words : words.slice(0, n);
}

function dropMiddleInitials(words: string[]): string[] {
  if (words.length < 3) return words;
  const kept = words.filter((w, i) => i === 0 || i === words.length - 1 || w.length > 1);
  return kept.length === words.length ? words : kept;
}

export const compact = (words: string[]): string => words.join('');

/**
 * Lookup keys for a full name, best first: as written, without suffixes, without middle initials.
 * Keys have no spaces, so spacing and hyphenation variants meet.
 */
export function fullNameKeys(name: string, opts: { stripTitles?: boolean } = {}): string[] {
  let words = nameWords(name);
  if (opts.stripTitles) words = stripTitles(words);
  return keysOfWords(words);
}

export function keysOfWords(words: string[]): string[] {
  if (!words.length) return [];
  const base = words.join('');
  const keys = [base];
  if (words.length < 3) return keys;
  const noSuffix = dropSuffixes(words);
  const noMiddle = dropMiddleInitials(noSuffix);
  const k2 = noSuffix.join('');
  if (k2 !== base) keys.push(k2);
  const k3 = noMiddle.join('');
  if (!keys.includes(k3)) keys.push(k3);
  // "J.D. Vance" written "JD Vance": initials run together (only single letters before the surname)
  const joined = joinSingleLetterRun(noSuffix);
  if (joined) {
    const k4 = joined.join('');
    if (!keys.includes(k4)) keys.push(k4);
  }
  return keys;
}

/** Everything the index needs from one name of a listed person, from a single pass over it. */
export function indexName(
  name: string,
  familyFirst: boolean,
  swap: boolean,
): { keys: string[]; surnames: string[]; lastTwo?: string } {
  const groups = scan(name, true);
  let words = groups;
  for (const g of groups) {
    if (g.includes('-')) {
      words = [];
      for (const x of groups) for (const w of x.split('-')) if (w) words.push(w);
      break;
    }
  }
  const keys = keysOfWords(words);
  if (swap && words.length === 2) keys.push(words[1] + words[0]);
  const out: { keys: string[]; surnames: string[]; lastTwo?: string } = { keys, surnames: [] };
  // "López Obrador": the last two words, when both are words (not initials) and not already a surname key
  if (words.length >= 3 && words[words.length - 2].length > 1 && !NAME_SUFFIXES.has(words[words.length - 1])) {
    out.lastTwo = words[words.length - 2] + words[words.length - 1];
  }
  if (name.indexOf(',') < 0) out.surnames = surnamesOfGroups(groups, familyFirst);
  return out;
}

function surnamesOfGroups(groups: string[], familyFirst: boolean): string[] {
  let n = groups.length;
  while (n > 2 && NAME_SUFFIXES.has(groups[n - 1])) n--;
  if (n < 2) return [];
  const keys: string[] = [];
  const last = groups[n - 1];
  keys.push(last.includes('-') ? last.replace(/-/g, '') : last);
  for (let p = 1; p < n - 1; p++) {
    if (PARTICLES.has(groups[p])) {
      keys.push(groups.slice(p, n).join('').replace(/-/g, ''));
      break;
    }
  }
  if (familyFirst) {
    const f = groups[0].replace(/-/g, '');
    if (!keys.includes(f)) keys.push(f);
  }
  return keys.filter((k) => k.length > 1);
}

function joinSingleLetterRun(words: string[]): string[] | undefined {
  if (words.length < 3) return undefined;
  let i = 0;
  while (i < words.length - 1 && words[i].length === 1) i++;
  if (i < 2) return undefined;
  return [words.slice(0, i).join(''), ...words.slice(i)];
}

/** Name variants an actor record yields beyond its name and aliases. */
export function derivedNames(name: string): string[] {
  const out: string[] = [];
  // "Alan West, Baron West of Spithead" → "Alan West"; "Martin Luther King, Jr." → "Martin Luther King"
  const comma = name.indexOf(', ');
  if (comma > 0) out.push(name.slice(0, comma));
  return out;
}

/**
 * Keys under which a bare surname finds the person: the last word, a hyphenated or particle
 * surname as one key ("ocasiocortez", "vonderleyen"), and for family-name-first cultures the first word.
 */
export function surnameKeys(name: string, familyFirst: boolean): string[] {
  const comma = name.indexOf(',');
  return surnamesOfGroups(scan(comma > 0 ? name.slice(0, comma) : name, true), familyFirst);
}

/** What the index holds for one person: full-name keys, surname keys, two-word surname keys. */
export interface NameIndexEntry {
  keys: string[];
  surnames: string[];
  lastTwo: string[];
}

/**
 * Index entries for a person from their name, aliases and country. Computed by the list builder
 * (and shipped with the list, so the worker does not redo it) and at run time for the reader's actors.
 */
export function indexActorNames(name: string, aliases: readonly string[], country: string | undefined): NameIndexEntry {
  const familyFirst = country ? FAMILY_FIRST_COUNTRIES.has(country) : false;
  const swap = familyFirst || country === 'Japan';
  const names = [name];
  for (const a of aliases) if (a && !names.includes(a)) names.push(a);
  names.push(...derivedNames(name));
  const keys: string[] = [];
  const surnames: string[] = [];
  const lastTwo: string[] = [];
  const first = nameWords(name)[0] ?? '';
  names.forEach((n, k) => {
    const r = indexName(n, familyFirst, swap);
    for (const key of r.keys) if (key && !keys.includes(key)) keys.push(key);
    if (r.lastTwo && !lastTwo.includes(r.lastTwo) && !r.surnames.includes(r.lastTwo)) lastTwo.push(r.lastTwo);
    // an alias in family-name-first order ("Noda Yoshihiko") would make the given name a surname
    if (k > 0 && r.surnames.includes(first)) return;
    for (const s of r.surnames) if (!surnames.includes(s)) surnames.push(s);
  });
  return { keys, surnames, lastTwo };
}
