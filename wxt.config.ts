import { defineConfig } from 'wxt';

// Gecko id: Firefox needs a stable id for storage.sync and for signing.
export const GECKO_ID = 'quotelens@quotelens.dev';

export default defineConfig({
  // QUOTELENS_OUTPUT lets two builds live side by side (e.g. parallel work); .output by default
  outDir: process.env.QUOTELENS_OUTPUT || '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // What runs in web pages uses the browsers' own promise-based API (chrome.* in Chrome MV3,
    // browser.* in Firefox: what WXT's `wxt/browser` gives without the polyfill module) instead of
    // webextension-polyfill: 10 kB, and in Chromium its import copied every extension API namespace
    // (several ms on every page). The background, popup and options keep the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      // The content script and the two scripts it loads into its own world (page-session, card-ui).
      const inPages = (e: { type: string; name: string }) => e.type === 'content-script' || (e.type === 'unlisted-script' && ['page-session', 'card-ui'].includes(e.name));
      if (!entrypoints.length || !entrypoints.every(inPages)) return;
      const alias = config.resolve?.alias ?? [];
      const list = Array.isArray(alias) ? alias : Object.entries(alias).map(([find, replacement]) => ({ find, replacement: replacement as string }));
      config.resolve = { ...config.resolve, alias: [{ find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' }, ...list] };
      // The scripts loaded on articles and on first hover: V8's compile hint (Chromium 136+; others
      // ignore it) compiles all their functions while the file streams in, on a background thread,
      // instead of each on its first call on the page's main thread (about 10 ms of the first scan).
      if (entrypoints.every((e) => e.type === 'unlisted-script')) {
        // Vite 8 bundles with Rolldown: postBanner is written after minification, as the first lines.
        // The second notes when the file began to run: its evaluation counts as our work
        // (entrypoints/content/load.ts, EVAL_START_GLOBAL).
        const build = config.build as { rolldownOptions?: { output?: object } } | undefined;
        const output = build?.rolldownOptions?.output;
        if (output && !Array.isArray(output)) Object.assign(output, { postBanner: '//# allFunctionsCalledOnLoad\nglobalThis.__quotelensEvalStart = performance.now();' });
      }
    },
  },
  imports: false,
  manifest: ({ browser }) => ({
    name: 'QuoteLens',
    description: 'See every quoted statement on a news page and who said it. Nothing leaves your machine.',
    // contextMenus: "Scan this page" on pages the gate skipped.
    permissions: ['storage', 'contextMenus'],
    // A shortcut steps through the page's quotes and shows the card for each (no permission needed).
    commands: {
      'next-quote': { suggested_key: { default: 'Alt+Shift+Period' }, description: 'Show the next quote and who said it' },
      'previous-quote': { suggested_key: { default: 'Alt+Shift+Comma' }, description: 'Show the previous quote and who said it' },
    },
    // The content script runs only its article gate on every page; it loads the rest with import()
    // when needed: page-session.js (reader, highlights) on articles, card-ui.js (the hover card:
    // Preact and its CSS) the first time a card is shown. A content script may import only
    // web-accessible files; the dynamic URL (MV3) keeps pages from probing for them.
    web_accessible_resources: [{ resources: ['page-session.js', 'card-ui.js'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // 140 (ESR) is the first desktop release that reads data_collection_permissions
            // (142 on Android) and has the CSS Custom Highlight API the page highlights use.
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  zip: {
    // The sources zip is what a store reviewer needs to rebuild the extension (README, package.json,
    // lockfile, configs, entrypoints, components, utils, public, scripts). WXT already leaves out
    // dotfiles, node_modules, .output and *.test.* files; tests/ (fixtures and e2e helpers, useless
    // without the test files), screenshots and everything tests and tools write are left out too.
    excludeSources: ['.output/**', 'artifacts/**', 'coverage/**', '*.log', 'node_modules/**', 'tests/**', 'docs/screenshots/**'],
  },
});
