/**
 * The browser-independent face of the e2e harness: what a test can do with the built extension
 * loaded in a real browser. `launchChromium` (chromium.ts) and `launchFirefox` (firefox.ts)
 * implement it; `withChromium`, `withFirefox` and `withBrowser` (index.ts) wrap launch and close.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Request, Response, Result, TabState } from '../../../utils/messages';
import type { NetworkLog } from './network';
import { artifactsDir, README_SCREENSHOTS_DIR } from './paths';
import type { FixtureServer } from './server';

export type BrowserName = 'chromium' | 'firefox';

export interface Viewport {
  width: number;
  height: number;
}

export interface LaunchOptions {
  /** Default true. `npm start` passes false when there is a display. */
  headless?: boolean;
  /** Directory the fixture server serves (default tests/fixtures). */
  fixtureRoot?: string;
  /** Use this server instead of starting one (the harness then does not close it). */
  server?: FixtureServer;
  /** The unpacked extension (default the build in .output). */
  extensionDir?: string;
  /** Viewport of pages opened with openPage (default 1280×800). */
  viewport?: Viewport;
}

export const PAGE_VIEWPORT: Viewport = { width: 1280, height: 800 };
export const POPUP_VIEWPORT: Viewport = { width: 420, height: 600 };
/** What openPopup waits for before it returns: the popup has rendered a tab's state. */
// a settled popup: its list, or a status other than the first "Loading…"
export const POPUP_READY = '[data-testid=quote-count], [data-testid=status]:not([data-phase=loading])';

/** A tab in the browser, the same in both browsers. `raw` is the Playwright or Puppeteer page. */
export interface BrowserPage<Raw = unknown> {
  readonly raw: Raw;
  url(): string;
  /** Runs `fn(arg)` in the page (the function is serialised: no closures). */
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** textContent of the first element matching `selector`, or null when there is none. */
  text(selector: string): Promise<string | null>;
  /** Waits until an element matches `selector`. */
  waitFor(selector: string, timeoutMs?: number): Promise<void>;
  /** Saves a PNG as `<artifacts>/<browser>-<name>.png` and returns its path. */
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

/** A web page opened by the harness; `tabId` is the browser's tab id (what 'get-tab' takes). */
export interface TabPage<Raw = unknown> extends BrowserPage<Raw> {
  readonly tabId: number;
}

/** The global object of the extension's background (service worker or background page). */
export type BackgroundGlobal = any;

export interface ExtensionHarness<Raw = unknown> {
  readonly name: BrowserName;
  readonly server: FixtureServer;
  /** Every request the pages and the extension made (see network.ts). */
  readonly network: NetworkLog;
  /** "chrome-extension://<id>" or "moz-extension://<uuid>". */
  readonly extensionOrigin: string;
  extensionUrl(path: string): string;
  /** Opens a fixture path (or any URL) in a new tab and waits for its load event. */
  openPage(pathOrUrl: string): Promise<TabPage<Raw>>;
  /** Opens popup.html?tab=ID in a tab (popup-sized) and waits until it shows a state (`ready`). */
  openPopup(tabId: number, options?: { ready?: string; viewport?: Viewport }): Promise<BrowserPage<Raw>>;
  /** Opens an extension page ("options.html") in a tab and waits for its load. */
  openExtensionPage(path: string, options?: { viewport?: Viewport }): Promise<BrowserPage<Raw>>;
  /**
   * Calls an extension API from an extension page: callExtensionApi('storage.session.get', null).
   * The result travels as JSON.
   */
  callExtensionApi<T = unknown>(method: string, ...args: unknown[]): Promise<T>;
  /** runtime.sendMessage from an extension page: the typed protocol of utils/messages.ts. */
  send<R extends Request>(request: R): Promise<Response<R>>;
  /** runtime.sendMessage with anything, to check how the background treats bad messages. */
  sendRaw(message: unknown): Promise<unknown>;
  /** The background's 'get-tab' answer; throws when the answer is an error. */
  tabState(tabId: number): Promise<TabState>;
  /** Polls 'get-tab' until `until` holds (default: the content script reported: done or skipped). */
  waitForTabState(tabId: number, until?: (state: TabState) => boolean, timeoutMs?: number): Promise<TabState>;
  /**
   * Runs `fn(global, arg)` with the background's global object: the service worker's `self` in
   * Chromium, the background page's `window` in Firefox. `fn` is serialised (no closures) and
   * must reach everything through `global` (global.fetch, global.chrome…). Results travel as JSON.
   */
  evaluateInBackground<T, A = undefined>(fn: (global: BackgroundGlobal, arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /**
   * Stops the background and starts it again, as Chrome does with an idle worker (Firefox: the
   * background page is reloaded). Returns once the new background answers a ping.
   */
  restartBackground(): Promise<void>;
  close(): Promise<void>;
}

/** The minimum a browser-specific page must provide; pageWrapper adds the rest. */
export interface PageAdapter<Raw> {
  raw: Raw;
  url(): string;
  evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function wrapPage<Raw>(browser: BrowserName, page: PageAdapter<Raw>): BrowserPage<Raw> {
  const wrapped: BrowserPage<Raw> = {
    raw: page.raw,
    url: () => page.url(),
    evaluate: <T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A) => page.evaluate(fn, arg as A),
    text: (selector) => page.evaluate((s: string) => document.querySelector(s)?.textContent ?? null, selector),
    async waitFor(selector, timeoutMs = 10_000) {
      await poll(
        () => page.evaluate((s: string) => document.querySelector(s) !== null, selector),
        Boolean,
        timeoutMs,
        async () => {
          const body = await page.evaluate(() => document.body?.innerText.slice(0, 300) ?? '', undefined).catch(() => '?');
          return `no "${selector}" in ${page.url()}; the page shows: ${JSON.stringify(body)}`;
        },
      );
    },
    async screenshot(name) {
      const file = join(artifactsDir(), `${browser}-${name}.png`);
      await page.screenshot(file);
      return file;
    },
    close: () => page.close(),
  };
  return wrapped;
}

/** openPopup for a harness, built on its openExtensionPage. */
export function popupOpener<Raw>(openExtensionPage: ExtensionHarness<Raw>['openExtensionPage']): ExtensionHarness<Raw>['openPopup'] {
  return async (tabId, options = {}) => {
    const popup = await openExtensionPage(`popup.html?tab=${tabId}`, { viewport: options.viewport ?? POPUP_VIEWPORT });
    await popup.waitFor(options.ready ?? POPUP_READY);
    return popup;
  };
}

/** The messaging half of a harness, built on callExtensionApi. */
export function messaging(callExtensionApi: ExtensionHarness['callExtensionApi']) {
  const sendRaw = (message: unknown) => callExtensionApi('runtime.sendMessage', message);
  const send = <R extends Request>(request: R) => sendRaw(request) as Promise<Response<R>>;
  const tabState = async (tabId: number): Promise<TabState> => {
    const res = (await sendRaw({ type: 'get-tab', tabId })) as Result<TabState>;
    if (!res || res.ok !== true) throw new Error(`get-tab ${tabId} answered ${JSON.stringify(res)}`);
    return res.value;
  };
  const waitForTabState = async (
    tabId: number,
    until: (state: TabState) => boolean = (s) => s.status === 'done' || s.status === 'skipped',
    timeoutMs = 15_000,
  ): Promise<TabState> =>
    poll(() => tabState(tabId), until, timeoutMs, (last) => `tab ${tabId} is still ${JSON.stringify(last).slice(0, 300)}`, 100);
  return { send, sendRaw, tabState, waitForTabState };
}

/** Polls until the background answers a ping (after a restart). */
export async function waitForPing(send: ExtensionHarness['send'], timeoutMs = 10_000): Promise<void> {
  await poll(() => send({ type: 'ping' }), (res) => res.ok, timeoutMs, (last) => `the background does not answer a ping: ${JSON.stringify(last)}`, 100);
}

/**
 * With UPDATE_SCREENSHOTS=1, copies a screenshot into docs/screenshots/ for the README.
 * Returns the copy's path, or null when not updating (so ordinary runs leave the tree clean).
 */
export function keepForReadme(file: string): string | null {
  if (!process.env.UPDATE_SCREENSHOTS) return null;
  mkdirSync(README_SCREENSHOTS_DIR, { recursive: true });
  const copy = join(README_SCREENSHOTS_DIR, basename(file));
  copyFileSync(file, copy);
  return copy;
}

/**
 * Runs in an extension page (serialised by Playwright/Puppeteer, so self-contained): calls the
 * extension API `method` ("tabs.create") with `args` and returns the result as JSON.
 */
export async function callApiInPage([method, args]: [string, unknown[]]): Promise<unknown> {
  const g = globalThis as unknown as Record<string, Record<string, unknown> | undefined>;
  const api = g.browser ?? g.chrome;
  const path = method.split('.');
  const name = path.pop() as string;
  let owner: unknown = api;
  for (const key of path) owner = (owner as Record<string, unknown> | undefined)?.[key];
  const fn = (owner as Record<string, unknown> | undefined)?.[name];
  if (typeof fn !== 'function') throw new Error(`no extension API ${method}`);
  const value: unknown = await fn.apply(owner, args);
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

/** The source of an expression that calls `fn(global, arg)` and returns its result as JSON. */
export function backgroundCall(fn: (...args: never[]) => unknown, arg: unknown, global: string): string {
  const argSource = arg === undefined ? 'undefined' : JSON.stringify(arg);
  return `(async () => { const v = await (${fn.toString()})(${global}, ${argSource}); return v === undefined ? undefined : JSON.parse(JSON.stringify(v)); })()`;
}

/** A full URL stays as it is; anything else is a path on the fixture server. */
export function resolvePageUrl(server: FixtureServer, pathOrUrl: string): string {
  return /^[a-z][\w+.-]*:/i.test(pathOrUrl) ? pathOrUrl : server.url(pathOrUrl);
}

/**
 * Calls `probe` until `accept` takes its value, and returns that value. A probe that throws counts
 * as a miss. After `timeoutMs` it throws `describe(last value or error)`.
 */
export async function poll<T>(
  probe: () => T | Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs: number,
  describe: (last: unknown) => string | Promise<string>,
  everyMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let last: unknown;
    try {
      const value = await probe();
      if (accept(value)) return value;
      last = value;
    } catch (e) {
      last = e instanceof Error ? e.message : e;
    }
    if (Date.now() > deadline) throw new Error(`${await describe(last)} (after ${timeoutMs} ms)`);
    await sleep(everyMs);
  }
}

export const until = (check: () => boolean | Promise<boolean>, timeoutMs: number, message: string): Promise<boolean> =>
  poll(check, Boolean, timeoutMs, () => message);
