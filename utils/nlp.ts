/**
 * The only module that imports compromise. The engine uses what compromise knows (its lexicon of
 * about 25,000 tagged words: first names by gender, honorifics, places, organisations, verb and
 * noun forms; and its verb conjugation) and does its own fast pass over the text: tagging a whole
 * page with compromise costs about 4 ms per KB, the engine has to be several times faster.
 * Everything here is computed once per process and cached.
 */
import nlp from 'compromise';

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

const KEPT = new Set<string>([
  'MaleName', 'FemaleName', 'FirstName', 'LastName', 'Honorific', 'Actor', 'Organization', 'Country', 'City', 'Region',
  'Place', 'Demonym', 'Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Adverb', 'Adjective', 'Copula', 'Modal',
  'PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Participle', 'Plural', 'Singular', 'Month', 'WeekDay',
  'QuestionWord',
]);

export interface Lexicon {
  /** Tags of a lowercase single word, or undefined when compromise does not know it. */
  tags(word: string): readonly WordTag[] | undefined;
  has(word: string, tag: WordTag): boolean;
  /** Does the word carry any of the tags in `mask` (see `tagMask`)? One lookup and one AND. */
  any(word: string, mask: number): boolean;
}

// one bit a tag: 30 tags fit a 31-bit integer
const TAG_BITS = new Map<string, number>([...KEPT].map((t, i) => [t, 1 << i]));
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
  const raw = compromiseInternals().model.one.lexicon as Record<string, string | string[]>;
  const tagsOf = new Map<string, WordTag[]>();
  const masks = new Map<string, number>();
  for (const word in raw) {
    if (word.includes(' ')) continue;
    const value = raw[word];
    const tags = (Array.isArray(value) ? value : [value]).filter((t) => KEPT.has(t)) as WordTag[];
    if (!tags.length) continue;
    tagsOf.set(word, tags);
    masks.set(word, tagMask(...tags));
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

/** All forms of a verb ("tell" → told, tells, telling), from compromise's conjugator. */
export function conjugate(infinitive: string): VerbForms {
  const { methods, model } = compromiseInternals();
  const got = methods.two.transform.verb.conjugate(infinitive, model) as Record<string, string>;
  let past = got.PastTense ?? infinitive;
  // compromise leaves some rarer verbs unchanged in the past ("quip", "retweet"): regular English then
  if (past === infinitive && !/(read|put|set|cut|hit|let|shut|cast|bet)$/.test(infinitive)) {
    past = /e$/.test(infinitive) ? `${infinitive}d` : /[^aeiou][aeiou][bdgklmnprt]$/.test(infinitive) ? `${infinitive}${infinitive.slice(-1)}ed` : `${infinitive}ed`;
  }
  return {
    infinitive,
    past,
    present: got.PresentTense ?? `${infinitive}s`,
    gerund: got.Gerund ?? `${infinitive}ing`,
    participle: got.Participle ?? past,
  };
}

function compromiseInternals() {
  // typed loosely: compromise's own types do not describe its transform methods
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { methods: nlp.methods() as any, model: nlp.model() as any };
}

/** Words that end organisation names (compromise's own list: "department", "agency", …). */
export function organisationWords(): ReadonlySet<string> {
  const words = (nlp.model() as { two?: { orgWords?: Record<string, unknown> } }).two?.orgWords ?? {};
  return new Set(Object.keys(words));
}
