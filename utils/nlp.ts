/**
 * What the engine knows from compromise: its lexicon of about 18,000 tagged single words (first
 * names by gender, honorifics, places, organisations, verb and noun forms), the forms of our speech
 * verbs from its conjugator, and the words that end organisation names. The engine does its own
 * fast pass over the text (tagging a whole page with compromise costs about 4 ms per KB).
 *
 * The data is read from compromise at build time (scripts/build-lexicon.ts → utils/nlp-data.ts),
 * not at run time: loading compromise in the worker cost about 200 ms of start-up each time Chrome
 * started it, before the first page could be analysed. Everything here is built once and cached.
 */
import { ORG_WORDS, VERB_FORMS, WORDS_BY_TAGS } from './nlp-data';

export type WordTag =
  | 'MaleName'
  | 'FemaleName'
  | 'FirstName'
  | 'LastName'
  | 'Honorific'
  | 'Actor'
  | 'Organization'
  | 'Country'
  | 'City'
  | 'Region'
  | 'Place'
  | 'Demonym'
  | 'Pronoun'
  | 'Determiner'
  | 'Preposition'
  | 'Conjunction'
  | 'Adverb'
  | 'Adjective'
  | 'Copula'
  | 'Modal'
  | 'PastTense'
  | 'PresentTense'
  | 'Infinitive'
  | 'Gerund'
  | 'Participle'
  | 'Plural'
  | 'Singular'
  | 'Month'
  | 'WeekDay'
  | 'QuestionWord';

/** The tags the engine uses (compromise has more). */
export const KEPT_TAGS: readonly WordTag[] = [
  'MaleName', 'FemaleName', 'FirstName', 'LastName', 'Honorific', 'Actor', 'Organization', 'Country', 'City', 'Region',
  'Place', 'Demonym', 'Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Adverb', 'Adjective', 'Copula', 'Modal',
  'PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Participle', 'Plural', 'Singular', 'Month', 'WeekDay',
  'QuestionWord',
];

export interface Lexicon {
  /** Tags of a lowercase single word, or undefined when compromise does not know it. */
  tags(word: string): readonly WordTag[] | undefined;
  has(word: string, tag: WordTag): boolean;
  /** Does the word carry any of the tags in `mask` (see `tagMask`)? One lookup and one AND. */
  any(word: string, mask: number): boolean;
}

// one bit a tag: 30 tags fit a 31-bit integer
const TAG_BITS = new Map<string, number>(KEPT_TAGS.map((t, i) => [t, 1 << i]));
if (TAG_BITS.size > 31) throw new Error('nlp: too many tags for a bit mask');

/** A bit mask of tags, for `Lexicon.any`. */
export function tagMask(...tags: WordTag[]): number {
  let mask = 0;
  for (const t of tags) mask |= TAG_BITS.get(t) ?? 0;
  return mask;
}

let lexiconCache: Lexicon | null = null;

export function lexicon(): Lexicon {
  if (lexiconCache) return lexiconCache;
  const tagsOf = new Map<string, readonly WordTag[]>();
  const masks = new Map<string, number>();
  for (const [joined, words] of WORDS_BY_TAGS) {
    const tags = joined.split(',') as WordTag[];
    const mask = tagMask(...tags);
    for (const word of words.split('|')) {
      tagsOf.set(word, tags);
      masks.set(word, mask);
    }
  }
  lexiconCache = {
    tags: (word) => tagsOf.get(word),
    has: (word, tag) => ((masks.get(word) ?? 0) & (TAG_BITS.get(tag) ?? 0)) !== 0,
    any: (word, mask) => ((masks.get(word) ?? 0) & mask) !== 0,
  };
  return lexiconCache;
}

export interface VerbForms {
  infinitive: string;
  past: string;
  present: string;
  gerund: string;
  participle: string;
}

/**
 * All forms of a speech verb ("tell" → told, tells, telling), as compromise conjugates it; regular
 * English where it gives none (a verb not in utils/nlp-data.ts gets regular forms).
 */
export function conjugate(infinitive: string): VerbForms {
  const [pastTense, presentTense, gerund, participle] = VERB_FORMS[infinitive] ?? ['', '', '', ''];
  let past = pastTense || infinitive;
  // compromise leaves some rarer verbs unchanged in the past ("quip", "retweet"): regular English then
  if (past === infinitive && !/(read|put|set|cut|hit|let|shut|cast|bet)$/.test(infinitive)) {
    past = /e$/.test(infinitive) ? `${infinitive}d` : /[^aeiou][aeiou][bdgklmnprt]$/.test(infinitive) ? `${infinitive}${infinitive.slice(-1)}ed` : `${infinitive}ed`;
  }
  return {
    infinitive,
    past,
    present: presentTense || `${infinitive}s`,
    gerund: gerund || `${infinitive}ing`,
    participle: participle || past,
  };
}

/** Words that end organisation names (compromise's own list: "department", "agency", …). */
export function organisationWords(): ReadonlySet<string> {
  return new Set(ORG_WORDS ? ORG_WORDS.split('|') : []);
}
