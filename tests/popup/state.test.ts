/** What the popup shows for each combination of what it learnt about the tab. */
import { describe, expect, it } from 'vitest';
import type { PageAnalysis, TabState } from '@/utils/messages';
import { decidePhase, isBrowserPage, keepPolling, originPattern, unwrapContentStatus, type PopupFacts } from '@/utils/popup/state';
import { samplePage } from '../export/helpers';

const analysis = samplePage().analysis;
const empty: PageAnalysis = { ...analysis, quotes: [], paragraphs: {} };
const none: TabState = { status: 'none' };
const web = 'https://news.example/a';
const idle = { scanned: false, highlights: 0 };

describe('decidePhase', () => {
  const cases: Array<[string, PopupFacts, ReturnType<typeof decidePhase>]> = [
    ['nothing asked yet', {}, { phase: 'loading' }],
    ['background error', { tab: { error: 'boom' } }, { phase: 'error', message: 'boom' }],
    ['done with quotes', { tab: { status: 'done', analysis } }, { phase: 'done', analysis }],
    ['done without quotes', { tab: { status: 'done', analysis: empty } }, { phase: 'empty', analysis: empty }],
    ['scanning', { tab: { status: 'scanning' } }, { phase: 'scanning' }],
    ['skipped by the gate', { tab: { status: 'skipped', reason: 'not an article' } }, { phase: 'skipped', reason: 'not an article' }],
    ['skipped, but a scan was asked for: the old answer', { tab: { status: 'skipped', reason: 'x' }, scanRequested: true }, { phase: 'scanning' }],
    ['none, browser page', { tab: none, url: 'chrome://extensions/' }, { phase: 'unscannable', why: 'browser-page', url: 'chrome://extensions/' }],
    ['none, about: page', { tab: none, url: 'about:addons', content: 'unreachable' }, { phase: 'unscannable', why: 'browser-page', url: 'about:addons' }],
    ['none, the web store', { tab: none, url: 'https://chromewebstore.google.com/detail/x' }, { phase: 'unscannable', why: 'browser-page', url: 'https://chromewebstore.google.com/detail/x' }],
    ['none, no permission for the site', { tab: none, url: web, hasAccess: false }, { phase: 'unscannable', why: 'no-access', url: web }],
    ['none, content status not known yet', { tab: none, url: web, hasAccess: true }, { phase: 'loading' }],
    ['none, access but no content script: page predates QuoteLens', { tab: none, url: web, hasAccess: true, content: 'unreachable' }, { phase: 'unscannable', why: 'not-loaded', url: web }],
    ['none, no address and no content script: no access (or a browser page)', { tab: none, content: 'unreachable' }, { phase: 'unscannable', why: 'no-access' }],
    ['none, no content script yet but the tab is loading', { tab: none, content: 'unreachable', tabLoading: true }, { phase: 'loading' }],
    ['none, content script says the gate skipped it', { tab: none, content: { ...idle, skipped: 'not an article' } }, { phase: 'skipped', reason: 'not an article' }],
    ['none, content script idle with autoScan off', { tab: none, content: idle, autoScan: false }, { phase: 'skipped', reason: 'automatic scanning is off' }],
    ['none, content script idle with autoScan on: it is on its way', { tab: none, content: idle, autoScan: true }, { phase: 'scanning' }],
    ['none, content script scanned: the result is on its way', { tab: none, content: { scanned: true, highlights: 3 } }, { phase: 'scanning' }],
    ['none, scan asked for', { tab: none, content: { ...idle, skipped: 'x' }, scanRequested: true }, { phase: 'scanning' }],
  ];
  it.each(cases)('%s', (_, facts, expected) => {
    expect(decidePhase(facts)).toEqual(expected);
  });

  it('polls only while loading or scanning', () => {
    const polled = cases.filter(([, facts]) => keepPolling(decidePhase(facts))).map(([name]) => name);
    expect(polled).toEqual([
      'nothing asked yet',
      'scanning',
      'skipped, but a scan was asked for: the old answer',
      'none, content status not known yet',
      'none, no content script yet but the tab is loading',
      'none, content script idle with autoScan on: it is on its way',
      'none, content script scanned: the result is on its way',
      'none, scan asked for',
    ]);
    expect(keepPolling({ phase: 'done', analysis })).toBe(false);
    expect(keepPolling({ phase: 'skipped', reason: '' })).toBe(false);
    expect(keepPolling({ phase: 'error', message: '' })).toBe(false);
  });
});

describe('pages and permissions', () => {
  it.each([
    ['https://news.example/a', false],
    ['http://127.0.0.1:8080/seed/page.html', false],
    ['chrome://newtab/', true],
    ['about:blank', true],
    ['moz-extension://x/popup.html', true],
    ['chrome-extension://x/popup.html', true],
    ['file:///home/a.html', true],
    ['view-source:https://a.example/', true],
    ['https://addons.mozilla.org/en-US/firefox/', true],
    ['https://chrome.google.com/webstore/detail/x', true],
    ['https://microsoftedge.microsoft.com/addons/', true],
  ])('isBrowserPage(%s) = %s', (url, expected) => expect(isBrowserPage(url)).toBe(expected));

  it.each([
    ['https://www.news.example:8443/a/b?c#d', 'https://www.news.example/*'],
    ['http://127.0.0.1:8080/x', 'http://127.0.0.1/*'],
    ['chrome://newtab/', null],
    ['not a url', null],
  ])('originPattern(%s) = %s', (url, expected) => expect(originPattern(url)).toBe(expected));
});

describe('unwrapContentStatus', () => {
  it.each([
    ['bare', { scanned: true, highlights: 4 }, { scanned: true, highlights: 4 }],
    ['in a Result', { ok: true, value: { scanned: false, skipped: 'not an article', highlights: 0 } }, { scanned: false, skipped: 'not an article', highlights: 0 }],
    ['an error value', { ok: false, error: 'x' }, undefined],
    ['no answer', undefined, undefined],
    ['junk', 'yes', undefined],
    ['missing scanned', { highlights: 3 }, undefined],
    ['odd fields are dropped', { scanned: false, skipped: '', highlights: 'many', extra: 1 }, { scanned: false, highlights: 0 }],
  ])('%s', (_, answer, expected) => expect(unwrapContentStatus(answer)).toEqual(expected));
});
