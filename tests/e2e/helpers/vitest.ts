/**
 * Vitest glue: one browser per describe block, launched once and closed after its tests.
 *
 *   describeInBrowsers('highlights', (h) => {
 *     it('paints every quote', async () => {
 *       const page = await h().openPage('seed/page.html');
 *       ...
 *     });
 *   });
 */
import { afterAll, beforeAll, describe } from 'vitest';
import { LAUNCHERS } from './index';
import type { BrowserName, ExtensionHarness, LaunchOptions } from './harness';

export const ALL_BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

/** $E2E_BROWSERS (e.g. "chromium") narrows a run to some browsers; default both. */
function browsersFromEnv(): readonly BrowserName[] {
  const wanted = (process.env.E2E_BROWSERS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = wanted.filter((b) => !ALL_BROWSERS.includes(b as BrowserName));
  if (unknown.length) throw new Error(`E2E_BROWSERS: unknown browser ${unknown.join(', ')} (chromium, firefox)`);
  return wanted.length ? (wanted as BrowserName[]) : ALL_BROWSERS;
}

export function describeInBrowsers(
  title: string,
  body: (harness: () => ExtensionHarness, browser: BrowserName) => void,
  options: LaunchOptions & { browsers?: readonly BrowserName[] } = {},
): void {
  for (const browser of options.browsers ?? browsersFromEnv()) {
    describe(`${title} [${browser}]`, () => {
      let harness: ExtensionHarness | undefined;
      beforeAll(async () => {
        harness = await LAUNCHERS[browser](options);
      });
      afterAll(async () => {
        await harness?.close();
      });
      body(() => {
        if (!harness) throw new Error(`${browser} did not launch (see the beforeAll error)`);
        return harness;
      }, browser);
    });
  }
}
