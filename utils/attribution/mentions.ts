/**
 * Noun phrases that can be speakers: a person's name (with a title or an owner), a pronoun, an
 * organisation, a description ("a person familiar with the talks").
 */
import type { Words } from './lexicon';
import type { Token } from './tokens';
import { DETERMINERS, LEADING_CONNECTIVES, NAME_PARTICLES, NAME_SUFFIXES, PERSONAL_PRONOUNS, SOURCE_NOUNS, TITLES } from './words';

export type MentionKind = 'person' | 'name' | 'pronoun' | 'org' | 'description';
export type Gender = 'male' | 'female';

export interface Mention {
  /** As written, leading connectives dropped: "Scott Bessent", "the Commerce Department", "he". */
  text: string;
  kind: MentionKind;
  /** The personal name inside it: "Howard Lutnick" in "Commerce Secretary Howard Lutnick". */
  name?: string;
  /** A title or role written with it: "Commerce Secretary". */
  role?: string;
  /** An owner written with it: "Komeito" in "Komeito's Saito". */
  org?: string;
  gender?: Gender;
  plural?: boolean;
  /** Token range [start, end). */
  start: number;
  end: number;
}

const POSTMODIFIER_OPENERS = new Set('of in on at for with from by to about under over into among between during after before without within who which that whose'.split(' '));

/** Words that end a clause before a name: "reports that Trump", "when Clinton". */
const CLAUSE_WORDS = new Set('that when while as because if since after before though although where which who whom whose than said says'.split(' '));

const GENDERED_TITLES: Record<string, Gender> = {
  mr: 'male', 'mr.': 'male', sir: 'male', lord: 'male', king: 'male', prince: 'male', father: 'male', fr: 'male',
  mrs: 'female', 'mrs.': 'female', ms: 'female', 'ms.': 'female', miss: 'female', dame: 'female', lady: 'female', queen: 'female', princess: 'female',
};

const bare = (t: Token) => t.lower.replace(/\.$/, '');
export const isTitle = (t: Token) => TITLES.has(bare(t));

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);

/**
 * Where the noun phrase that ends with the run at `runStart` begins: back over titles, owners and
 * modifiers, not past a verb or a clause word, and not starting with a preposition or pronoun
 * ("they turned to the Chicago Police Department" → "the Chicago Police Department").
 */
function phraseStart(tokens: readonly Token[], start: number, runStart: number, w: Words): number {
  let from = runStart;
  while (from > start) {
    const t = tokens[from - 1];
    // "9/11 widow …": a slash between two words
    if (t.text === '/' && from - 2 >= start && tokens[from - 2].type === 'word' && tokens[from - 2].end === t.start && tokens[from].start === t.end) {
      from -= 2;
      continue;
    }
    if (t.type !== 'word' || CLAUSE_WORDS.has(t.lower)) break;
    if (!t.cap && w.verb(t.lower) && !w.role(t.lower) && !w.lex.has(t.lower, 'Adjective') && !w.lex.has(t.lower, 'Singular')) break;
    // right after a subject pronoun is its verb, whatever the lexicon says: "they turned to the X"
    if (!t.cap && from - 2 >= start && SUBJECT_PRONOUNS.has(tokens[from - 2].lower)) break;
    from--;
  }
  while (from < runStart && (w.lex.has(tokens[from].lower, 'Preposition') || tokens[from].lower === 'to' || PERSONAL_PRONOUNS.has(tokens[from].lower)) && !tokens[from].cap) from++;
  return from;
}

/** A user name as forums write them: "elmo666", "jayk1984". */
export const USERNAME = /^[a-z]+[a-z_]*\d+$/;

/** Can this token be part of a capitalised name run? */
function nameToken(t: Token, prevInRun: boolean): boolean {
  if (t.type !== 'word') return false;
  if (t.cap || USERNAME.test(t.text)) return true;
  // particles and suffixes inside a run: "Osama bin Laden", "King Jr."
  if (prevInRun && (NAME_PARTICLES.has(t.lower) || NAME_SUFFIXES.has(t.lower))) return true;
  return false;
}

/** A capitalised function word that starts a sentence ("As", "But", "The") is not part of a name. */
function functionWord(t: Token, w: Words): boolean {
  const tags = w.lex.tags(t.lower);
  if (!tags || w.firstName(t.lower)) return false;
  return tags.some((x) => x === 'Determiner' || x === 'Preposition' || x === 'Conjunction' || x === 'Pronoun' || x === 'Adverb' || x === 'Copula' || x === 'Modal' || x === 'QuestionWord');
}

/**
 * Could these capitalised tokens be a person's name? A first name makes it so ("Donald Trump",
 * whatever the surname means); otherwise no token may be a plain English word ("Crime World
 * Drug Report", "Morning Consult").
 */
function personish(tokens: readonly Token[], from: number, to: number, w: Words): boolean {
  if (to - from > 5) return false;
  if (w.firstName(tokens[from].lower) || w.lex.has(tokens[from].lower, 'Honorific')) return true;
  for (let i = from; i < to; i++) {
    const l = bare(tokens[i]);
    if (NAME_PARTICLES.has(l) || NAME_SUFFIXES.has(l) || tokens[i].abbrev) continue;
    if (w.common(l) && !w.lex.has(l, 'LastName')) return false;
  }
  return true;
}

export function joinTokens(tokens: readonly Token[], start: number, end: number, text: string): string {
  if (start >= end) return '';
  return text.slice(tokens[start].start, tokens[end - 1].end);
}

function genderOf(name: string, w: Words): Gender | undefined {
  const first = name.split(/\s+/)[0]?.toLowerCase() ?? '';
  const g = w.firstName(first);
  return g === 'male' || g === 'female' ? g : undefined;
}

/**
 * Read the noun phrase in tokens [start, end) of a block whose text is `text`.
 * Returns null for an empty or implausible phrase.
 */
export function parseMention(tokens: readonly Token[], start: number, end: number, text: string, w: Words): Mention | null {
  // drop leading connectives and adverbs, trailing punctuation
  while (start < end && (tokens[start].type !== 'word' || LEADING_CONNECTIVES.has(tokens[start].lower))) start++;
  while (end > start && tokens[end - 1].type !== 'word') end--;
  if (start >= end) return null;
  for (let i = start; i < end; i++) if (tokens[i].type === 'quote') return null;
  // a relative clause is not part of the phrase: "The mother of a woman [who took …]"
  for (let i = start + 1; i < end; i++) {
    if (/^(who|whom|whose|which)$/.test(tokens[i].lower) || (tokens[i].lower === 'that' && !tokens[i - 1].cap)) {
      end = i;
      while (end > start && tokens[end - 1].type !== 'word') end--;
      break;
    }
  }
  const first = tokens[start];
  const n = end - start;
  const whole = joinTokens(tokens, start, end, text);

  if (n === 1 && PERSONAL_PRONOUNS.has(first.lower)) {
    const g = first.lower === 'he' ? 'male' : first.lower === 'she' ? 'female' : undefined;
    return { text: first.text, kind: 'pronoun', gender: g, plural: first.lower === 'they' || first.lower === 'we', start, end };
  }
  if (n > 14) return null; // a clause, not a noun phrase

  // "Komeito's Saito", "Nvidia's CEO", "The UK's Foreign and Home Secretaries"
  let possessive = -1;
  for (let i = start + 1; i < end - 1; i++) if (tokens[i].lower === "'s") possessive = i;

  // the trailing run of capitalised tokens: the name, after any title in it
  let runStart = end;
  while (runStart > start && nameToken(tokens[runStart - 1], runStart < end)) runStart--;
  // particles and capitalised function words ("As Lorenz", "But Trump") cannot start a run
  while (runStart < end && ((!tokens[runStart].cap && !USERNAME.test(tokens[runStart].text)) || (runStart < end - 1 && functionWord(tokens[runStart], w)))) runStart++;
  // (a determiner before an owner is the owner's: "the ACLU's Lee Gelernt" is a person)
  const det = start < end && DETERMINERS.has(first.lower) && !(possessive > start && possessive < runStart);

  // "Rep. Elijah Cummings of Maryland": the person is the run before "of" their place
  const ofAt = runStart - (tokens[runStart - 1]?.lower === 'the' ? 2 : 1);
  if (runStart < end && ofAt > start && /^(of|from)$/.test(tokens[ofAt]?.lower ?? '') && tokens[ofAt - 1]?.cap && end - runStart <= 3) {
    const inner = parseMention(tokens, start, ofAt, text, w);
    if (inner && inner.kind === 'person') return { ...inner, text: joinTokens(tokens, inner.start, end, text), end };
  }

  if (runStart < end) {
    const runTokens = tokens.slice(runStart, end);
    const lastWord = runTokens[runTokens.length - 1];
    // "House Speaker Kevin McCarthy": a title and then a person's name is a person, whatever the title holds
    let titled = -1;
    for (let i = end - 2; i >= runStart; i--) {
      if (tokens[i].cap && (isTitle(tokens[i]) || w.role(bare(tokens[i])))) {
        titled = i + 1;
        break;
      }
    }
    const personAfterTitle = titled > 0 && titled < end && personish(tokens, titled, end, w) && !tokens.slice(titled, end).some((t) => w.org(bare(t)));
    const orgLike =
      (!personAfterTitle && runTokens.some((t) => w.org(bare(t)))) ||
      (det && runTokens.length >= 1 && !runTokens.some((t) => w.firstName(t.lower))) ||
      (runTokens.length > 1 && !personish(tokens, runStart, end, w) && !runTokens.some((t) => isTitle(t)));
    // a determiner before a capitalised run makes it an organisation or a description: "the White House"
    // "West Virginia", "New Mexico": a compass word before a place names a place, though Virginia is a first name
    const compassPlace = runTokens.length === 2 && (/^(north|south|east|west)$/.test(runTokens[0].lower) || (runTokens[0].lower === 'new' && w.place(lastWord.lower)));
    if (orgLike || compassPlace || (runTokens.length === 1 && w.place(lastWord.lower) && !w.firstName(lastWord.lower))) {
      const from = phraseStart(tokens, start, runStart, w);
      return { text: joinTokens(tokens, from, end, text), kind: 'org', plural: /s$/.test(lastWord.lower) && !/ss$/.test(lastWord.lower) && runTokens.length > 1, start, end };
    }
    // a title inside the run: "Commerce Secretary Howard Lutnick", "Sen. Ted Cruz", "Prime Minister Shigeru Ishiba"
    let nameStart = runStart;
    for (let i = end - 2; i >= runStart; i--) {
      if (tokens[i].cap && (isTitle(tokens[i]) || w.role(bare(tokens[i])))) {
        nameStart = i + 1;
        break;
      }
    }
    if (nameStart >= end) {
      // only a title: "the President", "Chairman"
      return { text: whole, kind: 'description', role: whole, start, end };
    }
    const name = joinTokens(tokens, nameStart, end, text);
    // the mention as written starts where the title or role does: "reports that Trump" → "Trump",
    // "White House press secretary Josh Earnest" stays whole
    const from = phraseStart(tokens, start, runStart, w);
    const written = joinTokens(tokens, from, end, text);
    const roleText = nameStart > start ? joinTokens(tokens, possessive > 0 && possessive < nameStart ? possessive + 1 : start, nameStart, text) : undefined;
    const org = possessive > 0 && possessive < nameStart ? joinTokens(tokens, start, possessive, text) : undefined;
    const titleToken = nameStart > runStart ? tokens[nameStart - 1] : undefined;
    const gender = (titleToken && GENDERED_TITLES[titleToken.lower]) || genderOf(name, w);
    const tokensInName = end - nameStart;
    const hasFirstName = !!w.firstName(tokens[nameStart].lower) && tokensInName > 1;
    // a single capitalised word may be a surname or an organisation: resolution decides
    const kind: MentionKind = tokensInName > 1 || hasFirstName || titleToken ? 'person' : 'name';
    return { text: written, kind, name, role: roleText || undefined, org, gender, start: from, end };
  }

  // no capitalised run: a description ("a person familiar with the talks", "officials", "police")
  // the head comes before any post-modifier: "the recent spate [of police shootings]" is no source
  const headish: Token[] = [];
  for (let i = start; i < end; i++) {
    const t = tokens[i];
    if (t.type !== 'word') continue;
    if (i > start && POSTMODIFIER_OPENERS.has(t.lower)) break;
    headish.push(t);
  }
  const plural = headish.some((t) => /(s|people|police)$/.test(t.lower) && SOURCE_NOUNS.has(t.lower));
  // "the 45-year-old said": an age stands for a person
  const headAt = headish.findIndex((t) => SOURCE_NOUNS.has(t.lower) || w.role(t.lower) || w.org(t.lower) || /^\d+-year-old$/.test(t.lower));
  // a pronoun or a verb before the head makes it a clause: "He released a letter …"
  // (a capitalised word is a name even when it spells a verb: "a Fed spokesman")
  const clause = headish.slice(0, Math.max(0, headAt)).some((t) => PERSONAL_PRONOUNS.has(t.lower) || (w.verb(t.lower) && !t.cap && !w.lex.has(t.lower, 'Adjective') && !DETERMINERS.has(t.lower)));
  if (headAt >= 0 && !clause) {
    if (end - start > 9) return null;
    return { text: whole, kind: headish.some((t) => w.org(t.lower) && !SOURCE_NOUNS.has(t.lower)) ? 'org' : 'description', plural, start, end };
  }
  return null;
}
