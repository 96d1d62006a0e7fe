/** Dev aid: print the tokens and sentences the attribution rules see for a piece of text. */
import { tokenize, sentences } from '../../utils/attribution/tokens';
import { scan } from '../../utils/quotes';
import { words } from '../../utils/attribution/lexicon';
const text = process.argv[2];
const toks = tokenize(text, scan(text));
const w = words();
console.log(toks.map((t, i) => `${i}:${t.text}${t.type==='quote'?'(Q)':''}${w.cue(t.lower)?'[cue:'+w.cue(t.lower)!.form+']':''}`).join(' '));
console.log(sentences(toks));
