import { defineConfig } from 'wxt';

// Gecko id: Firefox needs a stable id for storage.sync and for signing.
export const GECKO_ID = 'quotelens@quotelens.dev';

export default defineConfig({
  // QUOTELENS_OUTPUT lets two builds live side by side (e.g. parallel work); .output by default
  outDir: process.env.QUOTELENS_OUTPUT || '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: ({ browser }) => ({
    name: 'QuoteLens',
    description: 'See every quoted statement on a news page and who said it. Nothing leaves your machine.',
    permissions: ['storage'],
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
