// @vitest-environment node
/**
 * Attribution on arbitrary text: never throws, always ends, and every quote it reports lies in
 * its block with its marks, as statement or term, with a speaker only on statements.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attribute } from '@/utils/attribution';
import type { Block } from '@/utils/page/block';

const pieces = [
  'said', 'says', 'told', 'according to', 'he', 'she', 'they', 'it', 'The', 'the', 'a', 'Mr.', 'Sen.', 'Scott Bessent',
  'Bessent', 'elmo666', 'ScreamMyName', 'Police', 'Commerce Department', 'of', 'in', 'and', 'as', 'called', 'so-called',
  'who', 'which', 'that', ',', '.', ':', ';', '(', ')', '—', '"', "'", '“', '”', '‘', '’', '«', '»', 'U.S.', '5\'11"', 'R-Ky.',
];
const sentence = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((ws) => ws.join(' '));
const text = fc.oneof(sentence, fc.string({ maxLength: 120 }));
const roles = fc.constantFrom<Block['role']>('paragraph', 'paragraph', 'paragraph', 'heading', 'caption', 'credit', 'boilerplate');
const blocks = fc.array(fc.record({ text, role: roles }), { maxLength: 6 });

describe('attribute: properties', () => {
  it('never throws and reports well-formed quotes', () => {
    fc.assert(
      fc.property(blocks, (bs) => {
        for (const q of attribute(bs)) {
          const block = bs[q.blockIndex];
          expect(block).toBeDefined();
          expect(0 <= q.start && q.start < q.end && q.end <= block.text.length).toBe(true);
          expect(block.text.slice(q.start, q.end)).toContain(q.text);
          expect(['statement', 'term']).toContain(q.kind);
          if (q.kind === 'term') expect(q.speaker).toBeNull();
          expect(q.confidence >= 0 && q.confidence <= 1).toBe(true);
        }
      }),
      { numRuns: 1500 },
    );
  }, 120_000);

  it('is deterministic', () => {
    fc.assert(
      fc.property(blocks, (bs) => {
        expect(attribute(bs)).toEqual(attribute(bs));
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});
