import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { WorkMeter } from '@/utils/highlight/meter';
import { err, ok, parseContentRequest, type ContentStatus, type Result } from '@/utils/messages';
import { looksLikeArticle } from '@/utils/page/gate';
import { PAGE_SESSION_GLOBAL, type CreatePageSession, type PageSessionApi } from '../page-session/api';
import { evaluationMs, loadRegistered } from './load';
import './page.css';

/**
 * Runs on every http(s) page, and on most of them does only this: the cheap gate (utils/page
 * `looksLikeArticle`), then 'skipped' to the background. The rest (page reader, highlights, card:
 * entrypoints/page-session) is loaded with import() when the gate says article, when the popup or
 * the context menu asks for a scan, or when a single-page app navigates. It also answers the
 * extension's ContentRequests, with sendResponse and `return true`, which both browsers' own APIs
 * support (this script does not use webextension-polyfill: see wxt.config.ts).
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // page.css, the only CSS imported here, is declared in the manifest (see the file for why). The
  // hover card brings its own CSS into its shadow root (entrypoints/card-ui).
  cssInjectionMode: 'manifest',
  // WXT also announces a new content script with window.postMessage, which the page's own message
  // listeners would receive; its document event is enough.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    performance.mark('quotelens:start');
    const t0 = performance.now(); // after the mark: the first use of the Performance API is not the gate's cost
    const meter = new WorkMeter();
    const gate = meter.run('gate', () => looksLikeArticle(document));
    const gated = performance.now();

    let session: Promise<PageSessionApi> | null = null;
    // An article's 'warm' note answers with the settings, which the session takes from here.
    let warmed: Promise<unknown> | null = null;
    const open = () =>
      (session ??= loadRegistered<CreatePageSession>('page-session.js', PAGE_SESSION_GLOBAL).then((create) => {
        // A task of its own: the file's evaluation, then this.
        meter.yielded();
        meter.record('load', evaluationMs(PAGE_SESSION_GLOBAL));
        return meter.run('setup', () => create(ctx, { gate, t0, meter, settings: warmed }));
      }));

    const listener = (message: unknown, sender: { id?: string }, sendResponse: (answer: Result<unknown>) => void): true | undefined => {
      if (sender.id !== browser.runtime.id || ctx.isInvalid) return undefined;
      if (!message || typeof message !== 'object' || !String((message as { type?: unknown }).type).startsWith('content/')) return undefined;
      const parsed = parseContentRequest(message);
      if (!parsed.ok) {
        sendResponse(parsed);
        return undefined;
      }
      if (parsed.value.type === 'content/status' && !session) {
        const status: ContentStatus = { scanned: false, highlights: 0, skipped: gate.reason };
        sendResponse(ok(status));
        return undefined;
      }
      if (parsed.value.type === 'content/settings' && !session) {
        sendResponse(ok(null)); // nothing painted yet: a session reads the settings when it starts
        return undefined;
      }
      const request = parsed.value;
      void open()
        .then((s) => s.answer(request))
        .catch((e: unknown) => err(e instanceof Error ? e.message : String(e)))
        .then(sendResponse);
      return true;
    };
    meter.run('listen', () => {
      browser.runtime.onMessage.addListener(listener);
      ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
      ctx.addEventListener(window, 'wxt:locationchange', () => void open().then((s) => s.onNavigate(), () => {}));
    });
    // Not an article: nothing else happens unless asked ("Scan this page") or the page navigates.
    // An article: the worker starts and gets ready for the blocks while the page is read.
    const note = gate.article ? { type: 'warm' } : { type: 'skipped', reason: gate.reason };
    const sent = meter.run('send', () => (browser.runtime.sendMessage(note) as Promise<unknown>).catch(() => null));
    if (gate.article) warmed = sent;
    performance.measure('quotelens:gate', { start: t0, end: gated, detail: { article: gate.article, reason: gate.reason, ...meter.detail() } });
    if (!gate.article) return;
    await (await open()).start();
  },
});
