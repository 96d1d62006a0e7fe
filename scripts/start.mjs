// npm start [-- FILE.html]
//
// Builds the Chrome extension, serves the sample news page (or FILE.html, with the files next to
// it) from 127.0.0.1 and opens it in Chromium with QuoteLens loaded. With a display ($DISPLAY)
// the window stays open until you close it. Without one it runs headless: waits for the
// background's result for the tab, prints who said what, saves screenshots and exits.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const fail = (message) => {
  console.error(`start: ${message}`);
  process.exit(1);
};

// npm runs scripts from the package root; a relative FILE is relative to where npm was started.
const arg = process.argv[2];
const file = arg ? resolve(process.env.INIT_CWD ?? process.cwd(), arg) : join(root, 'tests', 'fixtures', 'seed', 'page.html');
try {
  if (!statSync(file).isFile()) throw new Error('not a file');
  accessSync(file, constants.R_OK);
} catch (e) {
  fail(`cannot read ${arg ?? file}: ${e.code === 'ENOENT' ? 'no such file' : e.code === 'EACCES' ? 'permission denied' : e.message}`);
}

const started = Date.now();
const build = spawnSync(process.execPath, [join(root, 'node_modules', 'wxt', 'bin', 'wxt.mjs'), 'build'], { cwd: root, encoding: 'utf8' });
if (build.status !== 0) {
  process.stderr.write(`${build.stdout ?? ''}${build.stderr ?? ''}`);
  fail(`wxt build failed (exit ${build.status})`);
}
console.log(`built .output/chrome-mv3 in ${((Date.now() - started) / 1000).toFixed(1)} s`);

// The browser harness is shared with the e2e tests (TypeScript, loaded through tsx).
const { register } = await import('tsx/esm/api');
register();
const { launchChromium, startFixtureServer } = await import('../tests/e2e/helpers/index.ts');

const headless = !process.env.DISPLAY;
const server = await startFixtureServer(dirname(file));
let harness;
try {
  harness = await launchChromium({ headless, server });
  const page = await harness.openPage(encodeURIComponent(basename(file)));
  console.log(`opened ${page.url()} in Chromium (${headless ? 'headless: no $DISPLAY' : 'a window'})`);
  const state = await harness.waitForTabState(page.tabId, undefined, 60_000);
  report(state);
  console.log(`screenshot: ${await page.screenshot('start')}`);
  const popup = await harness.openPopup(page.tabId);
  console.log(`popup screenshot: ${await popup.screenshot('start-popup')}`);
  if (headless) {
    await harness.close();
  } else {
    await popup.close();
    console.log('The window stays open: click the QuoteLens toolbar icon for the popup. Close the window to stop.');
    process.once('SIGINT', () => void harness.close());
    await new Promise((done) => harness.context.once('close', done));
  }
} catch (e) {
  await harness?.close().catch(() => {});
  await server.close();
  fail(e instanceof Error ? e.message : String(e));
}
await server.close();
process.exit(0);

/** Prints the background's answer for the tab: who said what. */
function report(state) {
  if (state.status === 'skipped') return console.log(`QuoteLens skipped this page: ${state.reason}`);
  if (state.status !== 'done') return console.log(`QuoteLens has no result for this page (status: ${state.status})`);
  const { meta, quotes, elapsedMs } = state.analysis;
  const statements = quotes.filter((q) => q.kind !== 'term');
  console.log(`\n${meta.title ?? meta.url}`);
  console.log(`${quotes.length} quote${quotes.length === 1 ? '' : 's'} (${statements.length} statements, ${quotes.length - statements.length} terms) in ${elapsedMs} ms\n`);
  for (const q of statements) console.log(`${q.speaker?.name ?? '(unattributed)'}: "${q.text}"`);
  if (statements.length) console.log('');
}
