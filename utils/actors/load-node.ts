/**
 * Loads the bundled actor list in Node (command-line extractor, tests, benchmarks) from
 * public/actors.json in the repository.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeBundledActors } from './codec';
import type { Actor } from './types';

/** Absolute path of public/actors.json. */
export const BUNDLED_ACTORS_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '../../public/actors.json');

export function loadBundledActorsSync(file: string = BUNDLED_ACTORS_FILE): Actor[] {
  return decodeBundledActors(JSON.parse(readFileSync(file, 'utf8')));
}

export async function loadBundledActors(file: string = BUNDLED_ACTORS_FILE): Promise<Actor[]> {
  return loadBundledActorsSync(file);
}
