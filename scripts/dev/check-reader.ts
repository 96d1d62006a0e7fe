/**
 * Dev proxy for the page reader's quality (run: npx tsx scripts/dev/check-reader.ts [--verbose] [id…]).
 * For every gold page: reads the saved HTML with blocksFromHtml (exactly what the CLI and the
 * evaluation do) and reports
 *   - gold quotes found whole inside ONE paragraph block, found only in other roles, or missing;
 *   - not_speakers names (photographers, bylines) that show up in paragraph blocks;
 *   - against Readability's article text (pages-dev.jsonl): how much of it we read as paragraphs,
 *     and how many paragraph characters we read that Readability left out.
 * Reads /work/shared (or $QUOTELENS_SHARED) at dev time only; nothing here ships or runs in tests.
 *
 * --chromium: timings instead, in headless Chromium ($CHROMIUM_PATH or /usr/bin/chromium): the
 * reader bundled as the content script would carry it, injected into the sample page, a 1 MB page
 * (the sample's body × 50) and a page that is not an article, over several fresh loads.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { blocksFromHtml, parseHtmlDocument } from '../read-html';
import { readPage } from '../../utils/page/read';
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

if (args.includes('--chromium')) {
  await chromiumTimings();
  process.exit(0);
}

const rows: string[][] = [];
let totalQuotes = 0;
let totalInParagraph = 0;
let totalElsewhere = 0;
let totalMissing = 0;
let totalLeaks = 0;

for (const { doc, htmlPath } of docs) {
  const html = readFileSync(htmlPath, 'utf8');
  const { blocks } = blocksFromHtml(html);
  // Timing apart from parsing: linkedom's parse is most of blocksFromHtml's time.
  const t0 = performance.now();
  const parsed = parseHtmlDocument(html);
  const t1 = performance.now();
  readPage(parsed);
  const t2 = performance.now();
  const ms = `${(t1 - t0).toFixed(0)}+${(t2 - t1).toFixed(0)} ms`;
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
    ms,
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

const header = ['doc', 'in paragraph', 'other role', 'missing', 'not_speakers in paragraphs', 'readability lines in paragraphs', 'blocks p/h/c/cr/b', 'parse+read (linkedom)'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r: string[]): string => r.map((c, i) => c.padEnd(widths[i])).join(' | ');
console.log('\n' + line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
for (const r of rows) console.log(line(r));
console.log(
  `\nTOTAL quotes in paragraph ${totalInParagraph}/${totalQuotes} (${((100 * totalInParagraph) / Math.max(1, totalQuotes)).toFixed(1)}%), other role ${totalElsewhere}, missing ${totalMissing}, docs with not_speakers in paragraphs ${totalLeaks}`,
);

async function chromiumTimings(): Promise<void> {
  const { build } = await import('esbuild');
  const { chromium } = await import('playwright-core');
  const { createServer } = await import('node:http');
  const root = resolve(import.meta.dirname, '../..');
  const bundle = await build({
    entryPoints: [join(root, 'utils/page/index.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'QLPage',
    write: false,
    target: 'es2022',
    minify: true,
  });
  const code = bundle.outputFiles[0].text;
  const { gzipSync } = await import('node:zlib');
  console.log(`reader bundle: ${code.length} bytes minified, ${gzipSync(code).length} gzipped`);
  const seed = readFileSync(join(root, 'tests/fixtures/seed/page.html'), 'utf8');
  const body = /<body>([\s\S]*)<\/body>/.exec(seed)![1];
  const pages: Record<string, string> = {
    '/seed': seed,
    '/big': seed.replace(body, body.repeat(50)),
    '/search': readFileSync(join(root, 'tests/fixtures/pages/search-results.html'), 'utf8'),
  };
  const server = createServer((req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(pages[req.url ?? ''] ?? '');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const page = await browser.newPage();
  // Strings, not functions: tsx would wrap functions with helpers the page does not have.
  const once = `(async () => {
    const Q = window.QLPage;
    let t = performance.now(); const gate = Q.looksLikeArticle(document); const gateMs = performance.now() - t;
    t = performance.now(); const read = Q.readPage(document); const readMs = performance.now() - t;
    t = performance.now(); Q.readPage(document); const warmMs = performance.now() - t;
    t = performance.now(); Q.readPageMeta(document); const metaMs = performance.now() - t;
    t = performance.now(); const styled = Q.readPage(document, { isHidden: Q.hiddenByStyle }); const withStyleMs = performance.now() - t;
    if (styled.blocks.length !== read.blocks.length) console.warn('hiddenByStyle changed the blocks');
    const i = read.blocks.findIndex((b) => b.role === 'paragraph');
    t = performance.now(); const range = Q.rangeFor(read, i, 0, 20); const rangeMs = performance.now() - t;
    return { article: gate.article, gateMs, readMs, warmMs, withStyleMs, metaMs, rangeMs, blocks: read.blocks.length, range: String(range) };
  })()`;
  const sliced = `(async () => {
    const Q = window.QLPage;
    const longTasks = [];
    const obs = new PerformanceObserver((l) => l.getEntries().forEach((e) => longTasks.push(e.duration)));
    obs.observe({ entryTypes: ['longtask'] });
    const slices = [];
    const reader = new Q.PageReader(document);
    const t0 = performance.now();
    for (;;) {
      const t = performance.now();
      const done = reader.step(t + 8);
      slices.push(performance.now() - t);
      if (done) break;
      await new Promise((r) => setTimeout(r, 0));
    }
    const wall = performance.now() - t0;
    await new Promise((r) => setTimeout(r, 100));
    obs.disconnect();
    return { slices: slices.length, maxSlice: Math.max(...slices), work: slices.reduce((a, b) => a + b, 0), wall, longTasks };
  })()`;
  const loads = 7;
  const stat = (xs: number[]): string => {
    const s = [...xs].sort((a, b) => a - b);
    return `min ${s[0].toFixed(2)} / median ${s[s.length >> 1].toFixed(2)} / max ${s[s.length - 1].toFixed(2)} ms`;
  };
  for (const path of ['/seed', '/search', '/big']) {
    const runs: Record<string, number>[] = [];
    for (let i = 0; i < loads; i++) {
      await page.goto(`http://127.0.0.1:${port}${path}`);
      await page.addScriptTag({ content: code });
      runs.push((await page.evaluate(once)) as Record<string, number>);
    }
    console.log(`\n${path} (${(pages[path].length / 1024).toFixed(0)} KB, ${runs[0].blocks} blocks, article=${runs[0].article}), ${loads} fresh loads:`);
    for (const key of ['gateMs', 'readMs', 'warmMs', 'withStyleMs', 'metaMs', 'rangeMs']) console.log(`  ${key.padEnd(8)} ${stat(runs.map((r) => r[key]))}`);
    if (path === '/big') {
      for (let i = 0; i < 3; i++) {
        await page.goto(`http://127.0.0.1:${port}${path}`);
        await page.addScriptTag({ content: code });
        const r = (await page.evaluate(sliced)) as { slices: number; maxSlice: number; work: number; wall: number; longTasks: number[] };
        console.log(
          `  sliced (8 ms slices): ${r.slices} slices, longest ${r.maxSlice.toFixed(1)} ms, work ${r.work.toFixed(0)} ms, wall ${r.wall.toFixed(0)} ms, long tasks ${JSON.stringify(r.longTasks.map(Math.round))}`,
        );
      }
    }
  }
  const { loadavg } = await import('node:os');
  console.log(`\nload average while measuring: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  await browser.close();
  server.close();
}
