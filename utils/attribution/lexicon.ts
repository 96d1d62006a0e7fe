/**
 * What the rules know about a word, built once from our lists and compromise's lexicon and
 * conjugator (behind utils/nlp.ts).
 */
import { conjugate, lexicon, organisationWords, tagMask, type Lexicon } from '../nlp';
import { INVERTING_VERBS, NAMING_VERBS, ORG_WORDS, ROLE_NOUNS, SPEECH_VERBS, WEAK_SPEECH_VERBS } from './words';

export type VerbForm = 'finite' | 'gerund' | 'participle' | 'infinitive';

export interface Cue {
  base: string;
  form: VerbForm;
  weak: boolean;
}

export interface Words {
  /** A speech verb in any form: "said" → {base: 'say', form: 'finite'}. */
  cue(lower: string): Cue | undefined;
  naming(lower: string): boolean;
  inverting(lower: string): boolean;
  /** Any verb form compromise knows (to tell where a subject ends). */
  verb(lower: string): boolean;
  role(lower: string): boolean;
  org(lower: string): boolean;
  place(lower: string): boolean;
  firstName(lower: string): 'male' | 'female' | 'any' | undefined;
  /** A plain lower-case word of English (not a name): "the", "chip", "quickly". */
  common(lower: string): boolean;
  adverb(lower: string): boolean;
  lex: Lexicon;
}

let cache: Words | null = null;

export function words(): Words {
  if (cache) return cache;
  const lex = lexicon();
  const cues = new Map<string, Cue>();
  for (const base of SPEECH_VERBS) {
    const weak = WEAK_SPEECH_VERBS.has(base);
    const f = conjugate(base);
    const add = (w: string, form: VerbForm) => {
      if (!cues.has(w)) cues.set(w, { base, form, weak });
    };
    add(f.past, 'finite');
    add(f.present, 'finite');
    add(f.gerund, 'gerund');
    add(f.participle, 'participle');
    add(base, 'infinitive');
  }
  const orgs = new Set([...organisationWords(), ...ORG_WORDS]);
  const VERB = tagMask('PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Participle', 'Copula', 'Modal');
  const PLACE = tagMask('Country', 'City', 'Region', 'Place');
  const NAME_OR_PLACE = tagMask('MaleName', 'FemaleName', 'FirstName', 'LastName', 'Organization', 'Country', 'City', 'Region', 'Place', 'Demonym');
  const ADVERB = tagMask('Adverb');
  cache = {
    cue: (w) => cues.get(w),
    naming: (w) => NAMING_VERBS.has(w),
    inverting: (w) => INVERTING_VERBS.has(w),
    verb: (w) => cues.has(w) || lex.any(w, VERB),
    role: (w) => ROLE_NOUNS.has(w) || lex.has(w, 'Actor'),
    org: (w) => orgs.has(w) || lex.has(w, 'Organization'),
    place: (w) => lex.any(w, PLACE),
    firstName: (w) => {
      const male = lex.has(w, 'MaleName');
      const female = lex.has(w, 'FemaleName');
      if (male && female) return 'any';
      if (male) return 'male';
      if (female) return 'female';
      return lex.has(w, 'FirstName') ? 'any' : undefined;
    },
    common: (w) => lex.tags(w) !== undefined && !lex.any(w, NAME_OR_PLACE),
    adverb: (w) => lex.any(w, ADVERB) || w.endsWith('ly'),
    lex,
  };
  return cache;
}
