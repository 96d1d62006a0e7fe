/**
 * Building a block's text from DOM text nodes the way a reader sees it, and keeping the map back
 * to the nodes. Collapsing follows CSS `white-space: normal`: runs of ASCII whitespace become one
 * space, leading and trailing whitespace is dropped, and a space is never doubled across nodes.
 * Soft hyphens and zero-width spaces are dropped (they would split words and names).
 */
import type { TextSegment } from './types';

/** Anything that needs more than a straight copy: whitespace other than single spaces, invisibles. */
const SPECIAL_RE = /[\t\n\r\f\u00ad\u200b\ufeff]| {2}/;
/** Runs of collapsible whitespace, or one invisible character. */
const RUN_RE = /[ \t\n\r\f]+|[\u00ad\u200b\ufeff]/g;

export class TextBuilder {
  private text = '';
  readonly segments: TextSegment[] = [];
  /** Characters that came from inside links. */
  linkLength = 0;
  /** The last character written is whitespace (or nothing was written yet). */
  private spaceBefore = true;
  /** The last thing written was a line break from `<br>` (only whitespace since). */
  lastWasBreak = false;

  get length(): number {
    return this.text.length;
  }

  get empty(): boolean {
    return this.text.length === 0;
  }

  /** Appends a text node's visible text. */
  appendText(node: Text, inLink: boolean): void {
    const data = node.data;
    const n = data.length;
    if (n === 0) return;
    if (!SPECIAL_RE.test(data)) {
      // The common case: words and single spaces, copied in one piece.
      let from = 0;
      if (this.spaceBefore && data.charCodeAt(0) === 32) from = 1;
      if (from < n) {
        this.write(from ? data.slice(from) : data, node, from, inLink);
        this.spaceBefore = data.charCodeAt(n - 1) === 32;
        if (!(n - from === 1 && this.spaceBefore)) this.lastWasBreak = false;
      }
      return;
    }
    let i = 0;
    RUN_RE.lastIndex = 0;
    for (let m = RUN_RE.exec(data); ; m = RUN_RE.exec(data)) {
      const end = m ? m.index : n;
      if (end > i) {
        this.write(data.slice(i, end), node, i, inLink);
        this.spaceBefore = false;
        this.lastWasBreak = false;
      }
      if (!m) break;
      const c = data.charCodeAt(m.index);
      if (c <= 32 && !this.spaceBefore) {
        this.write(' ', node, m.index, inLink);
        this.spaceBefore = true;
      }
      i = m.index + m[0].length;
    }
  }

  /** Characters the browser draws that are in no text node (the marks of a `<q>`). */
  appendSynthetic(s: string): void {
    this.text += s;
    this.spaceBefore = false;
    this.lastWasBreak = false;
  }

  /** A `<br>`: a line break that maps to no text node. */
  appendBreak(): void {
    if (this.text.length === 0) return;
    this.trimTrailingSpace();
    this.text += '\n';
    this.spaceBefore = true;
    this.lastWasBreak = true;
  }

  private write(s: string, node: Text, nodeOffset: number, inLink: boolean): void {
    const start = this.text.length;
    const last = this.segments[this.segments.length - 1];
    if (last && last.node === node && last.end === start && last.nodeOffset + (last.end - last.start) === nodeOffset) {
      last.end += s.length;
    } else {
      this.segments.push({ node, start, end: start + s.length, nodeOffset });
    }
    this.text += s;
    if (inLink) this.linkLength += s.length;
  }

  private trimTrailingSpace(): void {
    const len = this.text.length;
    if (len === 0 || this.text.charCodeAt(len - 1) !== 32) return;
    this.text = this.text.slice(0, -1);
    const seg = this.segments[this.segments.length - 1];
    if (seg && seg.end > len - 1) {
      seg.end = len - 1;
      if (seg.end <= seg.start) this.segments.pop();
    }
  }

  /** The finished text (trailing whitespace and breaks removed) and its segments. */
  finish(): { text: string; segments: TextSegment[]; linkLength: number } {
    this.trimTrailingSpace();
    let text = this.text;
    // A trailing <br> leaves a newline that maps to nothing.
    let end = text.length;
    while (end > 0 && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 32)) end--;
    if (end < text.length) text = text.slice(0, end);
    const segments = this.segments;
    while (segments.length && segments[segments.length - 1].start >= end) segments.pop();
    const lastSeg = segments[segments.length - 1];
    if (lastSeg && lastSeg.end > end) lastSeg.end = end;
    return { text, segments, linkLength: Math.min(this.linkLength, end) };
  }
}

/** The segments of a block restricted to [start, end), rebased to start at 0. */
export function sliceSegments(segments: TextSegment[], start: number, end: number): TextSegment[] {
  const out: TextSegment[] = [];
  for (const seg of segments) {
    if (seg.end <= start || seg.start >= end) continue;
    const s = Math.max(seg.start, start);
    const e = Math.min(seg.end, end);
    out.push({ node: seg.node, start: s - start, end: e - start, nodeOffset: seg.nodeOffset + (s - seg.start) });
  }
  return out;
}
