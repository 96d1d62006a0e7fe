/**
 * Hit-testing: which text position is under the pointer. `caretPositionFromPoint` (standard,
 * Firefox and Chrome 128+) or `caretRangeFromPoint` (older Chrome, Safari); then the caller maps
 * the text node and offset to a block offset (utils/page `positionOf`) and a quote (`QuoteIndex`).
 */

export interface Caret {
  node: Node;
  offset: number;
}

export function caretAt(doc: Document, x: number, y: number): Caret | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const pos = d.caretPositionFromPoint(x, y);
    return pos?.offsetNode ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const range = d.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/** True when (x, y) lies in one of the range's line boxes (grown by `slop` px), not just near it. */
export function rangeContainsPoint(range: Range, x: number, y: number, slop = 2): boolean {
  const rects = range.getClientRects();
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i];
    if (x >= r.left - slop && x <= r.right + slop && y >= r.top - slop && y <= r.bottom + slop) return true;
  }
  return false;
}
