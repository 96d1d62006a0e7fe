/**
 * The built Chrome MV3 extension in the system Chromium, driven by playwright-core.
 * One persistent context per harness (extensions need one), a temporary profile, new headless
 * mode unless `headless: false`.
 */
import { chromium, type BrowserContext, type Page, type Request as PwRequest, type Worker } from 'playwright-core';
import { chromiumExtensionArgs, ensureBrowser } from '../../../scripts/browsers.mjs';
import {
  backgroundCall,
  callApiInPage,
  messaging,
  PAGE_VIEWPORT,
  popupOpener,
  resolvePageUrl,
  until,
  waitForPing,
  wrapPage,
  type ExtensionHarness,
  type LaunchOptions,
  type TabPage,
} from './harness';
import { createNetworkLog, type NetworkEntry } from './network';
import { builtExtension } from './paths';
import { startFixtureServer } from './server';

export interface ChromiumHarness extends ExtensionHarness<Page> {
  readonly name: 'chromium';
  readonly context: BrowserContext;
  /** The extension's service worker (the same object across restarts). */
  serviceWorker(): Worker;
}

interface SeenRequest {
  url: string;
  method: string;
  worker: string;
  frame: string;
}

function seen(r: PwRequest): SeenRequest {
  const worker = r.serviceWorker()?.url() ?? '';
  let frame = '';
  if (!worker) {
    try {
      frame = r.frame().url();
    } catch {
      // a navigation whose frame does not exist yet
    }
  }
  return { url: r.url(), method: r.method(), worker, frame };
}

const adapt = (page: Page) =>
  wrapPage('chromium', {
    raw: page,
    url: () => page.url(),
    evaluate: <T, A>(fn: (arg: A) => T | Promise<T>, arg: A) => page.evaluate(fn as (arg: unknown) => T | Promise<T>, arg),
    screenshot: async (path) => void (await page.screenshot({ path })),
    close: () => page.close(),
  });

export async function launchChromium(options: LaunchOptions = {}): Promise<ChromiumHarness> {
  const headless = options.headless ?? true;
  const extensionDir = options.extensionDir ?? builtExtension('chromium');
  const executablePath = ensureBrowser('chromium');
  const server = options.server ?? (await startFixtureServer(options.fixtureRoot));
  const closeServer = options.server ? async () => {} : () => server.close();
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext('', {
      executablePath,
      headless: false, // headless is chosen by chromiumExtensionArgs (--headless=new)
      args: chromiumExtensionArgs(extensionDir, { headless }),
      viewport: options.viewport ?? PAGE_VIEWPORT,
    });
    const ctx = context;
    const requests: SeenRequest[] = [];
    ctx.on('request', (r) => requests.push(seen(r)));

    const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
    const firstWorker =
      ctx.serviceWorkers().find(isOurs) ?? (await ctx.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 }));
    const extensionOrigin = `chrome-extension://${new URL(firstWorker.url()).host}`; // URL.origin is "null" for this scheme
    const serviceWorker = () => ctx.serviceWorkers().find((w) => w.url().startsWith(extensionOrigin)) ?? firstWorker;
    const extensionUrl = (path: string) => `${extensionOrigin}/${path.replace(/^\/+/, '')}`;

    // An extension page kept open to call extension APIs from (tabs.create, runtime.sendMessage…).
    const bridge = ctx.pages()[0] ?? (await ctx.newPage());
    await bridge.goto(extensionUrl('options.html'));
    const callExtensionApi = <T>(method: string, ...args: unknown[]) =>
      bridge.evaluate(callApiInPage, [method, args] as [string, unknown[]]) as Promise<T>;
    const { send, sendRaw, tabState, waitForTabState } = messaging(callExtensionApi);

    const network = createNetworkLog(
      async () =>
        requests.map((r): NetworkEntry => {
          const who = r.worker || r.frame;
          return {
            url: r.url,
            method: r.method,
            source: who.startsWith(extensionOrigin) ? 'extension' : 'page',
            detail: r.worker ? `service worker ${r.worker}` : r.frame ? `document ${r.frame}` : 'navigation',
          };
        }),
      [server.origin],
    );

    const openExtensionPage = async (path: string, opts: { viewport?: { width: number; height: number } } = {}) => {
      const page = await ctx.newPage();
      if (opts.viewport) await page.setViewportSize(opts.viewport);
      await page.goto(extensionUrl(path));
      return adapt(page);
    };

    const harness: ChromiumHarness = {
      name: 'chromium',
      context: ctx,
      server,
      network,
      extensionOrigin,
      extensionUrl,
      serviceWorker,
      async openPage(pathOrUrl) {
        // Created by the extension so the tab id is known, then navigated by Playwright so that
        // the page's every request is seen.
        const created = ctx.waitForEvent('page', { timeout: 10_000 });
        const tab = await callExtensionApi<{ id: number }>('tabs.create', { url: 'about:blank', active: true });
        const page = await created;
        await page.goto(resolvePageUrl(server, pathOrUrl), { waitUntil: 'load' });
        return Object.assign(adapt(page), { tabId: tab.id }) as TabPage<Page>;
      },
      openPopup: popupOpener(openExtensionPage),
      openExtensionPage,
      callExtensionApi,
      send,
      sendRaw,
      tabState,
      waitForTabState,
      evaluateInBackground: (fn, arg) => serviceWorker().evaluate(backgroundCall(fn, arg, 'globalThis')),
      async restartBackground() {
        // What Chrome does to an idle worker: stop it; the next message starts a new one. A worker
        // stopped while still installing restarts by itself in odd ways, so wait for it to be
        // activated and running first, and judge by the states seen since the stop.
        const cdp = await ctx.newCDPSession(bridge);
        let status = '';
        const running: string[] = [];
        cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
          for (const v of versions) {
            if (!v.scriptURL.startsWith(extensionOrigin)) continue;
            status = v.status;
            running.push(v.runningStatus);
          }
        });
        const after = (mark: number, state: string) => () => running.indexOf(state, mark) >= 0;
        const seen = () => `version ${status}, running states ${running.join(' > ')}`;
        try {
          await cdp.send('ServiceWorker.enable');
          await waitForPing(send);
          await until(() => status === 'activated' && running.at(-1) === 'running', 15_000, `the service worker is not active (${seen()})`);
          const stopAt = running.length;
          await cdp.send('ServiceWorker.stopAllWorkers');
          await until(after(stopAt, 'stopped'), 10_000, `the service worker did not stop (${seen()})`);
          await waitForPing(send);
          const stoppedAt = running.indexOf('stopped', stopAt);
          await until(after(stoppedAt, 'running'), 10_000, `the service worker did not start again (${seen()})`);
        } finally {
          await cdp.detach().catch(() => {});
        }
      },
      async close() {
        await ctx.close();
        await closeServer();
      },
    };
    return harness;
  } catch (e) {
    await context?.close().catch(() => {});
    await closeServer();
    throw e;
  }
}
