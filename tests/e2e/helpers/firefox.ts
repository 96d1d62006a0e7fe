/**
 * The built Firefox MV2 extension in the system Firefox ESR, driven by puppeteer-core over
 * WebDriver BiDi (no geckodriver in Debian, and npm's downloads it from GitHub). The extension is
 * installed as a temporary add-on with a pinned moz-extension UUID.
 *
 * Firefox quirks handled here: BiDi navigates to moz-extension:// only when Firefox runs with
 * --remote-allow-system-access, and even then `goto` never resolves for such a URL, so extension
 * pages are opened without awaiting `goto` and polled until loaded.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ensureBrowser } from '../../../scripts/browsers.mjs';
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
  type Viewport,
} from './harness';
import { createNetworkLog, type NetworkEntry } from './network';
import { builtExtension } from './paths';
import { startFixtureServer } from './server';

export interface FirefoxHarness extends ExtensionHarness<Page> {
  readonly name: 'firefox';
  readonly browser: Browser;
}

/** The raw BiDi connection puppeteer keeps (not in its public types). */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: BidiEvaluateResult & { contexts?: { context: string }[] } }>;
}
interface BidiEvaluateResult {
  type?: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text?: string };
}

/** One HTTP request as the parent-process observer saw it. */
interface ObservedRequest {
  url: string;
  method: string;
  /** "system", or the triggering principal's origin (an expanded principal lists its parts). */
  principal: string;
  addonId: string;
  /** nsIContentPolicy type: 6 document, 7 subdocument, … */
  type: number;
  /** The document the request belongs to, when known. */
  doc: string;
}

const LOG = '__quotelensNetlog';

// Runs in the browser window's chrome realm: sees every HTTP channel the browser opens, whichever
// process or context (tab, extension page, background page, content script) asked for it.
const OBSERVER = `(() => {
  if (globalThis.${LOG}) return 'present';
  const log = (globalThis.${LOG} = []);
  Services.obs.addObserver({
    observe(subject) {
      try {
        const channel = subject.QueryInterface(Ci.nsIHttpChannel);
        const info = channel.loadInfo;
        const p = info && info.triggeringPrincipal;
        let doc = '';
        try { doc = info.browsingContext.currentWindowGlobal.documentURI.spec; } catch {}
        log.push({
          url: channel.URI.spec,
          method: channel.requestMethod,
          principal: !p ? '' : p.isSystemPrincipal ? 'system' : p.origin,
          addonId: (p && p.addonId) || '',
          type: info ? info.externalContentPolicyType : 0,
          doc,
        });
      } catch (e) {
        log.push({ url: 'observer-error:' + e, method: '', principal: '', addonId: '', type: 0, doc: '' });
      }
    },
  }, 'http-on-opening-request');
  return 'installed';
})()`;

async function evaluateInChrome(conn: BidiConnection, context: string, expression: string): Promise<unknown> {
  const { result } = await conn.send('script.evaluate', { expression, target: { context }, awaitPromise: false });
  if (result.type !== 'success') throw new Error(`chrome-scope evaluate failed: ${result.exceptionDetails?.text ?? JSON.stringify(result)}`);
  return result.result?.value;
}

/** Installs the observer; returns a function that reads what it has seen so far. */
async function watchNetwork(conn: BidiConnection): Promise<() => Promise<ObservedRequest[]>> {
  const tree = await conn.send('browsingContext.getTree', { 'moz:scope': 'chrome' }).catch((e: unknown) => {
    throw new Error(`cannot reach Firefox's chrome scope to watch the network (needs --remote-allow-system-access): ${String(e)}`);
  });
  const context = tree.result.contexts?.[0]?.context;
  if (!context) throw new Error('no chrome-scope browsing context to watch the network from');
  if ((await evaluateInChrome(conn, context, OBSERVER)) !== 'installed') throw new Error('network observer not installed');
  return async () => {
    const json = await evaluateInChrome(conn, context, `JSON.stringify(globalThis.${LOG} ?? null)`);
    const log = JSON.parse(String(json)) as ObservedRequest[] | null;
    if (!log) throw new Error('the Firefox network observer is gone');
    return log;
  };
}

const adapt = (page: Page) =>
  wrapPage('firefox', {
    raw: page,
    url: () => page.url(),
    evaluate: <T, A>(fn: (arg: A) => T | Promise<T>, arg: A) => page.evaluate(fn as (arg: unknown) => T, arg) as Promise<T>,
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
    close: () => page.close(),
  });

/** Opens an extension URL in `page` and waits until it has loaded (see the note at the top). */
async function gotoExtensionPage(page: Page, url: string): Promise<void> {
  void page.goto(url, { timeout: 0 }).catch(() => {});
  await until(
    async () => (await page.evaluate(() => `${location.href} ${document.readyState}`).catch(() => '')) === `${url} complete`,
    10_000,
    `${url} did not load`,
  );
}

export async function launchFirefox(options: LaunchOptions = {}): Promise<FirefoxHarness> {
  const headless = options.headless ?? true;
  const extensionDir = options.extensionDir ?? builtExtension('firefox');
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const geckoId = manifest.browser_specific_settings?.gecko?.id;
  if (!geckoId) throw new Error(`${extensionDir}/manifest.json has no gecko id`);
  const executablePath = ensureBrowser('firefox');
  const server = options.server ?? (await startFixtureServer(options.fixtureRoot));
  const closeServer = options.server ? async () => {} : () => server.close();
  const viewport: Viewport = options.viewport ?? PAGE_VIEWPORT;
  const uuid = randomUUID();
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless,
      args: ['--remote-allow-system-access'],
      defaultViewport: viewport,
      extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }) },
    });
    const ff = browser;
    const conn = (ff as unknown as { connection: BidiConnection }).connection;
    // Before the add-on is installed, so its background's first requests are seen too.
    const observed = await watchNetwork(conn);
    await ff.installExtension(extensionDir);

    const extensionOrigin = `moz-extension://${uuid}`;
    const extensionUrl = (path: string) => `${extensionOrigin}/${path.replace(/^\/+/, '')}`;
    const bridge = (await ff.pages())[0] ?? (await ff.newPage());
    await gotoExtensionPage(bridge, extensionUrl('options.html'));
    const callExtensionApi = <T>(method: string, ...args: unknown[]) =>
      bridge.evaluate(callApiInPage, [method, args] as [string, unknown[]]) as Promise<T>;
    const { send, sendRaw, tabState, waitForTabState } = messaging(callExtensionApi);
    const inBackground = (expression: string) =>
      bridge.evaluate(`(async () => { const bg = await browser.runtime.getBackgroundPage(); return await ${expression}; })()`);

    const network = createNetworkLog(
      async () =>
        (await observed()).map((r): NetworkEntry => {
          const ours = r.addonId === geckoId || r.principal.includes(extensionOrigin);
          const navigation = r.type === 6 || r.type === 7;
          return {
            url: r.url,
            method: r.method,
            source: ours ? 'extension' : r.principal === 'system' && !navigation ? 'browser' : 'page',
            detail: `${navigation ? 'navigation' : `principal ${r.principal}`}${r.doc ? ` in ${r.doc}` : ''}`,
          };
        }),
      [server.origin],
    );

    const openExtensionPage = async (path: string, opts: { viewport?: Viewport } = {}) => {
      const page = await ff.newPage();
      if (opts.viewport) await page.setViewport(opts.viewport);
      await gotoExtensionPage(page, extensionUrl(path));
      return adapt(page);
    };

    const harness: FirefoxHarness = {
      name: 'firefox',
      browser: ff,
      server,
      network,
      extensionOrigin,
      extensionUrl,
      async openPage(pathOrUrl) {
        // Created by the extension so the tab id is known, then navigated by puppeteer.
        const before = new Set(ff.targets());
        const tab = await callExtensionApi<{ id: number }>('tabs.create', { url: 'about:blank', active: true });
        const target = await ff.waitForTarget((t) => t.type() === 'page' && !before.has(t), { timeout: 10_000 });
        const page = await target.page();
        if (!page) throw new Error('the new tab has no page');
        await page.setViewport(viewport);
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
      evaluateInBackground: async (fn, arg) => (await inBackground(backgroundCall(fn, arg, 'bg'))) as never,
      async restartBackground() {
        // The MV2 background page is persistent; reloading it is the closest to a worker restart.
        const token = randomUUID();
        await inBackground(`(bg.__harnessToken = ${JSON.stringify(token)}, bg.location.reload(), null)`);
        await until(
          async () => (await inBackground('bg.document.readyState === "complete" && bg.__harnessToken === undefined').catch(() => false)) === true,
          10_000,
          'the background page did not reload',
        );
        await waitForPing(send);
      },
      async close() {
        await ff.close();
        await closeServer();
      },
    };
    return harness;
  } catch (e) {
    await browser?.close().catch(() => {});
    await closeServer();
    throw e;
  }
}
