/**
 * The floor beside QuoteLens's own cost: tests/fixtures/floor-extension is a tiny MV3 extension
 * whose content script does the least the page issue asks for with the browsers' own APIs (gate,
 * settings, a DOM walk with a map to text nodes, the blocks to its worker, a stylesheet, Highlight
 * ranges, an observer, a listener) and decides nothing, timed the way QuoteLens times itself
 * (the 'floor:done' measure). Loaded in a Chromium of its own, on the same page, loads as the cost
 * test makes them: the ratio of the two says more than either time on a shared machine.
 */
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { chromiumExtensionArgs, ensureBrowser } from '../../../scripts/browsers.mjs';
import { FIXTURES_DIR } from './paths';

async function floorWork(page: Page): Promise<number> {
  await page.waitForFunction(() => performance.getEntriesByName('floor:done').length > 0, null, { timeout: 20_000 });
  return page.evaluate(() => ((performance.getEntriesByName('floor:done')[0] as PerformanceMeasure).detail as { workMs: number }).workMs);
}

/** The floor's work on `url`: `oneTab` loads in one tab after two not counted, `newTabs` loads in new tabs. */
export async function measureFloor(url: string, loads = { oneTab: 5, newTabs: 5 }): Promise<{ oneTab: number[]; newTabs: number[] }> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: ensureBrowser('chromium'),
    headless: false, // chosen by chromiumExtensionArgs (--headless=new)
    args: chromiumExtensionArgs(join(FIXTURES_DIR, 'floor-extension'), { headless: true }),
  });
  try {
    const oneTab: number[] = [];
    const tab = await context.newPage();
    for (let i = 0; i < loads.oneTab + 2; i++) {
      await tab.goto(`${url}?floor=${i}`, { waitUntil: 'load' });
      const work = await floorWork(tab);
      if (i >= 2) oneTab.push(work);
    }
    await tab.close();
    const newTabs: number[] = [];
    for (let i = 0; i < loads.newTabs; i++) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      newTabs.push(await floorWork(page));
      await page.close();
    }
    return { oneTab, newTabs };
  } finally {
    await context.close();
  }
}
