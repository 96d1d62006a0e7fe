/**
 * The options page in Chromium and Firefox with the built extension: settings are stored, the
 * reader's people can be added by keyboard and imported from a file (bad rows reported by line,
 * nobody stored lost), the page says where the list is kept, the background uses the list, and
 * axe-core finds no serious or critical violation.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { groupBySpeaker } from '../../utils/export';
import { FIXTURES_DIR, keepForReadme, SEED_PAGE, type BrowserPage } from './helpers';
import { runAxe, tabThrough } from './helpers/a11y';
import { describeInBrowsers } from './helpers/vitest';

type Raw = {
  type(selector: string, text: string): Promise<void>;
  click(selector: string): Promise<void>;
  keyboard: { press(key: string): Promise<void> };
  setInputFiles?: (selector: string, files: string) => Promise<void>;
  $?: (selector: string) => Promise<{ uploadFile(...paths: string[]): Promise<void> } | null>;
};
const raw = (page: BrowserPage) => page.raw as Raw;

/** Chooses a file in an <input type=file>, in whichever driver runs the page. */
async function chooseFile(page: BrowserPage, selector: string, file: string): Promise<void> {
  const r = raw(page);
  if (r.setInputFiles) return r.setInputFiles(selector, file); // Playwright
  const input = await r.$!(selector); // Puppeteer
  if (!input) throw new Error(`no ${selector}`);
  await input.uploadFile(file);
}

const rowNames = (page: BrowserPage) =>
  page.evaluate(() => [...document.querySelectorAll('[data-testid=actor-row] th')].map((th) => th.textContent ?? ''));

describeInBrowsers('options', (h, browser) => {
  let options: BrowserPage;
  beforeAll(async () => {
    options = await h().openExtensionPage('options.html');
    await options.waitFor('[data-testid=actors-area]');
  });
  afterAll(async () => {
    await options?.close();
  });

  it('has no serious or critical accessibility violation (axe-core), and a screenshot for the README', async () => {
    keepForReadme(await options.screenshot('options'));
    const report = await runAxe(options);
    expect(report.blocking, report.summary).toEqual([]);
    expect(report.passes).toBeGreaterThan(10);
  });

  it.runIf(browser === 'chromium')('in the dark colour scheme too (Chromium: Firefox over BiDi cannot emulate it)', async () => {
    const page = await h().openExtensionPage('options.html');
    try {
      await (page.raw as { emulateMedia(o: { colorScheme: 'dark' }): Promise<void> }).emulateMedia({ colorScheme: 'dark' });
      await page.waitFor('[data-testid=actors-area]');
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(23, 24, 27)');
      const report = await runAxe(page);
      expect(report.blocking, report.summary).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('every control is reached with Tab and shows its focus', async () => {
    const stops = await tabThrough(options, 30);
    for (const id of ['setting-autoScan', 'setting-highlights', 'setting-highlightTerms', 'site-host', 'add-name', 'add-notes']) {
      const stop = stops.find((s) => s.testid === id);
      expect(stop, `Tab never reaches #${id}`).toBeDefined();
      expect(stop!.outline, `#${id} shows no focus`).not.toBe('none');
    }
  });

  it('settings are stored when changed', async () => {
    await raw(options).click('#palette-high-contrast');
    await raw(options).click('#setting-highlightTerms');
    await expect
      .poll(async () => (await h().callExtensionApi<Record<string, { palette?: string; highlightTerms?: boolean }>>('storage.local.get', 'settings')).settings, { timeout: 5000 })
      .toMatchObject({ palette: 'high-contrast', highlightTerms: false });
    await raw(options).click('#palette-default');
    await raw(options).click('#setting-highlightTerms');
    await expect
      .poll(async () => (await h().callExtensionApi<Record<string, { palette?: string; highlightTerms?: boolean }>>('storage.local.get', 'settings')).settings, { timeout: 5000 })
      .toMatchObject({ palette: 'default', highlightTerms: true });
  });

  it('a person added with the keyboard is stored in sync, and the background uses it', async () => {
    await raw(options).type('#add-name', 'John Rizzo');
    await raw(options).type('#add-role', 'Head of Communications');
    await raw(options).type('#add-org', 'Nvidia');
    await raw(options).keyboard.press('Enter');
    await expect.poll(() => rowNames(options), { timeout: 5000 }).toEqual(['John Rizzo']);
    expect(await options.evaluate(() => document.querySelector<HTMLElement>('[data-testid=actors-area]')?.dataset.area)).toBe('sync');
    const sync = await h().callExtensionApi<Record<string, unknown>>('storage.sync.get', null);
    expect(Object.keys(sync)).toContain('userActors:meta');

    // the speaker is now the reader's person; the page's own description stays first, the list's beside it
    const page = await h().openPage(SEED_PAGE);
    try {
      const state = await h().waitForTabState(page.tabId);
      if (state.status !== 'done') throw new Error(state.status);
      const rizzo = groupBySpeaker(state.analysis.quotes).speakers.find((g) => g.name === 'John Rizzo');
      expect(rizzo?.speaker).toMatchObject({ actorId: 'user:johnrizzo', role: 'spokesperson', roleSource: 'page', listRole: expect.stringContaining('Head of Communications') });
      const popup = await h().openPopup(page.tabId);
      const role = await popup.evaluate(() => document.querySelector('[data-speaker="John Rizzo"] .speaker-role')?.textContent ?? '');
      expect(role).toMatch(/^spokesperson, Nvidia · from this page · listed as Head of Communications/);
      await popup.close();
    } finally {
      await page.close();
    }
  });

  it('import: good rows kept, bad rows reported by line, nobody stored lost', async () => {
    await chooseFile(options, '[data-testid=import-file]', join(FIXTURES_DIR, 'actors', 'reader-actors.csv'));
    await options.waitFor('[data-testid=import-report] p');
    const report = (await options.text('[data-testid=import-report]')) ?? '';
    expect(report).toContain('Imported reader-actors.csv');
    expect(report).toContain('Line 3: name is missing');
    expect(report).toMatch(/Line 6 \(Ann Lee\): id is not valid/);
    const names = await rowNames(options);
    expect(names).toEqual(expect.arrayContaining(['John Rizzo', 'Jane Roe', 'Rizzo, John', 'Craig Allen']));
    expect(names).not.toContain('Ann Lee');
    // what is shown is what is stored: a fresh options page lists the same people
    const again = await h().openExtensionPage('options.html');
    try {
      await again.waitFor('[data-testid=actor-row]');
      expect(await rowNames(again)).toEqual(names);
    } finally {
      await again.close();
    }
  });
});
