// After `wxt build`/`wxt zip` for both browsers: print the content script's gzipped size and fail
// (exit 1) when it is over budget or when compromise was bundled into any script. The content
// script runs on every page, so it must stay small; the worker takes what it needs from compromise
// as data (utils/nlp-data.ts, made by scripts/build-lexicon.ts), because loading compromise cost
// about 200 ms each time the browser started the worker.
//
//   node scripts/report-size.mjs [outputDir]     (default .output)
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 30 * 1024; // gzipped
const TARGETS = ['chrome-mv3', 'firefox-mv2'];
// Literals that survive minification in every compromise build (one, two, three).
const COMPROMISE_MARKERS = ['compromise: Invalid tag', 'compromises-are-possible'];

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function inspect(file) {
  const code = readFileSync(file);
  const text = code.toString('utf8');
  return {
    raw: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    markers: COMPROMISE_MARKERS.filter((m) => text.includes(m)),
    // V8's compile hint (see wxt.config.ts) takes effect only as the file's first line
    compileHint: text.startsWith('//# allFunctionsCalledOnLoad\n'),
  };
}

// Scripts the content script loads into its own world with import() (entrypoints/page-session,
// entrypoints/card-ui): on an article page the content script and page-session.js run together,
// so the budget covers both; card-ui.js comes only when a card is first shown.
const ARTICLE_SCRIPTS = ['page-session.js'];
const LAZY_SCRIPTS = ['card-ui.js'];

function main(outputDir) {
  const failures = [];
  const builtAt = {};
  for (const target of TARGETS) {
    const file = join(outputDir, target, 'content-scripts', 'content.js');
    let info;
    try {
      info = inspect(file);
      builtAt[target] = statSync(file).mtimeMs;
    } catch {
      failures.push(`${file} is missing: build both browsers first (npm run build)`);
      continue;
    }
    console.log(`content script ${target}: ${kb(info.gzip)} gzipped (${kb(info.raw)} raw), budget ${kb(BUDGET_BYTES)}`);
    if (info.gzip > BUDGET_BYTES) failures.push(`${target} content script is ${kb(info.gzip)} gzipped, over the ${kb(BUDGET_BYTES)} budget`);
    if (info.markers.length) {
      failures.push(`${target} content script contains compromise (found ${info.markers.map((m) => JSON.stringify(m)).join(', ')}); import it only from the background`);
    }
    let article = info.gzip;
    for (const name of [...ARTICLE_SCRIPTS, ...LAZY_SCRIPTS]) {
      let extra;
      try {
        extra = inspect(join(outputDir, target, name));
      } catch {
        failures.push(`${join(outputDir, target, name)} is missing`);
        continue;
      }
      if (ARTICLE_SCRIPTS.includes(name)) article += extra.gzip;
      console.log(`  + ${name} (loaded by it ${ARTICLE_SCRIPTS.includes(name) ? 'on articles' : 'when first needed'}): ${kb(extra.gzip)} gzipped (${kb(extra.raw)} raw)`);
      if (extra.markers.length) failures.push(`${target} ${name} contains compromise; import it only from the background`);
      if (!extra.compileHint) failures.push(`${target} ${name} does not begin with the compile hint //# allFunctionsCalledOnLoad (wxt.config.ts)`);
    }
    try {
      const bg = inspect(join(outputDir, target, 'background.js'));
      console.log(`background ${target}: ${kb(bg.gzip)} gzipped (${kb(bg.raw)} raw)`);
      if (bg.markers.length) failures.push(`${target} background.js contains compromise; the worker uses utils/nlp-data.ts (npm run build:lexicon)`);
    } catch {
      failures.push(`${join(outputDir, target, 'background.js')} is missing`);
    }
    console.log(`  content script on an article page (with ${ARTICLE_SCRIPTS.join(', ')}): ${kb(article)} gzipped, budget ${kb(BUDGET_BYTES)}`);
    if (article > BUDGET_BYTES) failures.push(`${target} content script with ${ARTICLE_SCRIPTS.join(', ')} is ${kb(article)} gzipped, over the ${kb(BUDGET_BYTES)} budget`);
  }
  // Zips made from these builds (wxt names them *-chrome.zip, *-firefox.zip, *-sources.zip; the
  // sources zip comes with the Firefox one). Zips older than their build are stale and not listed.
  let zips = [];
  try {
    zips = readdirSync(outputDir).filter((f) => f.endsWith('.zip'));
  } catch {}
  for (const zip of zips.sort()) {
    const st = statSync(join(outputDir, zip));
    const build = builtAt[zip.endsWith('-chrome.zip') ? 'chrome-mv3' : 'firefox-mv2'];
    if (build !== undefined && st.mtimeMs >= build) console.log(`zip: ${join(outputDir, zip)} (${kb(st.size)})`);
  }
  for (const failure of failures) console.error(`report-size: ${failure}`);
  return failures.length ? 1 : 0;
}

process.exitCode = main(process.argv[2] ?? process.env.QUOTELENS_OUTPUT ?? '.output');
