/**
 * Finding quotes by position: the quote under a block offset (hover), the next or previous quote
 * (keyboard), and a binary search over page order (the first quote on screen). Pure.
 */
import type { Quote } from '../quote';

export class QuoteIndex {
  /** Quotes in page order: by block, then start, enclosing quotes before the ones inside them. */
  readonly order: readonly Quote[];
  private readonly byBlock = new Map<number, Quote[]>();
  private readonly position = new Map<string, number>();

  constructor(quotes: readonly Quote[]) {
    const order = [...quotes].sort((a, b) => a.blockIndex - b.blockIndex || a.start - b.start || b.end - a.end);
    this.order = order;
    order.forEach((q, i) => {
      this.position.set(q.id, i);
      let list = this.byBlock.get(q.blockIndex);
      if (!list) this.byBlock.set(q.blockIndex, (list = []));
      list.push(q);
    });
  }

  get size(): number {
    return this.order.length;
  }

  get(id: string): Quote | undefined {
    const i = this.position.get(id);
    return i === undefined ? undefined : this.order[i];
  }

  /**
   * The innermost quote whose span [start, end) holds `offset` in block `blockIndex` (a term
   * inside a statement wins over the statement), or null.
   */
  at(blockIndex: number, offset: number): Quote | null {
    const list = this.byBlock.get(blockIndex);
    if (!list) return null;
    let best: Quote | null = null;
    for (const q of list) {
      if (q.start > offset) break; // sorted by start
      if (offset < q.end && (!best || q.end - q.start < best.end - best.start)) best = q;
    }
    return best;
  }

  /**
   * The quote after (`direction` 1) or before (-1) quote `id` in page order, wrapping around at
   * the ends; null when there are no quotes. An unknown id starts from the first (or last) quote.
   */
  step(id: string | null, direction: 1 | -1): Quote | null {
    const n = this.order.length;
    if (n === 0) return null;
    const i = id === null ? undefined : this.position.get(id);
    if (i === undefined) return this.order[direction === 1 ? 0 : n - 1];
    return this.order[(i + direction + n) % n];
  }
}

/**
 * The first index in [0, n) for which `isAfter` holds, given that it is false up to some index
 * and true from there on (n when it never holds). Used with a quote's on-screen position to find
 * the first quote below the top of the viewport with O(log n) layout reads.
 */
export function firstIndex(n: number, isAfter: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isAfter(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
