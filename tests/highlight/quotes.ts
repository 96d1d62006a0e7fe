/** Quotes for the highlight tests. */
import type { Quote, Speaker } from '../../utils/quote';

let n = 0;
export function quote(blockIndex: number, start: number, end: number, extra: Partial<Quote> = {}): Quote {
  return { id: `q${n++}`, text: 'words', kind: 'statement', blockIndex, start, end, speaker: null, confidence: 0.9, ...extra };
}

export function speaker(name: string, extra: Partial<Speaker> = {}): Speaker {
  return { name, mention: name, source: 'cue', ...extra };
}
