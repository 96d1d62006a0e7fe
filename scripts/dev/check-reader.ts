/**
 * Dev proxy for the page reader's quality (run: npx tsx scripts/dev/check-reader.ts [--verbose] [id…]).
 * For every gold page: reads the saved HTML with blocksFromHtml (exactly what the CLI and the
 * evaluation do) and reports
 *   - gold quotes found whole inside ONE paragraph block, found only in other roles, or missing;
 *   - not_speakers names (photographers, bylines) that show up in paragraph blocks;
 *   - against Readability's article text (pages-dev.jsonl): how much of it we read as paragraphs,
 *     and how many paragraph characters we read that Readability left out.
 * Reads /work/shared (or $QUOTELENS_SHARED) at dev time only; nothing here ships or runs in tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { blocksFromHtml } from '../read-html';
import type { Block } from '../../utils/page/block';

const SHARED = process.env.QUOTELENS_SHARED ?? resolve(process.cwd(), '../shared');
const GOLD_DIR = join(existsSync(SHARED) ? SHARED : '/work/shared', 'eval/gold');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const only = args.filter((a) => !a.startsWith('--'));

interface GoldQuote {
  text: string;
  kind: string;
  optional?: boolean;
}
interface GoldDoc {
  id: string;
  html?: string;
  text?: string;
  quotes: GoldQuote[];
  not_speakers?: string[];
}

function readJsonl(file: string): GoldDoc[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldDoc);
}

const norm = (s: string): string => s.replace(/[\s\u00a0]+/g, ' ').trim();

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const readabilityText = new Map<string, string>();
const rdFile = join(GOLD_DIR, 'pages-dev.jsonl');
if (existsSync(rdFile)) for (const d of readJsonl(rdFile)) if (d.text) readabilityText.set(d.id, d.text);

const docs: { doc: GoldDoc; htmlPath: string }[] = [];
for (const file of ['seed-page.jsonl', 'pages-dev-html.jsonl']) {
  const path = join(GOLD_DIR, file);
  if (!existsSync(path)) continue;
  for (const doc of readJsonl(path)) {
    if (!doc.html) continue;
    if (only.length && !only.includes(doc.id)) continue;
    docs.push({ doc, htmlPath: resolve(dirname(path), doc.html) });
  }
}

const rows: string[][] = [];
let totalQuotes = 0;
let totalInParagraph = 0;
let totalElsewhere = 0;
let totalMissing = 0;
let totalLeaks = 0;

for (const { doc, htmlPath } of docs) {
  const html = readFileSync(htmlPath, 'utf8');
  const t0 = performance.now();
  const { blocks } = blocksFromHtml(html);
  const ms = performance.now() - t0;
  const normBlocks = blocks.map((b: Block) => ({ role: b.role, text: norm(b.text) }));
  const paragraphs = normBlocks.filter((b) => b.role === 'paragraph');

  let inParagraph = 0;
  let elsewhere = 0;
  let missing = 0;
  const notes: string[] = [];
  for (const q of doc.quotes) {
    const text = norm(q.text);
    if (paragraphs.some((b) => b.text.includes(text))) {
      inParagraph++;
      continue;
    }
    const other = normBlocks.find((b) => b.text.includes(text));
    if (other) {
      elsewhere++;
      notes.push(`  in ${other.role}: “${text.slice(0, 60)}” ⟵ ${other.text.slice(0, 90)}`);
    } else {
      missing++;
      notes.push(`  missing${q.optional ? ' (optional)' : ''}: “${text.slice(0, 80)}”`);
    }
  }

  const leaks: string[] = [];
  for (const name of doc.not_speakers ?? []) {
    const re = new RegExp(`(?:^|[^\\p{L}])${escapeRe(name)}(?:$|[^\\p{L}])`, 'u');
    const hits = paragraphs.filter((b) => re.test(b.text));
    if (hits.length) {
      leaks.push(name);
      for (const h of hits) {
        const i = h.text.search(re);
        notes.push(`  not_speaker "${name}" in paragraph: …${h.text.slice(Math.max(0, i - 60), i + name.length + 60)}…`);
      }
    }
  }

  // Against Readability's article text.
  let coverage = '';
  const rd = readabilityText.get(doc.id);
  if (rd) {
    const ours = paragraphs.map((b) => b.text).join('\n');
    const all = normBlocks.map((b) => b.text).join('\n');
    const lines = rd.split('\n').map(norm).filter((l) => l.length >= 40);
    const covered = lines.filter((l) => ours.includes(l)).length;
    const anywhere = lines.filter((l) => all.includes(l)).length;
    const rdNorm = norm(rd);
    let extra = 0;
    for (const b of paragraphs) if (!rdNorm.includes(b.text)) extra += b.text.length;
    coverage = `${covered}/${lines.length} (${anywhere} any role), +${extra} ch`;
    if (verbose) {
      for (const l of lines) if (!ours.includes(l)) notes.push(`  readability line not in paragraphs: ${l.slice(0, 100)}`);
      for (const b of paragraphs) if (!rdNorm.includes(b.text)) notes.push(`  extra paragraph: ${b.text.slice(0, 100)}`);
    }
  }

  const counts = new Map<string, number>();
  for (const b of blocks) counts.set(b.role, (counts.get(b.role) ?? 0) + 1);
  const roleSummary = ['paragraph', 'heading', 'caption', 'credit', 'boilerplate'].map((r) => `${r[0]}${counts.get(r) ?? 0}`).join(' ');

  rows.push([
    doc.id,
    `${inParagraph}/${doc.quotes.length}`,
    String(elsewhere),
    String(missing),
    leaks.length ? leaks.join(', ') : '-',
    coverage || 'n/a',
    roleSummary,
    `${ms.toFixed(0)} ms`,
  ]);
  totalQuotes += doc.quotes.length;
  totalInParagraph += inParagraph;
  totalElsewhere += elsewhere;
  totalMissing += missing;
  totalLeaks += leaks.length;
  if (notes.length && (verbose || notes.length < 40)) {
    console.log(`## ${doc.id}`);
    for (const n of notes) console.log(n);
  }
}

const header = ['doc', 'in paragraph', 'other role', 'missing', 'not_speakers in paragraphs', 'readability lines in paragraphs', 'blocks p/h/c/cr/b', 'read'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r: string[]): string => r.map((c, i) => c.padEnd(widths[i])).join(' | ');
console.log('\n' + line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
for (const r of rows) console.log(line(r));
console.log(
  `\nTOTAL quotes in paragraph ${totalInParagraph}/${totalQuotes} (${((100 * totalInParagraph) / Math.max(1, totalQuotes)).toFixed(1)}%), other role ${totalElsewhere}, missing ${totalMissing}, docs with not_speakers in paragraphs ${totalLeaks}`,
);
