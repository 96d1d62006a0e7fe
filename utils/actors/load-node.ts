/**
 * Loads the bundled actor list in Node (command-line extractor, tests, benchmarks) from
 * public/actors.json in the repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeBundledActors } from './codec';
import type { Actor } from './types';

/** Absolute path of public/actors.json (beside this module's repository; else under the working directory, for bundled scripts). */
export const BUNDLED_ACTORS_FILE = ((): string => {
  const beside = resolve(dirname(fileURLToPath(import.meta.url)), '../../public/actors.json');
  return existsSync(beside) ? beside : resolve(process.cwd(), 'public/actors.json');
})();

export function loadBundledActorsSync(file: string = BUNDLED_ACTORS_FILE): Actor[] {
  return decodeBundledActors(JSON.parse(readFileSync(file, 'utf8')));
}

export async function loadBundledActors(file: string = BUNDLED_ACTORS_FILE): Promise<Actor[]> {
  return loadBundledActorsSync(file);
}
