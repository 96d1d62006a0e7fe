/**
 * The wiring end to end, in both browsers, with the built extension: the content script runs on
 * the sample page and reports to the background, the background answers (and refuses bad
 * messages with an error value), the popup shows what the background holds for the tab, the
 * results survive a background restart, and nothing but the fixture server is ever asked for
 * anything.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { TabState } from '../../utils/messages';
import { BUILDS, describeRequests, keepForReadme, SEED_PAGE, type TabPage } from './helpers';
import { describeInBrowsers } from './helpers/vitest';

type Done = Extract<TabState, { status: 'done' }>;

describeInBrowsers('foundation', (h, browser) => {
  const version = (JSON.parse(readFileSync(join(BUILDS[browser], 'manifest.json'), 'utf8')) as { version: string }).version;

  // The sample page, opened once and shared by the tests below (they run in order).
  let seed: Promise<{ page: TabPage; state: Done }> | undefined;
  const openSeed = () =>
    (seed ??= (async () => {
      const page = await h().openPage(SEED_PAGE);
      const state = await h().waitForTabState(page.tabId);
      if (state.status !== 'done') throw new Error(`the sample page was not analysed: ${JSON.stringify(state)}`);
      return { page, state };
    })());

  it('the background answers a ping with the manifest version', async () => {
    expect(await h().send({ type: 'ping' })).toEqual({ ok: true, value: { version } });
  });

  it('the background answers malformed messages with an error value', async () => {
    expect(await h().sendRaw({ type: 'nope' })).toEqual({ ok: false, error: 'unknown message type: nope' });
    expect(await h().sendRaw('ping')).toMatchObject({ ok: false });
    expect(await h().sendRaw({ type: 'get-tab', tabId: 'one' })).toMatchObject({ ok: false, error: expect.stringContaining('get-tab') });
  });

  it('the content script runs on the sample page and the background keeps its result for the tab', async () => {
    expect(await h().tabState(2_147_483_000)).toEqual({ status: 'none' }); // a tab it knows nothing about
    const { page, state } = await openSeed();
    expect(h().server.requests.map((r) => r.path)).toContain(`/${SEED_PAGE}`);
    // Only the content script sends 'analyze' with the page's URL and title, from that tab.
    expect(state.analysis.meta.url).toBe(page.url());
    // The title as the page reader finds it (og:title: the document title without " | Daily8").
    expect(state.analysis.meta.title).toBe(await page.evaluate(() => document.querySelector('meta[property="og:title"]')?.getAttribute('content')));
    expect(await page.evaluate(() => document.title)).toContain(state.analysis.meta.title!);
    expect(Array.isArray(state.analysis.quotes)).toBe(true);
    const shot = await page.screenshot('page');
    keepForReadme(shot);
  });

  it('the popup shows what the background holds for that tab', async () => {
    const { page } = await openSeed();
    const state = await h().tabState(page.tabId);
    if (state.status !== 'done') throw new Error(`expected done, got ${state.status}`);
    const popup = await h().openPopup(page.tabId);
    expect(await popup.text('[data-testid=quote-count]')).toBe(String(state.analysis.quotes.length));
    expect(await popup.text('h1')).toBe(state.analysis.meta.title);
    const shot = await popup.screenshot('popup');
    keepForReadme(shot);
    await popup.close();
  });

  it("the tab's results survive a restart of the background", async () => {
    const { page } = await openSeed();
    const before = await h().tabState(page.tabId);
    await h().evaluateInBackground((g) => void (g.__e2eMarker = 'old background'));
    expect(await h().evaluateInBackground((g) => g.__e2eMarker as string)).toBe('old background');
    await h().restartBackground();
    // A new background (the marker is gone) that still answers with the same results.
    expect(await h().evaluateInBackground((g) => (g.__e2eMarker as string | undefined) ?? 'fresh')).toBe('fresh');
    expect(await h().tabState(page.tabId)).toEqual(before);
    const popup = await h().openPopup(page.tabId);
    expect(await popup.text('[data-testid=quote-count]')).toBe(String((before as Done).analysis.quotes.length));
    await popup.close();
  });

  // Last: it makes requests of its own to prove the watcher sees each context.
  it('makes no network request except to the fixture server', async () => {
    const { page } = await openSeed();
    const { server, network } = h();
    const outside = await network.outside();
    expect(outside, `requests outside ${server.origin}:\n${describeRequests(outside)}`).toEqual([]);

    // The watcher is not blind: it saw the page load, and it sees requests from the background
    // and from an extension page, attributed to the extension.
    const entries = await network.entries();
    expect(entries).toContainEqual(expect.objectContaining({ url: page.url(), source: 'page' }));
    const fromBackground = server.url('__canary/background');
    await h().evaluateInBackground((g, url) => g.fetch(url, { mode: 'no-cors' }).then(() => null), fromBackground);
    const fromPopup = server.url('__canary/popup');
    const popup = await h().openPopup(page.tabId);
    await popup.evaluate((url) => fetch(url, { mode: 'no-cors' }).then(() => null), fromPopup);
    await popup.close();
    const after = await network.entries();
    expect(after).toContainEqual(expect.objectContaining({ url: fromBackground, source: 'extension' }));
    expect(after).toContainEqual(expect.objectContaining({ url: fromPopup, source: 'extension' }));
    // …and a request to another origin is reported (localhost: another origin, same machine).
    const elsewhere = server.url('__canary/elsewhere').replace('127.0.0.1', 'localhost');
    await h().evaluateInBackground((g, url) => g.fetch(url, { mode: 'no-cors' }).catch(() => null), elsewhere);
    expect((await network.outside()).map((e) => e.url)).toEqual([elsewhere]);
  });
});
