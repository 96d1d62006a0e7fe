/** Dev aid: print each quote of a .txt/.html file (or of a sentence given with -e) with its kind, cue and speaker. */
import fs from 'node:fs';
import { attribute } from '../../utils/attribution';
import { blocksFromText } from '../lib/text-blocks';

const args = process.argv.slice(2);
const text = args[0] === '-e' ? args.slice(1).join(' ') : fs.readFileSync(args[0], 'utf8');
const blocks = blocksFromText(text);
const grep = args[0] === '-e' ? '' : (args[1] ?? '');
for (const q of attribute(blocks)) {
  if (grep && !q.text.includes(grep)) continue;
  console.log(`[${q.blockIndex}] ${q.kind.padEnd(9)} ${(q.speaker ? `${q.speaker.name} (${q.speaker.mention}, ${q.speaker.source})` : '-').padEnd(40)} cue=${q.cue ?? '-'}  conf=${q.confidence}  "${q.text.slice(0, 60)}"`);
}
