/**
 * The popup and the options page must stay small and never load the engine: no compromise, no
 * attribution, no pipeline. Walks the static import graph from each entrypoint (and, to show the
 * walk is not blind, from the background, which must reach the engine).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const IMPORT = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;

function resolveFile(spec: string, from: string): string | undefined {
  const base = spec.startsWith('@/') ? join(ROOT, spec.slice(2)) : spec.startsWith('.') ? resolve(dirname(from), spec) : undefined;
  if (!base) return undefined;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate) && !candidate.endsWith('/') && /\.(tsx?|css|json)$/.test(candidate)) return candidate;
  }
  return undefined;
}

/** Every file and package reachable by value imports (type-only imports are erased from the bundle). */
function reach(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const todo = [join(ROOT, entry)];
  while (todo.length) {
    const file = todo.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    if (!/\.tsx?$/.test(file)) continue;
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(IMPORT)) {
      if (/^\s*;?\s*(?:import|export)\s+type\s/.test(m[0])) continue;
      const spec = m[1] ?? m[2];
      const target = resolveFile(spec, file);
      if (target) todo.push(target);
      else if (!spec.startsWith('.') && !spec.startsWith('@/')) packages.add(spec);
    }
  }
  return { files: new Set([...files].map((f) => relative(ROOT, f))), packages };
}

const ENGINE = /^utils\/(?:attribution\/|nlp\.ts$|pipeline\.ts$|actors\/(?:load|load-node|enrich|match)\.ts$)/;

describe.each(['entrypoints/popup/main.tsx', 'entrypoints/options/main.tsx'])('%s', (entry) => {
  const { files, packages } = reach(entry);
  it('reaches its own code (the walk works)', () => {
    expect(files.has(entry.replace('main.tsx', 'App.tsx'))).toBe(true);
    expect([...files].some((f) => f.startsWith('components/'))).toBe(true);
  });
  it('never imports compromise or the attribution engine', () => {
    expect([...packages].filter((p) => p.startsWith('compromise'))).toEqual([]);
    expect([...files].filter((f) => ENGINE.test(f))).toEqual([]);
  });
});

it('the same walk from the background finds the engine (it is not blind), and no compromise there either', () => {
  const { files, packages } = reach('entrypoints/background.ts');
  expect([...files].filter((f) => ENGINE.test(f)).length).toBeGreaterThan(2);
  expect([...packages].some((p) => p.startsWith('wxt'))).toBe(true);
  // the worker takes compromise's knowledge as data (utils/nlp-data.ts): loading it cost ~200 ms a start
  expect([...packages].filter((p) => p.startsWith('compromise'))).toEqual([]);
});
