import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locate, positionOf, rangeFor, readPage } from '@/utils/page';
import { happyDoc, linkedomDoc } from './dom';

// Random paragraphs: words, odd whitespace, soft hyphens and quote marks, spread over nested inline
// elements and <br>s.
const piece = fc.constantFrom(
  'word', 'Bessent', ' ', '  ', '\n  ', '\t', '“', '”', '"', "'", ',', '.', 'a\u00adb', 'x\u200by', '\u00a0', 'é', '😀',
);
const textArb = fc.array(piece, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''));
const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
type Tree = string | { tag: string; children: Tree[] };
const inline: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    textArb,
    fc.constant('<br>'),
    fc.record({
      tag: fc.constantFrom('span', 'em', 'a', 'b', 'strong'),
      children: fc.array(tie('node'), { minLength: 0, maxLength: 4 }),
    }),
  ),
})).node;
const render = (t: Tree): string =>
  typeof t === 'string' ? (t === '<br>' ? t : escape(t)) : `<${t.tag}>${t.children.map(render).join('')}</${t.tag}>`;
const paragraphs = fc.array(fc.array(inline, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 4 });

const isSpace = (c: string): boolean => /\s/.test(c);

describe('node map', () => {
  it('points every block character at the same character in a text node', () => {
    fc.assert(
      fc.property(paragraphs, fc.array(fc.nat(), { minLength: 1, maxLength: 20 }), (paras, picks) => {
        const html = `<!doctype html><html><body><article>${paras.map((p) => `<p>${p.map(render).join('')}</p>`).join('')}</article></body></html>`;
        for (const doc of [happyDoc(html), linkedomDoc(html)]) {
          const read = readPage(doc);
          read.blocks.forEach((block, i) => {
            const segments = read.segments[i];
            // Segments are ordered, inside the block and inside their nodes.
            let last = 0;
            for (const seg of segments) {
              expect(seg.start).toBeGreaterThanOrEqual(last);
              expect(seg.end).toBeGreaterThan(seg.start);
              expect(seg.end).toBeLessThanOrEqual(block.text.length);
              expect(seg.nodeOffset + (seg.end - seg.start)).toBeLessThanOrEqual(seg.node.data.length);
              last = seg.end;
            }
            for (const pick of picks) {
              const offset = pick % block.text.length;
              const ch = block.text[offset];
              const seg = segments.find((s) => s.start <= offset && offset < s.end);
              if (!seg) {
                // Only a <br> line break has no text node behind it.
                expect(ch).toBe('\n');
                continue;
              }
              const pos = locate(segments, offset, 'forward')!;
              expect(pos.node).toBe(seg.node);
              const nodeChar = pos.node.data[pos.offset];
              if (isSpace(ch)) expect(isSpace(nodeChar)).toBe(true);
              else expect(nodeChar).toBe(ch);
            }
          });
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('turns block offsets into Ranges whose text is the block text, and back', () => {
    fc.assert(
      fc.property(paragraphs, fc.nat(), fc.nat(), (paras, a, b) => {
        const html = `<!doctype html><html><body><article>${paras.map((p) => `<p>${p.map(render).join('')}</p>`).join('')}</article></body></html>`;
        const doc = happyDoc(html);
        const read = readPage(doc);
        read.blocks.forEach((block, i) => {
          const n = block.text.length;
          let start = a % n;
          let end = (b % n) + 1;
          if (end <= start) [start, end] = [end - 1, start + 1];
          const range = rangeFor(read, i, start, end, doc);
          const want = block.text.slice(start, end);
          if (!want.trim()) return;
          expect(range).not.toBeNull();
          // A <br> is a line break in the block and nothing in Range.toString(): compare without whitespace.
          const norm = (s: string): string => s.replace(/[\u00ad\u200b\s]/g, '');
          expect(norm(range!.toString())).toBe(norm(want));
          // And back: the range start maps to the block offset of its first visible character.
          const back = positionOf(read, range!.startContainer, range!.startOffset);
          expect(back?.blockIndex).toBe(i);
        });
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('maps a quote that straddles inline elements to one Range', () => {
    const doc = happyDoc('<!doctype html><html><body><article><p>Emery wrote, <span>“</span><a href="#">#Hamilton</a> show <em>interrupted</em>.”</p></article></body></html>');
    const read = readPage(doc);
    const text = read.blocks[0].text;
    expect(text).toBe('Emery wrote, “#Hamilton show interrupted.”');
    const start = text.indexOf('“');
    const range = rangeFor(read, 0, start, text.length, doc)!;
    expect(range.toString()).toBe('“#Hamilton show interrupted.”');
    expect(range.startContainer.parentElement?.localName).toBe('span');
  });

  it('returns null for text the page has since removed', () => {
    const doc = happyDoc('<!doctype html><html><body><article><p id="p">“Gone soon,” he said.</p></article></body></html>');
    const read = readPage(doc);
    doc.getElementById('p')!.remove();
    expect(rangeFor(read, 0, 0, 5, doc)).toBeNull();
  });
});
