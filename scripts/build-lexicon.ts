/**
 * Writes utils/nlp-data.ts: what the engine knows from compromise (its lexicon's tagged words,
 * the forms of our speech verbs, organisation words), so the worker does not load compromise,
 * whose start-up work cost about 200 ms each time Chrome starts the worker.
 *
 *   npm run build:lexicon
 *
 * Run it after upgrading compromise or changing the speech verbs (utils/attribution/words.ts); a
 * unit test fails until then.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readLexiconSource, renderLexiconModule } from './lib/lexicon-source';

const out = fileURLToPath(new URL('../utils/nlp-data.ts', import.meta.url));
const source = readLexiconSource();
const text = renderLexiconModule(source);
writeFileSync(out, text);
const words = source.wordsByTags.reduce((n, [, ws]) => n + ws.length, 0);
console.log(`utils/nlp-data.ts: ${words} words in ${source.wordsByTags.length} tag sets, ${source.verbForms.length} speech verbs, ${source.orgWords.length} organisation words, ${(text.length / 1024).toFixed(0)} KB (compromise ${source.version})`);
