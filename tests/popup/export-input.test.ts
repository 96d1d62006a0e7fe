/**
 * The popup exports from what the background keeps (the text and role of each block that holds a
 * quote); the extractor exports from the whole page. Both must give the same document.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blocksFromHtml } from '../../scripts/read-html';
import { buildActorIndex } from '@/utils/actors';
import { loadBundledActorsSync } from '@/utils/actors/load-node';
import { buildExport, renderExport } from '@/utils/export';
import type { PageAnalysis } from '@/utils/messages';
import { analyzeBlocks } from '@/utils/pipeline';
import { blocksFromParagraphs, exportInputFrom } from '@/utils/popup/export-input';
import { samplePage } from '../export/helpers';

describe('blocksFromParagraphs', () => {
  it.each<[string, Pick<PageAnalysis, 'paragraphs' | 'blockRoles'>, Array<[number, string, string]>]>([
    ['empty', { paragraphs: {} }, []],
    ['text and role by index', { paragraphs: { 2: 'b', 0: 'a' }, blockRoles: { 0: 'heading', 2: 'caption' } }, [[0, 'a', 'heading'], [2, 'b', 'caption']]],
    ['no roles recorded (older results): paragraphs', { paragraphs: { 1: 'x' } }, [[1, 'x', 'paragraph']]],
    ['an unknown role: paragraph', { paragraphs: { 1: 'x' }, blockRoles: { 1: 'sidebar' as never } }, [[1, 'x', 'paragraph']]],
    ['keys that are not block indexes are ignored', { paragraphs: { '-1': 'n', '1.5': 'f', abc: 'z', 3: 'ok' } as never }, [[3, 'ok', 'paragraph']]],
  ])('%s', (_, analysis, expected) => {
    const blocks = blocksFromParagraphs(analysis);
    const present = blocks.flatMap((b, i) => (b ? [[i, b.text, b.role]] : []));
    expect(present).toEqual(expected);
    expect(blocks.length).toBe(expected.length ? Math.max(...expected.map(([i]) => i)) + 1 : 0);
  });
});

describe('exportInputFrom', () => {
  it('gives the export every quote its paragraph context', () => {
    const full = samplePage();
    const paragraphs: Record<number, string> = {};
    const blockRoles: PageAnalysis['blockRoles'] = {};
    for (const q of full.analysis.quotes) {
      paragraphs[q.blockIndex] = full.blocks[q.blockIndex].text;
      blockRoles![q.blockIndex] = full.blocks[q.blockIndex].role;
    }
    const input = exportInputFrom({ ...full.analysis, paragraphs, blockRoles }, '9.9.9');
    expect(input.version).toBe('9.9.9');
    const doc = buildExport(input);
    expect(doc.quotes.every((q) => q.context !== null)).toBe(true);
    expect(doc).toEqual(buildExport({ ...full, version: '9.9.9' }));
  });

  it('on the sample page: the same JSON, CSV and Markdown as the extractor, which has the whole page', () => {
    const html = readFileSync(new URL('../fixtures/seed/page.html', import.meta.url), 'utf8');
    const { blocks, meta } = blocksFromHtml(html, 'https://daily8.example/a');
    const quotes = analyzeBlocks(blocks, { meta, actors: buildActorIndex(loadBundledActorsSync()) });
    expect(quotes.length).toBeGreaterThan(20);
    // what the background keeps for the tab (entrypoints/background.ts)
    const paragraphs: Record<number, string> = {};
    const blockRoles: PageAnalysis['blockRoles'] = {};
    for (const q of quotes) {
      paragraphs[q.blockIndex] ??= blocks[q.blockIndex].text;
      blockRoles![q.blockIndex] ??= blocks[q.blockIndex].role;
    }
    const analysis: PageAnalysis = { meta, quotes, paragraphs, blockRoles, extractedAt: '2025-07-26T12:00:00.000Z', elapsedMs: 1 };
    const fromPopup = exportInputFrom(analysis, '1.0.0');
    const fromExtractor = { analysis, blocks, version: '1.0.0' };
    for (const format of ['json', 'csv', 'md'] as const) {
      expect(renderExport(format, fromPopup), format).toEqual(renderExport(format, fromExtractor));
    }
  }, 60_000);
});
