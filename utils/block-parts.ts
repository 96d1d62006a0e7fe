/**
 * A long page's blocks cross to the background in parts: one message of a megabyte holds the
 * page's main thread for as long as the browser takes to serialise it (17 ms here, 55 ms on a
 * slower machine), so the content script sends parts of at most PART_CHARS with a yield between
 * them, and the background puts them together again before it analyses the page.
 */
import { MAX_BLOCKS, MAX_TEXT } from './messages';

/** Characters of text per part: about 2 ms of serialising on the development machine. */
export const PART_CHARS = 128_000;

/** Anything with text that crosses in parts: the page's raw blocks. */
interface HasText {
  text: string;
}

/** Consecutive runs of blocks of at most `maxChars` of text each (a longer block goes alone). */
export function splitBlocks<T extends HasText>(blocks: readonly T[], maxChars = PART_CHARS): T[][] {
  const parts: T[][] = [];
  let part: T[] = [];
  let size = 0;
  for (const block of blocks) {
    if (part.length && size + block.text.length > maxChars) {
      parts.push(part);
      part = [];
      size = 0;
    }
    part.push(block);
    size += block.text.length;
  }
  if (part.length || !parts.length) parts.push(part);
  return parts;
}

interface Pending<T> {
  scan: string;
  parts: T[][];
  blocks: number;
  chars: number;
}

/**
 * The parts received for each tab, until the `analyze` message that ends them. A tab has one scan
 * in flight: a part of a new scan drops what an older one left. The same bounds as one message.
 */
export class PartsInbox<T extends HasText> {
  private readonly pending = new Map<number, Pending<T>>();

  /** Keeps a part; false (and the tab's parts dropped) when the parts together grow too large or one comes twice. */
  add(tabId: number, scan: string, index: number, blocks: T[]): boolean {
    let entry = this.pending.get(tabId);
    if (!entry || entry.scan !== scan) {
      entry = { scan, parts: [], blocks: 0, chars: 0 };
      this.pending.set(tabId, entry);
    }
    // a part sent twice is not the content script's doing: drop the scan
    if (entry.parts[index]) {
      this.pending.delete(tabId);
      return false;
    }
    entry.blocks += blocks.length;
    entry.chars += blocks.reduce((n, b) => n + b.text.length, 0);
    if (entry.blocks > MAX_BLOCKS || entry.chars > MAX_TEXT) {
      this.pending.delete(tabId);
      return false;
    }
    entry.parts[index] = blocks;
    return true;
  }

  /**
   * The tab's `count` parts of `scan` in order, followed by `last`; null when any is missing (the
   * worker restarted between them) or the whole is too large. The tab's parts are dropped either way.
   */
  take(tabId: number, scan: string, count: number, last: T[]): T[] | null {
    const entry = this.pending.get(tabId);
    this.pending.delete(tabId);
    if (count === 0) return last;
    if (!entry || entry.scan !== scan || entry.parts.length !== count) return null;
    const blocks: T[] = [];
    for (let i = 0; i < count; i++) {
      const part = entry.parts[i];
      if (!part) return null;
      for (const block of part) blocks.push(block);
    }
    for (const block of last) blocks.push(block);
    if (blocks.length > MAX_BLOCKS || entry.chars + last.reduce((n, b) => n + b.text.length, 0) > MAX_TEXT) return null;
    return blocks;
  }

  /** Forgets a closed tab's parts. */
  forget(tabId: number): void {
    this.pending.delete(tabId);
  }
}
