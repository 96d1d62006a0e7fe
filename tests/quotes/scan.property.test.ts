import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scan, scanBlocks } from '@/utils/quotes';

const QUOTE_CHARS = `"'“”‘’„‚«»‹›「」『』`;
const alphabet = fc.constantFrom(...(QUOTE_CHARS + 'ab 1.,\n—(').split(''));
const quoteish = fc.array(alphabet, { maxLength: 200 }).map((a) => a.join(''));
const anyText = fc.oneof(quoteish, fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 100 }));

describe('scan: properties', () => {
  it('never throws; spans lie inside the text with ordered offsets', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const s of scan(text)) {
          expect(0 <= s.start && s.start <= s.innerStart && s.innerStart <= s.innerEnd && s.innerEnd <= s.end && s.end <= text.length).toBe(true);
          if (s.open) expect(text[s.start]).toBe(s.open);
          if (s.close) expect(text[s.innerEnd]).toBe(s.close);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('spans are properly nested, sorted and their depth counts their ancestors', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const spans = scan(text);
        for (let i = 0; i < spans.length; i++) {
          let ancestors = 0;
          for (let j = 0; j < spans.length; j++) {
            if (i === j) continue;
            const [a, b] = [spans[i], spans[j]];
            const disjoint = a.end <= b.start || b.end <= a.start;
            const aInB = b.start <= a.start && a.end <= b.end;
            const bInA = a.start <= b.start && b.end <= a.end;
            expect(disjoint || aInB || bInA).toBe(true);
            if (aInB && !bInA) ancestors++;
          }
          expect(spans[i].depth).toBe(ancestors);
          if (i > 0) expect(spans[i - 1].start <= spans[i].start).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('is deterministic, also across blocks', () => {
    fc.assert(
      fc.property(fc.array(anyText, { maxLength: 6 }), (texts) => {
        expect(scanBlocks(texts)).toEqual(scanBlocks(texts));
      }),
      { numRuns: 500 },
    );
  });

  it('scans 1 MB of random quote characters and letters in under 100 ms', () => {
    const chars = QUOTE_CHARS + 'abcdefgh  .,';
    let seed = 42;
    const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const text = Array.from({ length: 1 << 20 }, () => chars[Math.floor(rand() * chars.length)]).join('');
    scan(text); // let the JIT compile the hot loop first
    // CPU time of this process, as in npm run bench: the unit tests run side by side on two cores,
    // and wall time there measures the other files too (124 ms once on CI, for 55 ms of CPU)
    let best = Infinity;
    for (let run = 0; run < 5; run++) {
      const cpu = process.cpuUsage();
      scan(text);
      const used = process.cpuUsage(cpu);
      best = Math.min(best, (used.user + used.system) / 1000);
    }
    expect(best).toBeLessThan(100);
  });
});
