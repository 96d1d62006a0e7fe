import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// End-to-end tests: the BUILT extension (.output/, made by `npm run build` or `npm run zip`)
// in real Chromium and Firefox. Helpers live in tests/e2e/helpers/.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Each file drives real browsers; on 2 cores running files side by side only adds contention.
    fileParallelism: false,
  },
});
