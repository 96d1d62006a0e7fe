/** Dev aid: print each quote of a .txt file (or of text given with -e) with its kind, cue and speaker. */
import fs from 'node:fs';
import { attribute } from '../../utils/attribution';
import { blocksFromText } from '../lib/text-blocks';

const args = process.argv.slice(2);
const text = args[0] === '-e' ? args.slice(1).join(' ') : fs.readFileSync(args[0], 'utf8');
const grep = args[0] === '-e' ? '' : (args[1] ?? '');
for (const q of attribute(blocksFromText(text))) {
  if (grep && !q.text.includes(grep)) continue;
  const who = q.speaker ? `${q.speaker.name} [${q.speaker.mention}] (${q.speaker.source})` : '-';
  console.log(`[${q.blockIndex}] ${q.kind.padEnd(9)} ${who.padEnd(50)} cue=${q.cue ?? '-'}  conf=${q.confidence}  "${q.text.slice(0, 60)}"`);
}
