/**
 * The extractor's output formats, all built by utils/export: the same documents the popup
 * exports, so a page's quotes and speakers are the same whichever way they were taken.
 *   json   an array of export documents (quotelens.export/1), each with the file it came from
 *   jsonl  one such document a line (what ../shared/eval/evaluate.mjs reads: file, quotes)
 *   csv    one table; several files are joined under one header
 *   md     the Markdown digests, one after the other
 */
import { buildExport, toCsv, toMarkdown, type ExportInput } from '../../utils/export';
import type { PageOutput } from './analyze-page';

export const FORMATS = ['json', 'jsonl', 'csv', 'md'] as const;
export type Format = (typeof FORMATS)[number];

const VERSION = (process.env.npm_package_version as string | undefined) ?? '0.0.0';

function exportInput(o: PageOutput): ExportInput {
  const paragraphs: Record<number, string> = {};
  for (const q of o.quotes) paragraphs[q.blockIndex] ??= o.blocks[q.blockIndex].text;
  return {
    analysis: { meta: o.meta, quotes: o.quotes, paragraphs, extractedAt: new Date().toISOString(), elapsedMs: 0 },
    blocks: o.blocks,
    version: VERSION,
  };
}

const document = (o: PageOutput) => ({ file: o.file, ...buildExport(exportInput(o)) });

export function formatOutputs(outputs: PageOutput[], format: Format): string {
  switch (format) {
    case 'jsonl':
      return outputs.map((o) => JSON.stringify(document(o)) + '\n').join('');
    case 'json':
      return JSON.stringify(outputs.map(document), null, 2) + '\n';
    case 'csv':
      // the header once, the byte-order mark once, then every file's rows
      return outputs.map((o, i) => (i === 0 ? toCsv(exportInput(o)) : toCsv(exportInput(o), { bom: false }).replace(/^[^\r\n]*\r\n/, ''))).join('');
    case 'md':
      return outputs.map((o) => toMarkdown(exportInput(o))).join('\n\n---\n\n');
  }
}
