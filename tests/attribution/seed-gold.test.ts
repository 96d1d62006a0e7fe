// @vitest-environment node
/**
 * The sample page, as text and as the saved page, scored against its hand-made gold
 * (tests/fixtures/seed/gold.json, a copy of the shared fixture). Fails below the targets.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeBlocks } from '@/utils/pipeline';
import { blocksFromText } from '../../scripts/lib/text-blocks';
import { blocksFromHtml } from '../../scripts/read-html';
import { score, type Gold } from './score';

const fixtures = path.resolve(__dirname, '../fixtures/seed');
const gold = JSON.parse(fs.readFileSync(path.join(fixtures, 'gold.json'), 'utf8')) as Gold;

describe('the sample page against its gold', () => {
  it('as text: quote F1 1.00, end-to-end ≥ 0.97, speakers ≥ 0.97, no caption or credit names', () => {
    const blocks = blocksFromText(fs.readFileSync(path.join(fixtures, 'daily8-nvidia-h20.txt'), 'utf8'));
    const s = score(analyzeBlocks(blocks), gold);
    expect(s.misses).toEqual([]);
    expect(s.quoteF1).toBe(1);
    expect(s.e2eF1).toBeGreaterThanOrEqual(0.97);
    expect(s.speakerAccuracy).toBeGreaterThanOrEqual(0.97);
    expect(s.captionSpeakers).toBe(0);
  });

  it('as the saved page, read like the extension reads it: end-to-end ≥ 0.95, no caption or credit names', () => {
    const { blocks, meta } = blocksFromHtml(fs.readFileSync(path.join(fixtures, 'page.html'), 'utf8'), 'http://127.0.0.1/page.html');
    const s = score(analyzeBlocks(blocks, { meta }), gold);
    expect(s.e2eF1).toBeGreaterThanOrEqual(0.95);
    expect(s.captionSpeakers).toBe(0);
  });
});

describe('the scorer itself', () => {
  it('gives nothing to an empty extraction and everything to the gold read back', () => {
    expect(score([], gold).e2eF1).toBe(0);
    const echo = gold.quotes.flatMap((g, i) =>
      Array.from({ length: g.occurrences ?? 1 }, () => ({
        id: `g${i}`, text: g.text, kind: g.kind, blockIndex: 0, start: 0, end: 0, confidence: 1,
        speaker: g.speaker ? { name: g.speaker.name, mention: g.speaker.name, source: 'cue' as const } : null,
      })),
    );
    const s = score(echo, gold);
    expect([s.quoteF1, s.e2eF1, s.speakerAccuracy]).toEqual([1, 1, 1]);
  });
});
