import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describePage, PageReader, placeBlocks, readFrom, readPage, readPageAsync } from '@/utils/page';
import { docFrom } from './dom';

const SEED = readFileSync(new URL('../fixtures/seed/page.html', import.meta.url), 'utf8');

describe('reading in slices', () => {
  it('gives the same blocks as reading at once, over many slices', async () => {
    const doc = docFrom(SEED);
    let clock = 0;
    let yields = 0;
    const read = await readPageAsync(doc, {
      now: () => clock++,
      sliceMs: 0.5,
      yieldToMain: async () => {
        yields++;
      },
    });
    // The clock ticks once per check (every 64 nodes): a slice per check.
    expect(yields).toBeGreaterThanOrEqual(3);
    expect(read!.blocks).toEqual(readPage(doc).blocks);
  });

  it('stops when aborted', async () => {
    const doc = docFrom(SEED);
    const controller = new AbortController();
    let clock = 0;
    const read = await readPageAsync(doc, {
      now: () => clock++,
      sliceMs: 2,
      signal: controller.signal,
      yieldToMain: async () => controller.abort(),
    });
    expect(read).toBeNull();
  });

  it('lets a caller drive the reader step by step', () => {
    const doc = docFrom(SEED);
    let clock = 0;
    const reader = new PageReader(doc, { now: () => clock++ });
    let steps = 0;
    while (!reader.step(clock + 0.5)) steps++;
    expect(steps).toBeGreaterThanOrEqual(2);
    const facts = reader.facts();
    expect(readFrom(facts, placeBlocks(describePage(facts.page)!)).blocks).toEqual(readPage(doc).blocks);
  });

  it('reads a 1 MB page in bounded slices', () => {
    const body = /<body>([\s\S]*)<\/body>/.exec(SEED)![1];
    const big = SEED.replace(body, body.repeat(50));
    expect(big.length).toBeGreaterThan(1_000_000);
    const doc = docFrom(big, 'linkedom');
    // A clock that ticks once per check: every step() must return at its first check past the
    // deadline, so no step does more than one unit of work (64 nodes or blocks) per phase.
    let clock = 0;
    let checks = 0;
    const reader = new PageReader(doc, { now: () => (checks++, clock++) });
    let steps = 0;
    let maxChecks = 0;
    let wallMax = 0;
    for (;;) {
      checks = 0;
      const t0 = performance.now();
      const done = reader.step(clock - 1);
      wallMax = Math.max(wallMax, performance.now() - t0);
      maxChecks = Math.max(maxChecks, checks);
      steps++;
      if (done) break;
    }
    expect(steps).toBeGreaterThan(100);
    expect(maxChecks).toBeLessThanOrEqual(1);
    const facts = reader.facts();
    const { blocks } = readFrom(facts, placeBlocks(describePage(facts.page)!));
    expect(blocks.filter((b) => b.role === 'paragraph').length).toBeGreaterThanOrEqual(50 * 45);
    expect(blocks).toEqual(readPage(doc).blocks);
    // Real time depends on the machine (and linkedom is far slower than a browser): a loose sanity
    // bound here; the 50 ms budget is measured in Chromium (scripts/dev/check-reader.ts --chromium).
    expect(wallMax).toBeLessThan(500);
  }, 120_000);
});
