/**
 * Building a block's text from DOM text nodes the way a reader sees it, and keeping the map back
 * to the nodes. Collapsing follows CSS `white-space: normal`: runs of ASCII whitespace become one
 * space, leading and trailing whitespace is dropped, and a space is never doubled across nodes.
 * Soft hyphens and zero-width spaces are dropped (they would split words and names).
 */
import type { TextSegment } from './types';

const SPACE = 1;
const DROP = 2;

/** 1 for collapsible whitespace, 2 for invisible characters we drop, 0 otherwise. */
function charClass(c: number): number {
  if (c === 32 || c === 10 || c === 9 || c === 13 || c === 12) return SPACE;
  if (c === 0xad || c === 0x200b || c === 0xfeff) return DROP;
  return 0;
}

export class TextBuilder {
  private parts: string[] = [];
  readonly segments: TextSegment[] = [];
  length = 0;
  /** Characters that came from inside links. */
  linkLength = 0;
  /** The last character written is whitespace (or nothing was written yet). */
  private spaceBefore = true;
  /** The last thing written was a line break from `<br>` (only whitespace since). */
  lastWasBreak = false;

  get empty(): boolean {
    return this.length === 0;
  }

  /** Appends a text node's visible text. */
  appendText(node: Text, inLink: boolean): void {
    const data = node.data;
    const n = data.length;
    let i = 0;
    while (i < n) {
      const cls = charClass(data.charCodeAt(i));
      if (cls === SPACE) {
        let j = i + 1;
        while (j < n && charClass(data.charCodeAt(j)) === SPACE) j++;
        if (!this.spaceBefore) {
          this.write(' ', node, i, inLink);
          this.spaceBefore = true;
        }
        i = j;
      } else if (cls === DROP) {
        i++;
      } else {
        let j = i + 1;
        while (j < n && charClass(data.charCodeAt(j)) === 0) j++;
        this.write(data.slice(i, j), node, i, inLink);
        this.spaceBefore = false;
        this.lastWasBreak = false;
        i = j;
      }
    }
  }

  /** A `<br>`: a line break that maps to no text node. */
  appendBreak(): void {
    if (this.length === 0) return;
    this.trimTrailingSpace();
    this.parts.push('\n');
    this.length += 1;
    this.spaceBefore = true;
    this.lastWasBreak = true;
  }

  /** A soft boundary between inline pieces that a reader sees as separate words. */
  appendSpace(): void {
    if (this.spaceBefore || this.length === 0) return;
    this.parts.push(' ');
    this.length += 1;
    this.spaceBefore = true;
  }

  private write(s: string, node: Text, nodeOffset: number, inLink: boolean): void {
    const start = this.length;
    const last = this.segments[this.segments.length - 1];
    if (last && last.node === node && last.end === start && last.nodeOffset + (last.end - last.start) === nodeOffset) {
      last.end += s.length;
    } else {
      this.segments.push({ node, start, end: start + s.length, nodeOffset });
    }
    this.parts.push(s);
    this.length += s.length;
    if (inLink) this.linkLength += s.length;
  }

  private trimTrailingSpace(): void {
    if (this.length === 0 || !this.spaceBefore) return;
    const lastPart = this.parts[this.parts.length - 1];
    if (lastPart === undefined || !lastPart.endsWith(' ')) return;
    this.parts[this.parts.length - 1] = lastPart.slice(0, -1);
    this.length -= 1;
    const seg = this.segments[this.segments.length - 1];
    if (seg && seg.end > this.length) {
      seg.end = this.length;
      if (seg.end <= seg.start) this.segments.pop();
    }
  }

  /** The finished text (trailing whitespace and breaks removed) and its segments. */
  finish(): { text: string; segments: TextSegment[]; linkLength: number } {
    this.trimTrailingSpace();
    let text = this.parts.join('');
    // A trailing <br> leaves a newline that maps to nothing.
    while (text.endsWith('\n')) text = text.slice(0, -1);
    if (text.endsWith(' ')) text = text.slice(0, -1);
    const segments = this.segments;
    while (segments.length && segments[segments.length - 1].start >= text.length) segments.pop();
    const lastSeg = segments[segments.length - 1];
    if (lastSeg && lastSeg.end > text.length) lastSeg.end = text.length;
    return { text, segments, linkLength: Math.min(this.linkLength, text.length) };
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
