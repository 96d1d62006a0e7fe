/** Where things are: the repository, its fixtures, the built extension, the artifacts. */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
export const FIXTURES_DIR = join(REPO_ROOT, 'tests', 'fixtures');
/** The sample news page, relative to FIXTURES_DIR. */
export const SEED_PAGE = 'seed/page.html';
/** The builds under test: .output, or $QUOTELENS_OUTPUT when set (as for `wxt build`). */
const OUTPUT = resolve(REPO_ROOT, process.env.QUOTELENS_OUTPUT || '.output');
export const BUILDS = {
  chromium: join(OUTPUT, 'chrome-mv3'),
  firefox: join(OUTPUT, 'firefox-mv2'),
} as const;
/** Committed copies of the screenshots the README shows. */
export const README_SCREENSHOTS_DIR = join(REPO_ROOT, 'docs', 'screenshots');

/** $ARTIFACTS when set, else artifacts/ in the repository (git-ignored). Created on first use. */
export function artifactsDir(): string {
  const dir = resolve(process.env.ARTIFACTS || join(REPO_ROOT, 'artifacts'));
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** The built extension for a browser; throws with the command to run when it is missing. */
export function builtExtension(browser: keyof typeof BUILDS): string {
  const dir = BUILDS[browser];
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`${dir}/manifest.json is missing: build the extension first (npm run build)`);
  }
  return dir;
}
