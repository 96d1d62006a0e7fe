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
  | 'PhrasalVerb'
  | 'Plural'
  | 'Singular'
  | 'Month'
  | 'WeekDay'
  | 'Date'
  | 'Expression'
  | 'QuestionWord';

const KEPT = new Set<string>([
  'MaleName', 'FemaleName', 'FirstName', 'LastName', 'Honorific', 'Actor', 'Organization', 'Country', 'City', 'Region',
  'Place', 'Demonym', 'Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Adverb', 'Adjective', 'Copula', 'Modal',
  'PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Participle', 'PhrasalVerb', 'Plural', 'Singular', 'Month',
  'WeekDay', 'Date', 'Expression', 'QuestionWord',
]);

export interface Lexicon {
  /** Tags of a lowercase single word, or undefined when compromise does not know it. */
  tags(word: string): readonly WordTag[] | undefined;
  has(word: string, tag: WordTag): boolean;
}

let lexiconCache: Lexicon | null = null;

export function lexicon(): Lexicon {
  if (lexiconCache) return lexiconCache;
  const raw = compromiseInternals().model.one.lexicon as Record<string, string | string[]>;
  const map = new Map<string, WordTag[]>();
  for (const word in raw) {
    if (word.includes(' ')) continue;
    const value = raw[word];
    const tags = (Array.isArray(value) ? value : [value]).filter((t) => KEPT.has(t)) as WordTag[];
    if (tags.length) map.set(word, tags);
  }
  lexiconCache = {
    tags: (word) => map.get(word),
    has: (word, tag) => map.get(word)?.includes(tag) ?? false,
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
