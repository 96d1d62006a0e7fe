/**
 * What the highlight tests look at in a page, in both browsers: our highlights (CSS.highlights,
 * read from the page's own world), the page's text and layout, the hover card in its shadow root,
 * and the content script's performance marks. Also the generated 1 MB page and the settings.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChromiumHarness, ExtensionHarness, FirefoxHarness, TabPage } from './helpers';
import { GECKO_ID } from '../../wxt.config';
import { FIXTURES_DIR, poll } from './helpers';
import type { PageAnalysis, TabState } from '../../utils/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings';

export type Done = Extract<TabState, { status: 'done' }>;

/** Sets the stored settings (what the options page would store). */
export async function setSettings(h: ExtensionHarness, change: Partial<Settings> = {}): Promise<void> {
  await h.callExtensionApi('storage.local.set', { settings: { ...DEFAULT_SETTINGS, ...change } });
}

/** The 1 MB page: the sample page's <body> repeated 50 times (written once, git-ignored). */
export const BIG_PAGE = 'e2e/generated/big.html';
export function writeBigPage(times = 50): { path: string; bytes: number } {
  const seed = readFileSync(join(FIXTURES_DIR, 'seed', 'page.html'), 'utf8');
  const open = seed.indexOf('<body>');
  const close = seed.lastIndexOf('</body>');
  const head = seed.slice(0, open + '<body>'.length);
  const body = seed.slice(open + '<body>'.length, close);
  const html = `${head}\n${Array.from({ length: times }, () => body).join('\n')}\n</body>\n</html>\n`;
  const dir = join(FIXTURES_DIR, 'e2e', 'generated');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'big.html'), html);
  return { path: BIG_PAGE, bytes: Buffer.byteLength(html) };
}

/** The quotes the page should show: statements, and terms when they are painted. */
export function expectedQuotes(analysis: PageAnalysis, terms: boolean) {
  return analysis.quotes.filter((q) => q.kind === 'statement' || terms);
}

/** Whitespace-collapsed text without soft hyphens and zero-width spaces (as the page reader reads). */
export const norm = (s: string) => s.replace(/[\u00ad\u200b\ufeff]/g, '').replace(/\s+/g, ' ').trim();

export interface HighlightFacts {
  /** Highlight names in CSS.highlights that begin with "quotelens" → number of ranges. */
  names: Record<string, number>;
  /** Every CSS.highlights name (ours and anyone else's). */
  allNames: string[];
  /** Statement and term ranges (not the focus or the flash). */
  quoteRanges: number;
  /** Distinct (start node, offset, end node, offset) among them. */
  distinct: number;
  /** Their text, whitespace-collapsed. */
  texts: string[];
  /** Ranges that collapsed or whose nodes left the document. */
  dead: number;
  /** Our rules are in the page: an adopted stylesheet, or our <style> where the page refuses one. */
  style: boolean;
  /** The highlight names our rules paint (`::highlight(quotelens-…)`), sorted. */
  ruleNames: string[];
  /** quotelens-* elements in the page (the card's host; marks in the fallback). */
  ownElements: string[];
}

/** Runs in the page. */
export function highlightFacts(): HighlightFacts {
  const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
  const names: Record<string, number> = {};
  const ids = new Map<Node, number>();
  const id = (n: Node) => {
    if (!ids.has(n)) ids.set(n, ids.size);
    return ids.get(n);
  };
  const keys = new Set<string>();
  const texts: string[] = [];
  let quoteRanges = 0;
  let dead = 0;
  registry.forEach((h, name) => {
    if (!name.startsWith('quotelens')) return;
    names[name] = h.size;
    if (name === 'quotelens-focus' || name === 'quotelens-flash') return;
    h.forEach((r) => {
      quoteRanges++;
      if (r.collapsed || !r.startContainer.isConnected) dead++;
      keys.add(`${id(r.startContainer)}:${r.startOffset}:${id(r.endContainer)}:${r.endOffset}`);
      texts.push(
        r
          .toString()
          .replace(/[\u00ad\u200b\ufeff]/g, '')
          .replace(/\s+/g, ' ')
          .trim(),
      );
    });
  });
  return {
    names,
    allNames: [...registry.keys()],
    quoteRanges,
    distinct: keys.size,
    texts,
    dead,
    style:
      document.querySelector('style[data-quotelens]') !== null ||
      [...document.adoptedStyleSheets].some((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes('quotelens'))),
    ownElements: [...document.querySelectorAll('*')].map((e) => e.localName).filter((n) => n.startsWith('quotelens')),
    ruleNames: [
      ...new Set(
        [...document.adoptedStyleSheets, ...[...document.querySelectorAll('style[data-quotelens]')].map((e) => (e as HTMLStyleElement).sheet!)]
          .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
          .flatMap((text) => [...text.matchAll(/::highlight\((quotelens-[\w-]+)\)/g)].map((m) => m[1])),
      ),
    ].sort(),
  };
}

export interface PageSnapshot {
  innerText: string;
  /** outerHTML of the article (or of <main>/<body> when there is no <article>). */
  article: string;
  /** Document-relative boxes of every <p>, rounded to 1/100 px. */
  boxes: string[];
  /** Serialization of the whole document, without our own nodes (the card's host, our style). */
  document: string;
}

/** Runs in the page. */
export function snapshot(): PageSnapshot {
  const root = document.querySelector('article') ?? document.querySelector('main') ?? document.body;
  const r = (n: number) => Math.round(n * 100) / 100;
  const boxes = [...document.querySelectorAll('p')].map((p) => {
    const b = p.getBoundingClientRect();
    return `${r(b.left + scrollX)},${r(b.top + scrollY)},${r(b.width)},${r(b.height)}`;
  });
  const clone = document.documentElement.cloneNode(true) as Element;
  clone.querySelectorAll('[data-quotelens], quotelens-card').forEach((e) => e.remove());
  return { innerText: document.body.innerText, article: root.outerHTML, boxes, document: clone.outerHTML };
}

export interface CardFacts {
  open: boolean;
  speaker: string | null;
  text: string;
  /** The shadow root is where the card lives (not the page's DOM). */
  inShadow: boolean;
}

/** Runs in the page. */
export function cardFacts(): CardFacts {
  const host = document.querySelector('quotelens-card');
  const card = host?.shadowRoot?.querySelector('[data-testid=hover-card]') ?? null;
  return {
    open: card !== null,
    speaker: card?.querySelector('[data-testid=card-speaker]')?.textContent ?? null,
    text: (card as HTMLElement | null)?.innerText ?? '',
    inShadow: card !== null && document.querySelector('[data-testid=hover-card]') === null,
  };
}

/** The centre of the first line of the painted range whose text contains `needle` (runs in the page). */
export function pointOnQuote(needle: string): { x: number; y: number } | null {
  const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
  let found: Range | null = null;
  registry.forEach((h, name) => {
    if (found || !name.startsWith('quotelens-c')) return;
    h.forEach((r) => {
      if (!found && r.toString().replace(/\s+/g, ' ').includes(needle)) found = r;
    });
  });
  if (!found) return null;
  (found as Range).startContainer.parentElement?.scrollIntoView({ block: 'center' });
  const rect = (found as Range).getClientRects()[0];
  return rect ? { x: rect.left + Math.min(rect.width / 2, 40), y: rect.top + rect.height / 2 } : null;
}

export interface Timings {
  /** Main-thread ms of the content script for its first scan (sum of its synchronous pieces). */
  workMs: number;
  /** Its longest single piece of work. */
  longestMs: number;
  /** ms from the page's load event to the highlights' first frame. */
  visibleAfterLoadMs: number;
  /** ms from the page's load event to the content script's start. */
  startAfterLoadMs: number;
  /** The gate's own cost. */
  gateMs: number;
  detail: Record<string, unknown>;
}

/** Runs in the page: the content script's marks, or null while it has not painted. */
export function timings(): Timings | null {
  const scan = performance.getEntriesByName('quotelens:scan')[0] as PerformanceMeasure | undefined;
  const visible = performance.getEntriesByName('quotelens:visible')[0];
  const start = performance.getEntriesByName('quotelens:start')[0];
  const gate = performance.getEntriesByName('quotelens:gate')[0];
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  if (!scan || !visible || !start || !nav) return null;
  const detail = (scan.detail ?? {}) as Record<string, number>;
  const load = nav.loadEventStart || nav.domContentLoadedEventEnd;
  return {
    workMs: detail.workMs,
    longestMs: detail.longestMs,
    visibleAfterLoadMs: visible.startTime - load,
    startAfterLoadMs: start.startTime - load,
    gateMs: gate?.duration ?? NaN,
    detail,
  };
}

export async function waitForTimings(page: TabPage, timeoutMs = 20_000): Promise<Timings> {
  return poll(() => page.evaluate(timings), (t) => t !== null, timeoutMs, (last) => `no quotelens:scan/visible marks in ${page.url()}: ${JSON.stringify(last)}`) as Promise<Timings>;
}

export async function waitForFacts(page: TabPage, accept: (f: HighlightFacts) => boolean, timeoutMs = 15_000, what = 'highlights'): Promise<HighlightFacts> {
  return poll(() => page.evaluate(highlightFacts), accept, timeoutMs, (last) => `${what} not reached in ${page.url()}: ${JSON.stringify(last).slice(0, 600)}`);
}

/** Chromium: stops the extension's service worker and leaves it stopped (the next message starts it cold). */
export async function stopChromiumWorker(h: ChromiumHarness): Promise<void> {
  const page = await h.context.newPage();
  try {
    const cdp = await h.context.newCDPSession(page);
    const states: string[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const v of versions) if (v.scriptURL.startsWith(h.extensionOrigin)) states.push(v.runningStatus);
    });
    await cdp.send('ServiceWorker.enable');
    const mark = states.length;
    await cdp.send('ServiceWorker.stopAllWorkers');
    await poll(() => states.slice(mark), (s) => s.includes('stopped'), 10_000, (s) => `the service worker did not stop: ${JSON.stringify(s)}`);
    await cdp.detach();
  } finally {
    await page.close();
  }
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** The raw page's mouse and keyboard: Playwright's and Puppeteer's share these calls. */
export function input(page: TabPage) {
  return page.raw as {
    mouse: { move(x: number, y: number, options?: { steps?: number }): Promise<void> };
    keyboard: { press(key: string): Promise<void> };
  };
}

/**
 * Turns the extension off the way a user does (chrome://extensions in Chromium, the add-ons
 * manager in Firefox). The harness's extension pages die with it: use a harness of its own.
 */
export async function disableExtension(h: ExtensionHarness): Promise<void> {
  if (h.name === 'chromium') {
    const ch = h as ChromiumHarness;
    const id = new URL(ch.extensionOrigin.replace('chrome-extension:', 'http:')).host;
    const page = await ch.context.newPage();
    await page.goto('chrome://extensions/');
    await page.evaluate((extId) => (globalThis as unknown as { chrome: { management: { setEnabled(id: string, on: boolean): Promise<void> } } }).chrome.management.setEnabled(extId, false), id);
    await page.close();
    return;
  }
  const ff = h as FirefoxHarness;
  const conn = (ff.browser as unknown as { connection: { send(method: string, params: object): Promise<{ result: { contexts?: { context: string }[]; type?: string; exceptionDetails?: unknown } }> } }).connection;
  const tree = await conn.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const context = tree.result.contexts?.[0]?.context;
  if (!context) throw new Error('no chrome-scope context to reach the add-ons manager from');
  const { result } = await conn.send('script.evaluate', {
    expression: `(async () => { const { AddonManager } = ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs'); const all = await AddonManager.getAddonsByTypes(['extension']); const ours = all.find((a) => a.id === ${JSON.stringify(GECKO_ID)}); await ours.disable(); return ours.isActive; })()`,
    target: { context },
    awaitPromise: true,
  });
  if (result.type !== 'success') throw new Error(`could not disable the add-on: ${JSON.stringify(result)}`);
}
