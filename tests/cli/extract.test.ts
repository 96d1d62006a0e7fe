// @vitest-environment node
/** The command-line extractor as a user runs it: formats, and bad input that loses nothing. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const SAMPLE = 'tests/fixtures/seed/daily8-nvidia-h20.txt';
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });

describe('npm run -s extract', () => {
  it('prints one export document a line with --format jsonl, in the evaluation schema', () => {
    const r = run('--format', 'jsonl', SAMPLE);
    expect(r.status).toBe(0);
    const docs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(docs).toHaveLength(1);
    expect(docs[0].file).toBe(SAMPLE);
    const bessent = docs[0].quotes.find((q: { text: string }) => q.text.startsWith('no quid pro quo'));
    expect(bessent).toMatchObject({ kind: 'statement', speaker: { name: 'Scott Bessent' } });
    expect(bessent.position.start).toBeGreaterThan(0);
    expect(typeof bessent.cue).toBe('string');
  }, 60_000);

  it('reports a missing file and a directory in one line each, still processes the rest, exits 1', () => {
    const r = run('--format', 'jsonl', 'no-such-file.txt', SAMPLE, 'tests');
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual(['extract: no-such-file.txt: no such file', 'extract: tests: is a directory']);
    expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/); // no stack trace
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  }, 60_000);

  it('refuses an unknown format with a usage line', () => {
    const r = run('--format', 'xml', SAMPLE);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown format: xml/);
  }, 60_000);

  it('writes CSV a spreadsheet reads: a BOM, one header, a row per quote', () => {
    const r = run('--format', 'csv', SAMPLE);
    expect(r.stdout.startsWith('\uFEFF')).toBe(true);
    const rows = parse(r.stdout, { bom: true, columns: true }) as Array<Record<string, string>>;
    const json = JSON.parse(run('--format', 'json', SAMPLE).stdout)[0];
    expect(rows.map((x) => x.text)).toEqual(json.quotes.map((q: { text: string }) => q.text));
  }, 60_000);

  it('writes a Markdown digest with every statement', () => {
    const md = run('--format', 'md', SAMPLE).stdout;
    expect(md).toMatch(/^# /);
    expect(md).toContain('## Scott Bessent');
    expect(md).toContain('> all part of a mosaic');
  }, 60_000);
});
