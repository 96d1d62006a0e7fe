/**
 * From offsets in a block's text back to the DOM: a text node and offset, a Range for
 * highlighting, and the reverse (a caret position → block and offset) for hover hit-testing.
 */
import type { PageRead, TextSegment } from './types';

export interface DomPosition {
  node: Text;
  offset: number;
}

/**
 * The DOM position of a block offset. `forward` (for a range start) takes a position in a gap
 * (collapsed whitespace, a `<br>`) to the start of the next piece of text, `backward` (for a
 * range end) to the end of the previous one.
 */
export function locate(
  segments: readonly TextSegment[],
  offset: number,
  affinity: 'forward' | 'backward' = 'forward',
): DomPosition | null {
  const n = segments.length;
  if (n === 0) return null;
  if (affinity === 'forward') {
    // First segment that ends after offset.
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (segments[mid].end <= offset) lo = mid + 1;
      else hi = mid;
    }
    if (lo === n) {
      const last = segments[n - 1];
      return { node: last.node, offset: last.nodeOffset + (last.end - last.start) };
    }
    const seg = segments[lo];
    return { node: seg.node, offset: seg.nodeOffset + Math.max(0, offset - seg.start) };
  }
  // Last segment that starts before offset.
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  if (lo === 0) return { node: segments[0].node, offset: segments[0].nodeOffset };
  const seg = segments[lo - 1];
  return { node: seg.node, offset: seg.nodeOffset + (Math.min(offset, seg.end) - seg.start) };
}

/**
 * A live Range over block text [start, end), or null when the page has since removed or
 * shortened the text nodes (read the page again then).
 */
export function rangeFor(read: PageRead, blockIndex: number, start: number, end: number, doc?: Document): Range | null {
  const segments = read.segments[blockIndex];
  if (!segments || !segments.length || end <= start) return null;
  const from = locate(segments, start, 'forward');
  const to = locate(segments, end, 'backward');
  if (!from || !to) return null;
  for (const pos of [from, to]) {
    if (!pos.node.isConnected || pos.offset > pos.node.length) return null;
  }
  const owner = doc ?? from.node.ownerDocument;
  if (!owner) return null;
  try {
    const range = owner.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    return range;
  } catch {
    return null;
  }
}

export interface BlockPosition {
  blockIndex: number;
  offset: number;
}

const reverseIndexes = new WeakMap<PageRead, WeakMap<Text, { block: number; seg: TextSegment }[]>>();

/**
 * The block and offset of a DOM text position (from `caretPositionFromPoint`), or null when the
 * text is not part of any block.
 */
export function positionOf(read: PageRead, node: Node, offset: number): BlockPosition | null {
  if (node.nodeType !== 3) return null;
  let index = reverseIndexes.get(read);
  if (!index) {
    index = new WeakMap();
    read.segments.forEach((segments, block) => {
      for (const seg of segments) {
        let list = index!.get(seg.node);
        if (!list) index!.set(seg.node, (list = []));
        list.push({ block, seg });
      }
    });
    reverseIndexes.set(read, index);
  }
  const list = index.get(node as Text);
  if (!list) return null;
  let best: BlockPosition | null = null;
  for (const { block, seg } of list) {
    const len = seg.end - seg.start;
    if (offset >= seg.nodeOffset && offset <= seg.nodeOffset + len) {
      const pos = { blockIndex: block, offset: seg.start + (offset - seg.nodeOffset) };
      if (offset < seg.nodeOffset + len) return pos;
      best = pos;
    } else if (!best && offset < seg.nodeOffset) {
      // In collapsed whitespace just before this piece.
      best = { blockIndex: block, offset: seg.start };
    }
  }
  return best;
}
