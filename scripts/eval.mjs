#!/usr/bin/env node
// npm run eval [-- GOLD...]: the evaluation (../shared/eval/evaluate.mjs) on every gold file, or the
// ones named (seed, seed-page, polnear-dev, pages-dev, pages-dev-html). A development tool: it needs
// the shared evaluation folder beside the project and is not part of npm test.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const shared = path.resolve(process.env.QUOTELENS_SHARED ?? '../shared');
const evaluate = path.join(shared, 'eval', 'evaluate.mjs');
if (!fs.existsSync(evaluate)) {
  console.error(`eval: ${evaluate} not found (set QUOTELENS_SHARED to the shared folder)`);
  process.exit(2);
}
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const names = args.filter((a) => !a.startsWith('--'));
const golds = names.length ? names : ['seed', 'seed-page', 'polnear-dev', 'pages-dev', 'pages-dev-html'];
let failed = false;
for (const name of golds) {
  const gold = path.join(shared, 'eval', 'gold', `${name}.jsonl`);
  const r = spawnSync(process.execPath, [evaluate, '--gold', gold, ...(verbose ? ['--verbose'] : [])], { encoding: 'utf8' });
  const out = (r.stdout || '') + (r.stderr || '');
  if (verbose) process.stdout.write(out);
  const result = out.split('\n').find((l) => l.startsWith('RESULT')) ?? 'RESULT error';
  console.log(`${name.padEnd(15)} ${result}`);
  if (r.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
