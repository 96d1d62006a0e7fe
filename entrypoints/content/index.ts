import { defineContentScript } from 'wxt/utils/define-content-script';
import { PageSession } from './session';
import './page.css';

/**
 * Runs on every http(s) page. On a page that is not an article it only runs the cheap gate
 * (utils/page `looksLikeArticle`, well under a millisecond) and reports 'skipped'; on an article
 * it reads the page in slices, has the background attribute the quotes, paints them and follows
 * the page as it changes (see session.ts).
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
    await new PageSession(ctx).start();
  },
});
