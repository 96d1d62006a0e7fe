/**
 * What the page itself says about people: every name written in prose, and the role the page gives
 * it through a title ("Commerce Secretary Howard Lutnick"), an appositive ("John Rizzo, a spokesperson
 * for Nvidia") or a possessive ("Nvidia's CEO, Jensen Huang"). Pure: blocks in, plain data out.
 *
 * Captions, credits and headings are never read for names (they hold photographers' names and
 * headline fragments); headings still count as context (which countries and bodies the page is about).
 */
import { NON_PROSE_ROLES, type Block } from '../page/block';
import {
  COUNTRY_ALIASES,
  COUNTRY_NAMES,
  PARTICLES,
  ROLE_HEADS,
  ROLE_MODIFIERS,
  STOP_WORDS,
  TITLE_WORDS,
} from './lexicon';
import { fold, fullNameKeys, nameWords } from './normalize';

export interface LearnedRole {
  role: string;
  org?: string;
  country?: string;
  via: 'title' | 'appositive' | 'possessive';
}

export interface PageMention {
  block: number;
  /** Offsets of the name (titles excluded) in the block's text. */
  start: number;
  end: number;
  /** The name as written, titles excluded: "Shigeru Ishiba", "Rizzo". */
  text: string;
  /** Folded words of the name. */
  words: string[];
  /** Full-name keys of the run and of every tail of two words or more ("Treasury Secretary Scott Bessent" → … "scottbessent"). */
  keys: string[];
  learned?: LearnedRole;
}

export interface PageContext {
  mentions: PageMention[];
  /** Full-name keys (names of two words or more) → their mentions. */
  fullKeys: Map<string, PageMention[]>;
  /** Folded words of prose and headings joined by single spaces, padded: " a b c ". */
  text: string;
}

interface Word {
  /** Cleaned text: trailing quote marks and sentence dots removed, abbreviation dots kept. */
  text: string;
  folded: string;
  start: number;
  end: number;
  /** End of the word as written (after a possessive "'s" or a closing quote mark). */
  rawEnd: number;
  cap: boolean;
  possessive: boolean;
  /** A sentence ends after this word. */
  stop: boolean;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'lt', 'gen', 'col', 'st', 'jr', 'sr', 'corp', 'inc',
  'co', 'ltd', 'no', 'vs', 'prof', 'capt', 'sgt', 'adm', 'maj', 'rev', 'hon', 'ft', 'mt', 'bros',
]);
const EXPAND: Record<string, string> = {
  'sen.': 'Senator', 'sen': 'Senator', 'rep.': 'Representative', 'gov.': 'Governor', 'lt.': 'Lieutenant',
  'gen.': 'General', 'adm.': 'Admiral', 'col.': 'Colonel', 'capt.': 'Captain', 'sgt.': 'Sergeant',
  'prof.': 'Professor', 'dr.': 'Dr.', 'rev.': 'Reverend',
};
/** Words that, after "of"/"for", name the field of an office rather than an organisation. */
const OFFICE_OBJECTS = new Set([
  'affairs', 'international', 'economic', 'economy', 'trade', 'state', 'defense', 'defence', 'finance',
  'industry', 'development', 'infrastructure', 'environment', 'policy', 'technology', 'science',
  'export', 'administration', 'staff', 'operations', 'communications', 'the', 'and',
]);
/** Capitalised function words that end a run of names ("Tyrone Siu By Jessie Pang"). */
const RUN_BREAKS = new Set(['by', 'and', 'the', 'in', 'on', 'at', 'for', 'with', 'from', 'to', 'said', 'says', 'via']);
const PREPS = new Set(['for', 'at', 'of', 'to', 'with', 'in', 'on', 'from']);
const ARTICLES = new Set(['a', 'an', 'the', 'now', 'also', 'then', 'currently', 'still']);
/** Words that end an appositive: a relative clause or the verb of the sentence. */
const CLAUSE_END = new Set([
  'who', 'whom', 'whose', 'which', 'that', 'said', 'says', 'told', 'tells', 'added', 'adds', 'argued',
  'argues', 'noted', 'notes', 'warned', 'warns', 'wrote', 'writes', 'explained', 'has', 'have', 'had',
  'is', 'was', 'were', 'are', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'did', 'does',
  'when', 'where', 'while', 'because', 'after', 'before', 'and', 'but', 'as', 'since', 'if', 'during',
  'urged', 'agreed', 'called', 'described', 'declined', 'insisted', 'stressed', 'believes', 'thinks',
]);
const NORM_CACHE = new Map<string, string>();
/** Folded, dots and hyphens removed: "U.S." → "us", "co-head" → "cohead". */
function norm(s: string): string {
  let v = NORM_CACHE.get(s);
  if (v === undefined) {
    v = fold(s).replace(/[.-]/g, '');
    if (NORM_CACHE.size > 50_000) NORM_CACHE.clear();
    NORM_CACHE.set(s, v);
  }
  return v;
}
const HEADS = new Set([...ROLE_HEADS].map(norm));
const MODIFIERS = new Set([...ROLE_MODIFIERS].map(norm));
const TITLES = new Set([...TITLE_WORDS].map(norm).filter((w) => w.length > 1));
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'lord', 'lady', 'hon', 'rev', 'mme']);

const WORD_RE = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.\-]*/gu;
const QUOTE_RE = /["“”«»]|['’‘](?![\p{L}])|(?<![\p{L}])['’‘]/u;

function isAbbreviation(t: string): boolean {
  if (/^(?:\p{L}\.)+\p{L}?\.?$/u.test(t)) return true; // U.S., J.M., W.
  const base = fold(t.replace(/\.$/, ''));
  return ABBREVIATIONS.has(base);
}

/** After an abbreviation: spaces, then an opening quote (group 1) or a capitalised word (group 2). */
const AFTER_RE = /\s+(?:(["“])|(\p{Lu}\p{L}*))/uy;
const AT_END_RE = /^\s*$/;

function tokenize(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    let t = m[0];
    const start = m.index ?? 0;
    let possessive = false;
    let stop = false;
    // trailing quote marks used as closing quotes ("Chinese.'", "earths,'")
    // (a final "s'" is read as a closing quote, not a plural possessive)
    t = t.replace(/['’‘]+$/u, '');
    if (/['’]s$/i.test(t) && t.length > 2) {
      possessive = true;
      t = t.slice(0, -2);
    }
    if (t.endsWith('.')) {
      if (!isAbbreviation(t)) {
        t = t.replace(/\.+$/, '');
        stop = true;
      } else {
        // "Corp." at the end of a sentence: a stop when followed by a capital after a space, or the end
        // read what follows in place (slicing the rest of a long block per word made this quadratic)
        const at = start + m[0].length;
        AFTER_RE.lastIndex = at;
        const next = AFTER_RE.exec(text);
        if (AT_END_RE.test(text.slice(at, at + 200)) || (next && (next[1] !== undefined || STOP_WORDS.has(fold(next[2]))))) stop = true;
      }
    }
    t = t.replace(/[-]+$/, '');
    if (!t) continue;
    const cap = /^\p{Lu}/u.test(t) || /^(?:al|el|bin|abu|ibn)-\p{Lu}/u.test(t);
    const end = start + t.length;
    out.push({ text: t, folded: norm(t), start, end, rawEnd: possessive ? end + 2 : end, cap, possessive, stop });
  }
  return out;
}

/** The characters between two words contain only spaces. */
function tight(text: string, a: Word, b: Word): boolean {
  if (a.stop || a.possessive) return false;
  const gap = text.slice(a.end, b.start);
  return /^[ \t\u00a0]+$/.test(gap);
}

function gapOf(text: string, a: Word, b: Word): string {
  return text.slice(a.rawEnd, b.start);
}

/** Split a role phrase into role, organisation and country. Null when it holds no role word. */
export function splitRole(words: string[]): { role: string; org?: string; country?: string } | null {
  let ws = words.filter(Boolean);
  while (ws.length && ARTICLES.has(fold(ws[0]))) ws = ws.slice(1);
  if (!ws.length) return null;
  let country: string | undefined;
  let org: string | undefined;
  // the organisation after a preposition: "a spokesperson for Nvidia", "a professor at the University of Tsukuba"
  let roleEnd = ws.length;
  for (let k = 1; k < ws.length - 1; k++) {
    if (!PREPS.has(fold(ws[k]))) continue;
    let o = k + 1;
    if (fold(ws[o]) === 'the' && o + 1 < ws.length) o++;
    if (!/^\p{Lu}/u.test(ws[o])) continue;
    // "Secretary of State", "Minister of Foreign Affairs", "Under Secretary of Commerce for International Trade":
    // the words after the preposition qualify the office, they are not an organisation
    const rest = ws.slice(o);
    if (rest.every((w) => MODIFIERS.has(norm(w)) || OFFICE_OBJECTS.has(norm(w)) || /^\p{Ll}/u.test(w))) continue;
    if (!ws.slice(0, k).some((w) => HEADS.has(norm(w)))) continue;
    org = ws.slice(o).join(' ');
    roleEnd = k;
    break;
  }
  let rw = ws.slice(0, roleEnd);
  // possessive owner in front: "Nvidia's CEO"
  const own = rw.findIndex((w) => /['’]s$/.test(w));
  if (own >= 0 && own < rw.length - 1) {
    const owner = rw.slice(0, own + 1).join(' ').replace(/['’]s$/, '');
    const c = countryOf(owner);
    if (c) country = c;
    else if (!org) org = owner;
    rw = rw.slice(own + 1);
  }
  let h = -1;
  for (let i = rw.length - 1; i >= 0; i--) {
    if (HEADS.has(norm(rw[i]))) {
      h = i;
      break;
    }
  }
  if (h < 0) return null;
  // after the head only a prepositional phrase may follow ("secretary of state", "official in charge");
  // anything else is another name ("commentator Victor Ho") or a clause ("officials announced …")
  if (h + 1 < rw.length && !PREPS.has(fold(rw[h + 1]))) return null;
  // country words at the front: "U.S. President", "Chinese leader", "Japan's top negotiator"
  while (rw.length > 1 && h > 0) {
    const c = countryOf(rw[0]) ?? (rw.length > 2 ? countryOf(`${rw[0]} ${rw[1]}`) : undefined);
    if (!c) break;
    country = c;
    const n = countryOf(rw[0]) ? 1 : 2;
    rw = rw.slice(n);
    h -= n;
  }
  // role core: the head and the words before it that qualify an office or are lower case
  let c = h;
  while (c > 0) {
    const w = rw[c - 1];
    if (/^\p{Ll}/u.test(w) || MODIFIERS.has(norm(w)) || HEADS.has(norm(w))) c--;
    else break;
  }
  if (c > 0 && !org) org = rw.slice(0, c).join(' ');
  const role = rw
    .slice(c)
    .map((w) => EXPAND[w.toLowerCase()] ?? w)
    .join(' ')
    .replace(/[.,;:]+$/, '');
  if (!role || role.split(' ').length > 12) return null;
  const out: { role: string; org?: string; country?: string } = { role };
  if (org) out.org = org.replace(/^the\s+/i, '').replace(/[,;:]+$/, '');
  if (country) out.country = country;
  return out;
}

/** "U.S." → "United States", "Japan's"/"Japanese" → "Japan". */
export function countryOf(s: string): string | undefined {
  const words = nameWords(s.replace(/['’]s$/, ''));
  const key = words.join(' ');
  return COUNTRY_ALIASES.get(key) ?? COUNTRY_BY_NAME.get(key);
}

const COUNTRY_BY_NAME = new Map<string, string>();
for (const n of COUNTRY_NAMES) COUNTRY_BY_NAME.set(nameWords(n).join(' '), n);

/** Read every prose block: name mentions with what the page says about them. */
export function readPage(blocks: Block[]): PageContext {
  const mentions: PageMention[] = [];
  const contextWords: string[] = [];
  blocks.forEach((block, bi) => {
    if (block.role === 'caption' || block.role === 'credit') return;
    // context: the block's words, folded, possessives and apostrophes dropped ("Japan's" → "japan")
    contextWords.push(
      fold(block.text)
        .replace(/['’]s\b/g, '')
        .replace(/['’‘`]/g, '')
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim(),
    );
    if (NON_PROSE_ROLES.has(block.role)) return; // headings: context only
    readBlock(block.text, tokenize(block.text), bi, mentions);
  });
  const fullKeys = new Map<string, PageMention[]>();
  for (const m of mentions) {
    for (const k of m.keys) {
      const list = fullKeys.get(k);
      if (list) list.push(m);
      else fullKeys.set(k, [m]);
    }
  }
  return { mentions, fullKeys, text: ` ${contextWords.join(' ')} ` };
}

function readBlock(text: string, words: Word[], bi: number, out: PageMention[]): void {
  let i = 0;
  while (i < words.length) {
    if (!words[i].cap) {
      i++;
      continue;
    }
    // a run of capitalised words (particles allowed inside)
    let j = i;
    while (j + 1 < words.length && tight(text, words[j], words[j + 1])) {
      const next = words[j + 1];
      if (RUN_BREAKS.has(next.folded)) break; // "REUTERS/Tyrone Siu By Jessie Pang"
      if (next.cap) j++;
      else if (
        PARTICLES.has(next.folded) &&
        j + 2 < words.length &&
        words[j + 2].cap &&
        tight(text, next, words[j + 2])
      )
        j += 2;
      else break;
    }
    readRun(text, words, i, j, bi, out);
    i = j + 1;
  }
}

function readRun(text: string, words: Word[], i: number, j: number, bi: number, out: PageMention[]): void {
  let s = i;
  // sentence-initial function words: "After Trump", "But Bessent"
  while (s <= j && STOP_WORDS.has(words[s].folded)) s++;
  if (s > j) return;
  // titles inside the run: the last title word that leaves a name after it
  let t = -1;
  for (let k = j - 1; k >= s; k--) {
    if (TITLES.has(words[k].folded)) {
      t = k;
      break;
    }
  }
  const nameStart = t >= 0 ? t + 1 : s;
  const nameWordsList = words.slice(nameStart, j + 1);
  if (!nameWordsList.length) return;
  const nameText = text.slice(nameWordsList[0].start, nameWordsList[nameWordsList.length - 1].end);
  const folded = nameWords(nameText);
  if (!folded.length) return;
  const mention: PageMention = {
    block: bi,
    start: nameWordsList[0].start,
    end: nameWordsList[nameWordsList.length - 1].end,
    text: nameText,
    words: folded,
    keys: [],
  };
  const keys = new Set<string>();
  for (let k = s; k < j; k++) {
    const tail = text.slice(words[k].start, words[j].end);
    for (const key of fullNameKeys(tail)) keys.add(key);
  }
  mention.keys = [...keys];
  const last = words[j];
  if (!last.possessive) {
    mention.learned =
      appositive(text, words, j) ?? possessiveBefore(text, words, nameStart) ?? titleBefore(text, words, s, t);
  }
  out.push(mention);
}

/** "NAME, a spokesperson for Nvidia," */
function appositive(text: string, words: Word[], j: number): LearnedRole | undefined {
  const w = words[j];
  if (w.stop || j + 1 >= words.length) return undefined;
  if (!/^\s*,\s+$/.test(gapOf(text, w, words[j + 1]))) return undefined;
  const phrase: string[] = [];
  for (let k = j + 1; k < words.length && phrase.length < 18; k++) {
    const cur = words[k];
    if (k > j + 1) {
      const gap = gapOf(text, words[k - 1], cur);
      if (/[,;:()[\]]|\s[–—-]\s|[–—]/.test(gap) || QUOTE_RE.test(gap)) break;
    }
    if (phrase.length && CLAUSE_END.has(cur.folded) && /^\p{Ll}/u.test(cur.text)) break;
    phrase.push(cur.possessive ? `${cur.text}'s` : cur.text);
    if (cur.stop) break;
  }
  const r = splitRole(phrase);
  return r ? { ...r, via: 'appositive' } : undefined;
}

/** "Nvidia's CEO, NAME" and "Japan's top negotiator, NAME" */
function possessiveBefore(text: string, words: Word[], s: number): LearnedRole | undefined {
  if (s < 2) return undefined;
  if (!/^\s*,\s+$/.test(gapOf(text, words[s - 1], words[s]))) return undefined;
  const head = words[s - 1];
  if (!HEADS.has(head.folded)) return undefined;
  let k = s - 1;
  const roleWords: string[] = [head.text];
  while (k - 1 >= 0 && roleWords.length < 6) {
    const prev = words[k - 1];
    if (!/^[ \t\u00a0]+$/.test(gapOf(text, prev, words[k])) || prev.stop) return undefined;
    if (prev.possessive) {
      // the owner: this word and the capitalised words glued before it
      let o = k - 1;
      while (o - 1 >= 0 && words[o - 1].cap && tight(text, words[o - 1], words[o])) o--;
      if (!words[k - 1].cap) return undefined;
      while (o < k - 1 && STOP_WORDS.has(words[o].folded)) o++;
      const owner = words
        .slice(o, k)
        .map((x) => x.text)
        .join(' ');
      const r = splitRole([`${owner}'s`, ...roleWords]);
      return r ? { ...r, via: 'possessive' } : undefined;
    }
    if (prev.cap && !MODIFIERS.has(prev.folded) && !HEADS.has(prev.folded)) return undefined;
    roleWords.unshift(prev.text);
    k--;
  }
  return undefined;
}

/** "Commerce Secretary Howard Lutnick", "Constitutional Democratic Party of Japan chief Yoshihiko Noda", "Chinese leader Xi Jinping" */
function titleBefore(text: string, words: Word[], s: number, t: number): LearnedRole | undefined {
  const title: string[] = [];
  for (let k = s; k <= t; k++) title.push(words[k].text);
  // walk back from the run over role words, capitalised words and connectors between capitalised words
  let k = s;
  while (k - 1 >= 0 && title.length < 12) {
    const prev = words[k - 1];
    if (!/^[ \t\u00a0]+$/.test(gapOf(text, prev, words[k])) || prev.stop) break;
    if (prev.possessive) {
      if (!prev.cap) break;
      title.unshift(`${prev.text}'s`);
      k--;
      continue;
    }
    if (prev.cap) {
      if (STOP_WORDS.has(prev.folded)) break;
      title.unshift(prev.text);
      k--;
      continue;
    }
    if (HEADS.has(prev.folded) || MODIFIERS.has(prev.folded) || ['former', 'retired', 'then'].includes(prev.folded)) {
      title.unshift(prev.text);
      k--;
      continue;
    }
    if (['of', 'for', 'and', '&', 'on'].includes(prev.folded) && k - 2 >= 0 && words[k - 2].cap && title.length && /^\p{Lu}/u.test(title[0])) {
      title.unshift(prev.text);
      k--;
      continue;
    }
    break;
  }
  while (title.length && ['of', 'for', 'and', '&', 'on'].includes(fold(title[0]))) title.shift();
  if (!title.length) return undefined;
  const last = norm(title[title.length - 1]);
  if (!HEADS.has(last) && !(TITLES.has(last) && !HONORIFICS.has(last))) return undefined;
  if (HONORIFICS.has(last)) return undefined;
  // a lone honorific-like office word still names a role ("President Trump")
  const r = splitRole(title);
  if (r) return { ...r, via: 'title' };
  return undefined;
}
