/**
 * The floor under the content script's main-thread work (run: npx wxt build && npx tsx scripts/dev/floor.ts [rounds] [--together]).
 *
 * tests/fixtures/floor-extension/ is a tiny MV3 extension whose content script does the least the
 * page issue asks for with the browsers' own APIs (gate, settings, a DOM walk keeping a map to text nodes, the
 * blocks to the worker, a stylesheet, Highlight ranges, a mutation observer, a hover listener) and
 * decides nothing. This loads the sample page with it and with the built QuoteLens
 * (.output/chrome-mv3, or $QUOTELENS_OUTPUT), in turns, each in one tab (8 loads, the first 2 not
 * counted) and in new tabs (8), and prints the medians of the work each reports (QuoteLens: the
 * quotelens:scan measure; the floor: floor:done). Both in the same Chromium on the same machine, so
 * the ratio means more than either figure. With --together both extensions run in one browser, on
 * the same page loads, and the ratio is taken load by load: a shared machine that slows one load
 * slows both scripts on it, so this ratio holds still where the times do not. Dev only: nothing here
 * runs in npm test.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromiumExtensionArgs, ensureBrowser } from '../browsers.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const SEED = readFileSync(join(ROOT, 'tests/fixtures/seed/page.html'), 'utf8');
const EXTENSIONS = {
  floor: { dir: join(ROOT, 'tests/fixtures/floor-extension'), measure: 'floor:done' },
  quotelens: { dir: resolve(ROOT, process.env.QUOTELENS_OUTPUT || '.output', 'chrome-mv3'), measure: 'quotelens:scan' },
} as const;
type Name = keyof typeof EXTENSIONS;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** The work each named measure reports on this page load (waits for all of them). */
async function workOf(page: Page, measures: string[]): Promise<number[]> {
  await page.waitForFunction((names) => names.every((name) => performance.getEntriesByName(name).length > 0), measures, { timeout: 20_000 });
  return page.evaluate((names) => names.map((name) => ((performance.getEntriesByName(name)[0] as PerformanceMeasure).detail as { workMs: number }).workMs), measures);
}

/** 8 loads in one tab (the first 2 not counted) and 8 in new tabs, with `names` loaded together. */
async function measure(names: Name[], origin: string): Promise<{ oneTab: number[][]; newTabs: number[][] }> {
  const profile = mkdtempSync(join(tmpdir(), 'quotelens-floor-'));
  const dirs = names.map((name) => EXTENSIONS[name].dir).join(',');
  const entries = names.map((name) => EXTENSIONS[name].measure);
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: ensureBrowser('chromium'),
    headless: true,
    args: ['--no-sandbox', ...chromiumExtensionArgs(dirs, { headless: true })],
  });
  try {
    const oneTab: number[][] = [];
    const tab = await context.newPage();
    for (let i = 0; i < 8; i++) {
      await tab.goto(`${origin}/?load=${i}`, { waitUntil: 'load' });
      const work = await workOf(tab, entries);
      if (i >= 2) oneTab.push(work);
    }
    await tab.close();
    const newTabs: number[][] = [];
    for (let i = 0; i < 8; i++) {
      const page = await context.newPage();
      await page.goto(`${origin}/?tab=${i}`, { waitUntil: 'load' });
      newTabs.push(await workOf(page, entries));
      await page.close();
    }
    return { oneTab, newTabs };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const server = createServer((_req, res) => {
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.end(SEED);
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const { port } = server.address() as { port: number };
const rounds = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 3);
const together = process.argv.includes('--together');
const origin = `http://127.0.0.1:${port}`;
const all: Record<Name, { oneTab: number[]; newTabs: number[] }> = { floor: { oneTab: [], newTabs: [] }, quotelens: { oneTab: [], newTabs: [] } };
const ratios = { oneTab: [] as number[], newTabs: [] as number[] };
try {
  for (let round = 1; round <= rounds; round++) {
    const runs: Name[][] = together ? [['floor', 'quotelens']] : [['floor'], ['quotelens']];
    for (const names of runs) {
      const { oneTab, newTabs } = await measure(names, origin);
      names.forEach((name, k) => {
        all[name].oneTab.push(...oneTab.map((w) => w[k]));
        all[name].newTabs.push(...newTabs.map((w) => w[k]));
        console.log(`round ${round} ${name.padEnd(9)} one tab ${median(oneTab.map((w) => w[k])).toFixed(1)} ms, new tabs ${median(newTabs.map((w) => w[k])).toFixed(1)} ms`);
      });
      if (together) {
        ratios.oneTab.push(...oneTab.map(([floor, ours]) => ours / floor));
        ratios.newTabs.push(...newTabs.map(([floor, ours]) => ours / floor));
      }
    }
  }
} finally {
  server.close();
}
const line = (name: Name) => `one tab ${median(all[name].oneTab).toFixed(1)} ms, new tabs ${median(all[name].newTabs).toFixed(1)} ms`;
const ratio = together
  ? `ratio load by load ${median(ratios.oneTab).toFixed(2)} / ${median(ratios.newTabs).toFixed(2)}`
  : `ratio ${(median(all.quotelens.oneTab) / median(all.floor.oneTab)).toFixed(2)} / ${(median(all.quotelens.newTabs) / median(all.floor.newTabs)).toFixed(2)}`;
console.log(`RESULT floor: ${line('floor')}; quotelens: ${line('quotelens')}; ${ratio}${together ? ' (together)' : ''}`);
