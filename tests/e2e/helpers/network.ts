/**
 * What the browser asked the network for while a harness ran, attributed to the page or the
 * extension, so a test can assert that nothing left the machine.
 *
 * Chromium: Playwright's context-level request events, which cover every page and extension page
 * and the extension's service worker (also after the worker restarts).
 * Firefox: WebDriver BiDi's network events do not see the extension's background page (verified:
 * a fetch from it raised no event), so the harness installs an `http-on-opening-request` observer
 * in the browser's parent process (through BiDi's chrome-scope script.evaluate) that sees every
 * HTTP request of the whole browser with the principal that triggered it.
 */

/** page: a web page or a navigation; extension: the background, an extension page or a content
 * script; browser: the browser's own traffic (Firefox remote settings and the like). */
export type RequestSource = 'page' | 'extension' | 'browser';

export interface NetworkEntry {
  url: string;
  method: string;
  source: RequestSource;
  /** Who asked, for messages: "service worker chrome-extension://…/background.js", a document URL… */
  detail: string;
}

export interface NetworkLog {
  /** Everything seen so far. */
  entries(): Promise<NetworkEntry[]>;
  /**
   * Requests made by pages or by the extension to anything but `allowedOrigins` (default: the
   * fixture server). URLs that never reach the network (data:, blob:, about:, extension URLs) and
   * the browser's own traffic are not counted.
   */
  outside(allowedOrigins?: readonly string[]): Promise<NetworkEntry[]>;
}

const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:', 'chrome:', 'chrome-extension:', 'moz-extension:', 'devtools:', 'resource:', 'javascript:']);

/** True for URLs that are answered inside the browser without a network request. */
export function isLocalUrl(url: string): boolean {
  try {
    return LOCAL_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

export function requestsOutside(entries: readonly NetworkEntry[], allowedOrigins: readonly string[]): NetworkEntry[] {
  return entries.filter((e) => {
    if (e.source === 'browser' || isLocalUrl(e.url)) return false;
    try {
      return !allowedOrigins.includes(new URL(e.url).origin);
    } catch {
      return true;
    }
  });
}

export function createNetworkLog(pull: () => Promise<NetworkEntry[]>, defaultAllowed: readonly string[]): NetworkLog {
  return {
    entries: pull,
    outside: async (allowed = defaultAllowed) => requestsOutside(await pull(), allowed),
  };
}

/** One line per entry, for assertion messages. */
export function describeRequests(entries: readonly NetworkEntry[]): string {
  return entries.map((e) => `${e.method} ${e.url} (${e.source}: ${e.detail})`).join('\n') || '(none)';
}
