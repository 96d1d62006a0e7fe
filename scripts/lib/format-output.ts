/** The extractor's output formats. */
import type { PageOutput } from './analyze-page';

export const FORMATS = ['json', 'jsonl', 'csv', 'md'] as const;
export type Format = (typeof FORMATS)[number];

function record(o: PageOutput) {
  return {
    file: o.file,
    ...(o.meta.title ? { title: o.meta.title } : {}),
    ...(o.meta.published ? { published: o.meta.published } : {}),
    quotes: o.quotes.map((q) => ({
      text: q.text,
      kind: q.kind,
      speaker: q.speaker,
      block: q.blockIndex,
      start: q.start,
      end: q.end,
      ...(q.cue ? { cue: q.cue } : {}),
      confidence: q.confidence,
    })),
  };
}

export function formatOutputs(outputs: PageOutput[], format: Format): string {
  switch (format) {
    case 'jsonl':
      return outputs.map((o) => JSON.stringify(record(o)) + '\n').join('');
    case 'json':
      return JSON.stringify(outputs.map(record), null, 2) + '\n';
    default:
      throw new Error(`format ${format} is not available yet`);
  }
}
