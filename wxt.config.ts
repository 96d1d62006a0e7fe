import { defineConfig } from 'wxt';

// Gecko id: Firefox needs a stable id for storage.sync and for signing.
export const GECKO_ID = 'quotelens@quotelens.dev';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: ({ browser }) => ({
    name: 'QuoteLens',
    description: 'See every quoted statement on a news page and who said it. Nothing leaves your machine.',
    permissions: ['storage'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  zip: {
    excludeSources: ['.output/**', 'artifacts/**', 'coverage/**', '*.log', 'node_modules/**'],
  },
});
