/**
 * What the popup shows for a tab, decided from what it learnt: the background's answer for the tab,
 * the content script's status (or that it does not answer), the tab's address and permission when
 * the browser tells them, and the reader's settings. Pure, so every case is a unit test.
 */
import type { ContentStatus, PageAnalysis, TabState } from '../messages';

export type PopupPhase =
  /** Still asking. */
  | { phase: 'loading' }
  /** The page was scanned and has quotes. */
  | { phase: 'done'; analysis: PageAnalysis }
  /** The page was scanned and has none. */
  | { phase: 'empty'; analysis: PageAnalysis }
  /** The content script is reading the page or the background is attributing: ask again soon. */
  | { phase: 'scanning' }
  /** The content script chose not to scan (not an article, or automatic scanning is off): offer to scan anyway. */
  | { phase: 'skipped'; reason: string }
  /**
   * QuoteLens cannot read this page. `browser-page`: chrome://, about:, the web store… nothing to do.
   * `no-access`: the reader has not given QuoteLens this site: offer to grant it.
   * `not-loaded`: QuoteLens may read the page but is not running in it (it was open before
   * QuoteLens was installed or updated): offer to reload it.
   */
  | { phase: 'unscannable'; why: 'browser-page' | 'no-access' | 'not-loaded'; url?: string }
  /** The popup has no tab to show, or an answer was an error. */
  | { phase: 'error'; message: string };

export interface PopupFacts {
  /** The background's 'get-tab' answer, or the error it gave. */
  tab?: TabState | { error: string };
  /** The content script's answer to 'content/status'; 'unreachable' when no content script answered. */
  content?: ContentStatus | 'unreachable';
  /** The tab's address, when the browser tells it (it hides it without a host permission). */
  url?: string;
  /** Whether QuoteLens holds the host permission for `url`, when known. */
  hasAccess?: boolean;
  autoScan?: boolean;
  /** The tab is still loading (its content script may not have started yet). */
  tabLoading?: boolean;
  /** The reader asked to scan: a 'skipped' answer is the old one until the new result comes. */
  scanRequested?: boolean;
}

/** Pages no extension may script: the browser's own, other extensions', the stores. */
export function isBrowserPage(url: string): boolean {
  if (!/^https?:/i.test(url)) return true;
  try {
    const host = new URL(url).hostname;
    return host === 'chromewebstore.google.com' || host === 'chrome.google.com' || host === 'addons.mozilla.org' || host === 'microsoftedge.microsoft.com';
  } catch {
    return true;
  }
}

/** The match pattern that grants QuoteLens one site ("https://example.com/*"), or null for other URLs. */
export function originPattern(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return `${u.protocol}//${u.hostname}/*`;
  } catch {
    return null;
  }
}

/** Everything the content script is declared for: what "allow on all sites" asks. */
export const ALL_SITES = ['http://*/*', 'https://*/*'];

export function decidePhase(facts: PopupFacts): PopupPhase {
  const { tab } = facts;
  if (!tab) return { phase: 'loading' };
  if ('error' in tab) return { phase: 'error', message: tab.error };
  switch (tab.status) {
    case 'done':
      return tab.analysis.quotes.length ? { phase: 'done', analysis: tab.analysis } : { phase: 'empty', analysis: tab.analysis };
    case 'scanning':
      return { phase: 'scanning' };
    case 'skipped':
      return facts.scanRequested ? { phase: 'scanning' } : { phase: 'skipped', reason: tab.reason };
  }
  // Nothing known for the tab: find out why.
  const { url, content } = facts;
  if (url && isBrowserPage(url)) return { phase: 'unscannable', why: 'browser-page', url };
  if (facts.hasAccess === false) return { phase: 'unscannable', why: 'no-access', ...(url ? { url } : {}) };
  if (content === undefined) return { phase: 'loading' };
  if (content === 'unreachable') {
    if (facts.tabLoading || facts.scanRequested) return { phase: 'loading' };
    // With access and a web page, the content script should be there: the page predates QuoteLens.
    if (facts.hasAccess === true) return { phase: 'unscannable', why: 'not-loaded', ...(url ? { url } : {}) };
    // The browser hides the address of pages we may not read, and of its own pages: say both.
    return { phase: 'unscannable', why: 'no-access', ...(url ? { url } : {}) };
  }
  if (facts.scanRequested) return { phase: 'scanning' };
  if (content.skipped) return { phase: 'skipped', reason: content.skipped };
  if (!content.scanned && facts.autoScan === false) return { phase: 'skipped', reason: 'automatic scanning is off' };
  return { phase: 'scanning' };
}

/** Should the popup ask again in a moment? */
export function keepPolling(phase: PopupPhase): boolean {
  return phase.phase === 'loading' || phase.phase === 'scanning';
}

/** How long the popup keeps asking before it says the scan is taking too long. */
export const POLL_LIMIT_MS = 30_000;
export const POLL_EVERY_MS = 250;

/** Content-script answers may come bare or wrapped in a Result: accept both. */
export function unwrapContentStatus(answer: unknown): ContentStatus | undefined {
  const value = answer && typeof answer === 'object' && 'ok' in answer ? ((answer as { ok: boolean; value?: unknown }).ok ? (answer as { value?: unknown }).value : undefined) : answer;
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Partial<ContentStatus>;
  if (typeof v.scanned !== 'boolean') return undefined;
  const status: ContentStatus = { scanned: v.scanned, highlights: typeof v.highlights === 'number' ? v.highlights : 0 };
  if (typeof v.skipped === 'string' && v.skipped) status.skipped = v.skipped;
  return status;
}
