#!/usr/bin/env -S npx tsx
/**
 * The command-line extractor: the same engine as the extension, on saved pages.
 *
 *   npm run -s extract -- [--format json|jsonl|csv|md] FILE...
 *
 * .txt: every line is a paragraph. .html: read with the extension's own page reader.
 * A file that cannot be read gets one line on stderr; the others are still processed; exit 1.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Block } from '../utils/page/block';
import { analyzePage, type PageOutput } from './lib/analyze-page';
import { blocksFromText } from './lib/text-blocks';
import { formatOutputs, FORMATS, type Format } from './lib/format-output';

function usage(message?: string): never {
  if (message) process.stderr.write(`extract: ${message}\n`);
  process.stderr.write(`usage: npm run -s extract -- [--format ${FORMATS.join('|')}] FILE...\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): { format: Format; files: string[] } {
  let format: Format = 'json';
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--format' || a === '-f') {
      const f = argv[++i];
      if (!f || !(FORMATS as readonly string[]).includes(f)) usage(`unknown format: ${f ?? '(none)'}`);
      format = f as Format;
    } else if (a.startsWith('--format=')) {
      const f = a.slice('--format='.length);
      if (!(FORMATS as readonly string[]).includes(f)) usage(`unknown format: ${f}`);
      format = f as Format;
    } else if (a === '--help' || a === '-h') usage();
    else if (a.startsWith('-') && a !== '-') usage(`unknown option: ${a}`);
    else files.push(a);
  }
  if (!files.length) usage('no files given');
  return { format, files };
}

async function readBlocks(file: string): Promise<{ blocks: Block[]; meta: PageOutput['meta'] }> {
  const raw = fs.readFileSync(file, 'utf8');
  if (/\.html?$/i.test(file)) {
    const { blocksFromHtml } = await import('./read-html');
    return blocksFromHtml(raw, `file://${path.resolve(file)}`);
  }
  return { blocks: blocksFromText(raw), meta: {} };
}

async function main() {
  const { format, files } = parseArgs(process.argv.slice(2));
  const outputs: PageOutput[] = [];
  let failed = false;
  for (const file of files) {
    let read;
    try {
      read = await readBlocks(file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
      process.stderr.write(`extract: ${file}: ${reason}\n`);
      failed = true;
      continue;
    }
    outputs.push(analyzePage(file, read.blocks, read.meta));
    if (format === 'jsonl') process.stdout.write(formatOutputs([outputs.pop()!], 'jsonl'));
  }
  if (format !== 'jsonl') process.stdout.write(formatOutputs(outputs, format));
  process.exitCode = failed ? 1 : 0;
}

main().catch((e: unknown) => {
  process.stderr.write(`extract: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
