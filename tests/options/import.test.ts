/**
 * The options page's import flow with WXT's fake browser: a file is read, checked and merged into
 * the stored list; bad rows come back with their line and reason, good rows are kept, and nobody
 * already stored is lost.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Actor } from '@/utils/actors/types';
import { loadUserActors, loadUserActorsInfo, saveUserActors } from '@/utils/actors/user-store';
import { describeArea, formatFromFileName, importActorsFile, MAX_IMPORT_BYTES, summarizeImport } from '@/utils/options/actors';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/actors/${name}`, import.meta.url), 'utf8');
const file = (name: string, text: string, size = new TextEncoder().encode(text).length) => ({ name, size, text: async () => text });

const stored: Actor[] = [
  { id: 'user:alice', name: 'Alice Stored', aliases: ['A. Stored'], roles: [{ role: 'Editor', org: 'Paper' }], source: 'user', notes: 'keep me' },
  { id: 'user:janeroe', name: 'Jane Roe', aliases: [], roles: [{ role: 'Councillor' }], source: 'user' },
];

beforeEach(async () => {
  fakeBrowser.reset();
  await saveUserActors(stored, 1);
});

describe('importActorsFile', () => {
  it('the sample CSV: good rows merged in, bad rows reported by line, stored people kept', async () => {
    const { summary, report } = await importActorsFile(file('reader-actors.csv', fixture('reader-actors.csv')));
    const list = await loadUserActors();
    // nobody stored is lost
    expect(list.map((a) => a.id)).toEqual(expect.arrayContaining(['user:alice', 'user:janeroe']));
    expect(list.find((a) => a.id === 'user:alice')).toEqual(stored[0]);
    // Jane Roe (same name) is updated with the file's fields; the new people are added
    expect(list.find((a) => a.name === 'Jane Roe')?.roles[0]).toMatchObject({ role: 'Mayor', org: 'Springfield' });
    expect(list.map((a) => a.name)).toEqual(expect.arrayContaining(['Rizzo, John', 'Craig Allen']));
    expect(report).toMatchObject({ updated: 1, area: 'sync' });
    expect(report!.added).toBe(list.length - stored.length);
    // the refused rows, by line and reason
    expect(summary.errors).toEqual(['Line 3: name is missing', expect.stringMatching(/^Line 6 \(Ann Lee\): id is not valid/)]);
    expect(summary.tone).toBe('partial');
    expect(summary.headline).toBe(`Imported reader-actors.csv: ${report!.added} people added, 1 updated; 2 rows refused (see below).`);
  });

  it('the sample JSON: the same, with the line each element starts on', async () => {
    const { summary, report } = await importActorsFile(file('reader-actors.json', fixture('reader-actors.json')));
    expect(summary.errors).toEqual(['Line 6: name is missing', expect.stringMatching(/^Line 13 \(Sam Poe\): from must be a date/)]);
    const list = await loadUserActors();
    expect(list.find((a) => a.id === 'user:alice')).toEqual(stored[0]);
    expect(list.find((a) => a.id === 'Q1335527')?.notes).toBe('watch the tariff talks');
    expect(report!.added + report!.updated + report!.unchanged).toBe(2);
  });

  it('importing the same file twice changes nothing the second time', async () => {
    await importActorsFile(file('a.csv', fixture('reader-actors.csv')));
    const before = await loadUserActors();
    const { summary, report } = await importActorsFile(file('a.csv', fixture('reader-actors.csv')));
    expect(report).toMatchObject({ added: 0, updated: 0 });
    expect(summary.headline).toMatch(/0 people added, \d+ already there/);
    expect(await loadUserActors()).toEqual(before);
  });

  it.each([
    ['an empty file', 'people.csv', ''],
    ['a header without a name column', 'people.csv', 'who,role\nA,B\n'],
    ['broken JSON', 'people.json', '[{"name": "A",}'],
    ['only bad rows', 'people.csv', 'name,id\n,\nBob,bad id\n'],
  ])('%s: nothing is written, the stored list is untouched, and the reader is told why', async (_, name, text) => {
    const before = await fakeBrowser.storage.sync.get(null);
    const { summary } = await importActorsFile(file(name, text));
    expect(summary.tone).toBe('failed');
    expect(summary.headline).toMatch(/^Nothing imported from people\.(csv|json): .*Your list is unchanged\.$/);
    expect(summary.errors.length).toBeGreaterThan(0);
    expect(summary.errors.every((e) => /^Line \d+/.test(e))).toBe(true);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual(before);
  });

  it('a file over the size limit is refused before it is read', async () => {
    let read = false;
    const { summary, report } = await importActorsFile({ name: 'huge.csv', size: MAX_IMPORT_BYTES + 1, text: async () => ((read = true), '') });
    expect(read).toBe(false);
    expect(report).toBeUndefined();
    expect(summary).toMatchObject({ tone: 'failed', headline: expect.stringMatching(/larger than 2 MB/) });
  });

  it('the file name decides the format, so a .json with a CSV look is read as JSON', async () => {
    const { summary } = await importActorsFile(file('people.json', 'name\nAlice\n'));
    expect(summary.errors[0]).toMatch(/^Line 1: not valid JSON/);
  });

  it('a list too large for sync goes to local, and the page can say so', async () => {
    const many = Array.from({ length: 600 }, (_, i) => `Person Number${i},,Analyst,Org ${i},,${'n'.repeat(100)}`).join('\n');
    const { report } = await importActorsFile(file('many.csv', `name,aliases,role,org,country,notes\n${many}\n`));
    expect(report?.area).toBe('local');
    const info = await loadUserActorsInfo();
    expect(info.area).toBe('local');
    expect(info.actors).toHaveLength(602);
    expect(describeArea(info.area, info.actors.length)).toMatch(/this computer only/);
  });
});

describe('summarizeImport', () => {
  const issue = (line: number, reason: string, name?: string) => ({ line, reason, ...(name ? { name } : {}) });
  it.each([
    ['all good', { added: 2, updated: 0, unchanged: 0, errors: [], warnings: [] }, 'ok', 'Imported f.csv: 2 people added.'],
    ['one', { added: 1, updated: 0, unchanged: 0, errors: [], warnings: [] }, 'ok', 'Imported f.csv: 1 person added.'],
    ['updates and repeats', { added: 0, updated: 2, unchanged: 3, errors: [], warnings: [] }, 'ok', 'Imported f.csv: 0 people added, 2 updated, 3 already there.'],
    ['some refused', { added: 1, updated: 0, unchanged: 0, errors: [issue(4, 'name is missing')], warnings: [] }, 'partial', 'Imported f.csv: 1 person added; 1 row refused (see below).'],
    ['all refused', { added: 0, updated: 0, unchanged: 0, errors: [issue(2, 'x'), issue(3, 'y')], warnings: [] }, 'failed', 'Nothing imported from f.csv: 2 rows refused. Your list is unchanged.'],
    ['no rows', { added: 0, updated: 0, unchanged: 0, errors: [], warnings: [] }, 'failed', 'Nothing imported from f.csv: no people in it. Your list is unchanged.'],
  ] as const)('%s', (_, report, tone, headline) => {
    const s = summarizeImport('f.csv', { ...report, errors: [...report.errors], warnings: [...report.warnings] });
    expect(s.tone).toBe(tone);
    expect(s.headline).toBe(headline);
  });

  it('issues read "Line N (name): reason"', () => {
    const s = summarizeImport('f', { added: 1, updated: 0, unchanged: 0, errors: [issue(3, 'bad id', 'Ann')], warnings: [issue(7, 'same person as line 2: merged', 'Jane Roe'), issue(1, 'columns ignored: x')] });
    expect(s.errors).toEqual(['Line 3 (Ann): bad id']);
    expect(s.warnings).toEqual(['Line 7 (Jane Roe): same person as line 2: merged', 'Line 1: columns ignored: x']);
  });
});

describe('small helpers', () => {
  it.each([
    ['people.csv', 'csv'],
    ['PEOPLE.JSON', 'json'],
    ['people.tsv', 'csv'],
    ['people.txt', 'csv'],
    ['people', undefined],
    ['people.xlsx', undefined],
  ])('formatFromFileName(%s) = %s', (name, format) => expect(formatFromFileName(name)).toBe(format));

  it('describeArea names sync and local', () => {
    expect(describeArea('sync', 3)).toMatch(/sync storage/);
    expect(describeArea('local', 0)).toMatch(/this computer only/);
    expect(describeArea('none', 0)).toMatch(/empty/);
  });
});
