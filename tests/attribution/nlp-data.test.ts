import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readLexiconSource, renderLexiconModule } from '../../scripts/lib/lexicon-source';
import { conjugate, lexicon, organisationWords } from '@/utils/nlp';

describe('utils/nlp-data.ts, what the engine knows from compromise', () => {
  it('is what compromise gives today (else: npm run build:lexicon)', () => {
    const committed = readFileSync(fileURLToPath(new URL('../../utils/nlp-data.ts', import.meta.url)), 'utf8');
    expect(committed === renderLexiconModule(readLexiconSource()), 'utils/nlp-data.ts is stale: run npm run build:lexicon').toBe(true);
  });

  it.each([
    ['john', 'MaleName', true],
    ['mary', 'FemaleName', true],
    ['france', 'Country', true],
    ['the', 'Determiner', true],
    ['very', 'Adverb', true],
    ['said', 'PastTense', true],
    ['chip', 'Singular', true],
    ['chip', 'MaleName', false],
    ['xqzt', 'Singular', false],
  ] as const)('lexicon: %s is %s → %s', (word, tag, expected) => {
    expect(lexicon().has(word, tag)).toBe(expected);
  });

  it.each([
    ['say', { past: 'said', present: 'says', gerund: 'saying', participle: 'said' }],
    ['tell', { past: 'told', present: 'tells', gerund: 'telling' }],
    ['write', { past: 'wrote', gerund: 'writing', participle: 'written' }],
    ['retweet', { past: 'retweeted', participle: 'retweeted' }],
  ])('conjugate(%s)', (verb, forms) => {
    expect(conjugate(verb)).toMatchObject(forms);
  });

  it('organisation words', () => {
    expect(organisationWords().has('department')).toBe(true);
  });
});
