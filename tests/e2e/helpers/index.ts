/**
 * The e2e harness: the built extension in real Chromium and Firefox, a fixture server, the
 * network log. Free of vitest, so scripts (npm start) use it too; vitest.ts adds the test glue.
 *
 *   await withChromium(async (h) => {
 *     const page = await h.openPage('seed/page.html');        // tests/fixtures/seed/page.html
 *     const state = await h.waitForTabState(page.tabId);     // the background's 'get-tab' answer
 *     const popup = await h.openPopup(page.tabId);           // popup.html?tab=ID
 *     expect(await popup.text('[data-testid=quote-count]')).toBe(...);
 *     expect(await h.network.outside()).toEqual([]);         // nothing but the fixture server
 *   });
 */
import { launchChromium, type ChromiumHarness } from './chromium';
import { launchFirefox, type FirefoxHarness } from './firefox';
import type { BrowserName, ExtensionHarness, LaunchOptions } from './harness';

export * from './harness';
export * from './network';
export * from './paths';
export * from './server';
export { launchChromium, launchFirefox, type ChromiumHarness, type FirefoxHarness };

export const LAUNCHERS: Record<BrowserName, (options?: LaunchOptions) => Promise<ExtensionHarness>> = {
  chromium: launchChromium,
  firefox: launchFirefox,
};

async function using<H extends { close(): Promise<void> }, T>(harness: H, fn: (h: H) => Promise<T>): Promise<T> {
  try {
    return await fn(harness);
  } finally {
    await harness.close();
  }
}

/** Launches Chromium with the extension, runs `fn`, closes everything (also when `fn` throws). */
export const withChromium = async <T>(fn: (h: ChromiumHarness) => Promise<T>, options?: LaunchOptions) =>
  using(await launchChromium(options), fn);

/** Launches Firefox with the extension, runs `fn`, closes everything (also when `fn` throws). */
export const withFirefox = async <T>(fn: (h: FirefoxHarness) => Promise<T>, options?: LaunchOptions) =>
  using(await launchFirefox(options), fn);

/** Either browser, for tests that run the same steps in both. */
export const withBrowser = async <T>(name: BrowserName, fn: (h: ExtensionHarness) => Promise<T>, options?: LaunchOptions) =>
  using(await LAUNCHERS[name](options), fn);
