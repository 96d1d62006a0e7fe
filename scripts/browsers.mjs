// Finds the system Chromium and Firefox ESR that the e2e tests and `npm start` drive.
// Never downloads a browser build: the browsers come from Debian packages.
//
//   node scripts/browsers.mjs            print both paths (installing what is missing, see ensureBrowser)
//   node scripts/browsers.mjs chromium   just one
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** @type {Record<'chromium' | 'firefox', { pkg: string; env: string; candidates: string[]; commands: string[] }>} */
export const BROWSERS = {
  chromium: {
    pkg: 'chromium',
    env: 'CHROMIUM_PATH',
    candidates: ['/usr/bin/chromium', '/usr/lib/chromium/chromium'],
    commands: ['chromium'],
  },
  firefox: {
    pkg: 'firefox-esr',
    env: 'FIREFOX_PATH',
    candidates: ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr'],
    commands: ['firefox-esr'],
  },
};

const isExecutable = (file) => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

const onPath = (command) => {
  try {
    return execFileSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
};

/** The browser's executable, or null. `$CHROMIUM_PATH` / `$FIREFOX_PATH` win when set. */
export function findBrowser(name) {
  const spec = BROWSERS[name];
  if (!spec) throw new Error(`unknown browser "${name}" (chromium or firefox)`);
  const fromEnv = process.env[spec.env];
  if (fromEnv) return isExecutable(fromEnv) ? fromEnv : null;
  for (const file of spec.candidates) if (isExecutable(file)) return file;
  for (const command of spec.commands) {
    const found = onPath(command);
    if (found) return found;
  }
  return null;
}

/**
 * The browser's executable. When it is missing: with $CI set, fail naming the Debian package;
 * as root, install it with apt-get; otherwise fail with the exact command to run.
 */
export function ensureBrowser(name) {
  const found = findBrowser(name);
  if (found) return found;
  const { pkg, env } = BROWSERS[name];
  const install = `apt-get install -y --no-install-recommends ${pkg}`;
  if (process.env[env]) throw new Error(`${env}=${process.env[env]} is not an executable file`);
  if (process.env.CI) {
    throw new Error(`${name} not found: install the Debian package "${pkg}" before the tests (${install})`);
  }
  if (typeof process.getuid === 'function' && process.getuid() === 0) {
    process.stderr.write(`${name} not found: installing the Debian package "${pkg}" with apt-get\n`);
    for (const args of [['update'], install.split(' ').slice(1)]) {
      const run = spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'] });
      if (run.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (exit ${run.status}); install "${pkg}" by hand`);
    }
    const installed = findBrowser(name);
    if (installed) return installed;
    throw new Error(`installed "${pkg}" but still cannot find ${name}`);
  }
  throw new Error(`${name} not found. Install it with:\n  sudo apt-get update && sudo ${install}`);
}

/**
 * Chromium arguments that load an unpacked extension. Playwright always adds --disable-extensions,
 * so --disable-extensions-except is required too. `headless` uses the new headless mode.
 */
export function chromiumExtensionArgs(extensionDir, { headless }) {
  return [
    ...(headless ? ['--headless=new'] : []),
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-first-run',
    '--no-default-browser-check',
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const names = process.argv.length > 2 ? process.argv.slice(2) : Object.keys(BROWSERS);
  try {
    for (const name of names) console.log(`${name}: ${ensureBrowser(name)}`);
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  }
}
