/**
 * The quote scanner: a block of text in, quote spans out. One pass over the text, a stack of
 * open marks, and local context (the characters on either side of a mark) to tell an opening
 * mark from a closing one, an apostrophe or a prime. Linear time; never throws.
 *
 * Handles “…” "…" ‘…’ '…' «…» »…« „…“ ‚…‘ ‹…› 「…」 『…』, nested quotes (outer and inner
 * both reported), primes and inch marks (5'11", 6″), apostrophes (it's, countries', '91),
 * unbalanced marks (an unclosed quote ends at the end of its block), and the mangled style of
 * some pages that open with " and close with ' ("It's like a dance,' Allen said.).
 */

export interface QuoteSpan {
  /** Offset of the opening mark (equal to innerStart when the quote continues from the previous block). */
  start: number;
  /** Offset after the closing mark (equal to innerEnd when the quote runs to the end of the block). */
  end: number;
  innerStart: number;
  innerEnd: number;
  /** The marks as written; '' when missing. */
  open: string;
  close: string;
  /** 0 for an outermost quote, 1 for a quote inside it, … */
  depth: number;
}

export interface ScanOptions {
  /**
   * Let ' and ’ close a quote opened with " (the mangled style). 'auto' (the default) turns it on
   * for a block whose " marks all open and none closes, when the block itself shows the pattern.
   */
  apostropheCloses?: boolean | 'auto';
  /** The previous block ended inside a quote opened with this mark: a closing mark before any opening one ends it. */
  continuedFrom?: string;
}

// Character classes, by char code.
const DQ = 0x22; // "
const SQ = 0x27; // '
const LDQ = 0x201c; // “
const RDQ = 0x201d; // ”
const LOW_DQ = 0x201e; // „
const REV_DQ = 0x201f; // ‟
const LSQ = 0x2018; // ‘
const RSQ = 0x2019; // ’
const LOW_SQ = 0x201a; // ‚
const LGUIL = 0xab; // «
const RGUIL = 0xbb; // »
const LSGUIL = 0x2039; // ‹
const RSGUIL = 0x203a; // ›
const CJK_L = 0x300c; // 「
const CJK_R = 0x300d; // 」
const CJK_WL = 0x300e; // 『
const CJK_WR = 0x300f; // 』

const IS_MARK = new Uint8Array(0x3010);
for (const c of [DQ, SQ, LDQ, RDQ, LOW_DQ, REV_DQ, LSQ, RSQ, LOW_SQ, LGUIL, RGUIL, LSGUIL, RSGUIL, CJK_L, CJK_R, CJK_WL, CJK_WR]) IS_MARK[c] = 1;

/** Which closing marks end a quote opened with a given mark. */
const CLOSERS: Record<number, readonly number[]> = {
  [DQ]: [DQ, RDQ, LDQ],
  [LDQ]: [RDQ, DQ, LDQ],
  [LOW_DQ]: [LDQ, RDQ, DQ],
  [REV_DQ]: [RDQ, DQ],
  [RDQ]: [RDQ, DQ],
  [LGUIL]: [RGUIL],
  [RGUIL]: [LGUIL, RGUIL],
  [LSGUIL]: [RSGUIL],
  [RSGUIL]: [LSGUIL, RSGUIL],
  [CJK_L]: [CJK_R],
  [CJK_WL]: [CJK_WR],
  [LSQ]: [RSQ, SQ],
  [LOW_SQ]: [LSQ, RSQ],
  [SQ]: [SQ, RSQ],
};

/** CLOSES[opener * 0x3010 + closer] = 1, for a quick test in the inner loop. */
const MARK_INDEX = new Int8Array(0x3010).fill(-1);
const MARKS = [DQ, SQ, LDQ, RDQ, LOW_DQ, REV_DQ, LSQ, RSQ, LOW_SQ, LGUIL, RGUIL, LSGUIL, RSGUIL, CJK_L, CJK_R, CJK_WL, CJK_WR];
MARKS.forEach((c, i) => (MARK_INDEX[c] = i));
const CLOSES = new Uint8Array(MARKS.length * MARKS.length);
for (const [open, closers] of Object.entries(CLOSERS)) for (const c of closers) CLOSES[MARK_INDEX[Number(open)] * MARKS.length + MARK_INDEX[c]] = 1;
const IS_SINGLE = new Uint8Array(MARKS.length);
for (const c of [SQ, LSQ, RSQ, LOW_SQ]) IS_SINGLE[MARK_INDEX[c]] = 1;

const isSpace = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x200b || c === 0x3000;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
/** Letters and digits (Latin, Greek, Cyrillic, CJK and other scripts above 0xC0 that are not marks or punctuation). */
const isWordChar = (c: number) =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || isDigit(c) || (c >= 0xc0 && c < 0x2000 && c !== 0xd7 && c !== 0xf7) || (c >= 0x3040 && c < 0xfe00);
/** Punctuation after which an opening mark may follow ("(", "—"), or before which a closing mark may sit. */
const isOpenPunct = (c: number) => c === 0x28 || c === 0x5b || c === 0x7b || c === 0x2014 || c === 0x2013 || c === 0x2d || c === 0x2f || c === 0x3a;
const isClosePunct = (c: number) =>
  c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x29 || c === 0x5d || c === 0x7d || c === 0x2026 || c === 0x2014 || c === 0x2013 || c === 0x2d || c === 0x2f;
/** Sentence punctuation right before a mark: strong evidence that the mark closes. */
const isEndPunct = (c: number) => c === 0x2e || c === 0x2c || c === 0x21 || c === 0x3f || c === 0x3b || c === 0x2026;

/** The characters around offset i: -1 stands for the edge of the text. */
function around(text: string, i: number): [number, number] {
  return [i > 0 ? text.charCodeAt(i - 1) : -1, i + 1 < text.length ? text.charCodeAt(i + 1) : -1];
}

/** An opening context: after space, the start, an opening bracket or dash, or another mark; before a non-space. */
function opensHere(prev: number, next: number): boolean {
  if (next === -1 || isSpace(next)) return false;
  return prev === -1 || isSpace(prev) || isOpenPunct(prev) || (prev < IS_MARK.length && IS_MARK[prev] === 1);
}

/** A closing context: after a non-space; before space, the end, punctuation or another mark. */
function closesHere(prev: number, next: number): boolean {
  if (prev === -1 || isSpace(prev)) return false;
  return next === -1 || isSpace(next) || isClosePunct(next) || (next < IS_MARK.length && IS_MARK[next] === 1);
}

/** ' or ’ that is part of a word or a number: it's, don’t, '91, ’90s, rock’n’roll, 5'11. */
function isApostrophe(prev: number, next: number): boolean {
  if (isWordChar(prev) && isWordChar(next)) return true;
  if ((prev === -1 || isSpace(prev)) && isDigit(next)) return true;
  return false;
}

/** A strong closing ' in the mangled style: after sentence punctuation, or before punctuation or the end. */
function strongApostropheClose(text: string, i: number): boolean {
  const [prev, next] = around(text, i);
  if (prev === -1 || isSpace(prev)) return false;
  if (isEndPunct(prev)) return true;
  return next === -1 || (isClosePunct(next) && next !== 0x2d) || (isSpace(next) && i + 2 >= text.length);
}

/** A weak closing ' in the mangled style: after a letter, before a space (also a plural possessive). */
function weakApostropheClose(text: string, i: number): boolean {
  const [prev, next] = around(text, i);
  return prev !== -1 && !isSpace(prev) && (next === -1 || isSpace(next) || isClosePunct(next));
}

const isApostropheChar = (c: number) => c === SQ || c === RSQ;

/**
 * For a " opened at `open`: where its mangled-style closing ' is, or -1. Used when the next " in
 * the text opens another quote (or there is none): then this quote was closed by an apostrophe.
 */
function mangledClose(text: string, open: number): number {
  let next = text.indexOf('"', open + 1);
  if (next !== -1) {
    const [prev, after] = around(text, next);
    if (!opensHere(prev, after)) return -1; // the next " closes this quote in the usual way
  } else next = text.length;
  let weak = -1;
  for (let i = open + 1; i < next; i++) {
    const c = text.charCodeAt(i);
    if (!isApostropheChar(c)) continue;
    const [prev, after] = around(text, i);
    if (isApostrophe(prev, after)) continue;
    if (strongApostropheClose(text, i)) return i;
    if (weak === -1 && weakApostropheClose(text, i)) weak = i;
  }
  return weak;
}

/**
 * Does this block show the mangled style: " marks that only ever open, and a ' after one of them
 * that closes it strongly ("…,' he said")?
 */
export function looksApostropheClosed(text: string): boolean {
  let first = -1;
  for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) {
    const [prev, next] = around(text, i);
    if (!opensHere(prev, next)) return false;
    if (first === -1) first = i;
  }
  if (first === -1) return false;
  for (let i = first + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isApostropheChar(c) && !isApostrophe(...around(text, i)) && strongApostropheClose(text, i)) return true;
  }
  return false;
}

/** After spaces, a word or an ellipsis? */
function startsWords(text: string, from: number): boolean {
  let i = from;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  const c = i < text.length ? text.charCodeAt(i) : -1;
  return isWordChar(c) || c === 0x2026 || c === 0x2e;
}

/** Trim whitespace off the end of a range. */
function trimEnd(text: string, end: number, floor: number): number {
  while (end > floor && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** Real text nests two or three deep; these bounds keep garbage input linear. */
const MAX_STACK = 32;
const MAX_SEARCH = 4;

const flags = (codes: number[]) => {
  const table = new Uint8Array(0x3010);
  for (const c of codes) table[c] = 1;
  return table;
};
const DEDICATED_OPENER = flags([LDQ, LOW_DQ, REV_DQ, LGUIL, LSGUIL, CJK_L, CJK_WL, LOW_SQ]);
/** Marks that close (and open only in an opening context: the ”…” and »…« styles). */
const DEDICATED_CLOSER = flags([RDQ, RGUIL, RSGUIL, CJK_R, CJK_WR]);

const ANY_MARK = /["'“”„‟‘’‚«»‹›「」『』]/;
/** The same marks as IS_MARK, for a native search from mark to mark. */
const NEXT_MARK = /["'“”„‟‘’‚«»‹›「」『』]/g;

/**
 * The scanner's state: the stack of open marks as parallel typed arrays (offset, char code,
 * mangled-style closing offset), its depth, the pending mangled close and the spans found.
 * Module-level, so the hot loop calls plain functions: scan runs to completion, never re-entered.
 */
const openAt = new Int32Array(MAX_STACK);
const openCh = new Uint16Array(MAX_STACK);
const openCloseAt = new Int32Array(MAX_STACK);
let depth = 0;
/** The offset of the ' that closes the one " quote waiting for it (at most one: its ' comes before the next "). */
let pendingClose = -1;
let spans: QuoteSpan[] = [];

/** Close the entry at stack index k with the mark at i, dropping unclosed marks above it. */
function closeTo(k: number, i: number, ch: number) {
  const at = openAt[k];
  for (let j = k; j < depth; j++) if (openCloseAt[j] === pendingClose) pendingClose = -1;
  depth = k;
  const virtual = at < 0;
  spans.push({
    start: virtual ? 0 : at,
    end: i + 1,
    innerStart: virtual ? 0 : at + 1,
    innerEnd: i,
    open: virtual ? '' : String.fromCharCode(openCh[k]),
    close: String.fromCharCode(ch),
    depth: 0,
  });
}

/** The nearest open mark that `c` can close, or -1. A single mark never reaches through an open double quote. */
function closable(c: number): number {
  const ci = MARK_INDEX[c];
  const single = IS_SINGLE[ci] === 1;
  const floor = depth > MAX_SEARCH ? depth - MAX_SEARCH : 0;
  for (let k = depth - 1; k >= floor; k--) {
    const oi = MARK_INDEX[openCh[k]];
    if (openCloseAt[k] === -1 && CLOSES[oi * MARKS.length + ci] === 1) return k;
    if (single && IS_SINGLE[oi] === 0) return -1;
  }
  return -1;
}

export function scan(text: string, options: ScanOptions = {}): QuoteSpan[] {
  spans = [];
  depth = 0;
  pendingClose = -1;
  const mode = options.apostropheCloses ?? 'auto';
  const mangled = mode === 'auto' ? text.indexOf('"') !== -1 && looksApostropheClosed(text) : mode;

  // a quote continued from the previous block: a virtual opening mark before the text
  if (options.continuedFrom) {
    openAt[0] = -1;
    openCh[0] = options.continuedFrom.charCodeAt(0);
    openCloseAt[0] = -1;
    depth = 1;
  }

  const n = text.length;
  let i = -1;
  for (;;) {
    // the next mark: a few characters ahead when marks come thick (garbage input), else the
    // regex engine's native search, which skips the ordinary text between them fastest
    let c = 0;
    const near = Math.min(n, i + 9);
    let j = i + 1;
    for (; j < near; j++) {
      c = text.charCodeAt(j);
      if (c < 0x3010 && IS_MARK[c] === 1) break;
    }
    if (j < near) i = j;
    else {
      if (j >= n) break;
      NEXT_MARK.lastIndex = j;
      const found = NEXT_MARK.exec(text);
      if (!found) break;
      i = found.index;
      c = text.charCodeAt(i);
    }
    const prev = i > 0 ? text.charCodeAt(i - 1) : -1;
    const next = i + 1 < n ? text.charCodeAt(i + 1) : -1;
    // two apostrophes in a row ('') quote nothing: typewriter ditto marks, code, archive typesetting
    if (c === SQ && next === SQ) {
      i++;
      continue;
    }

    if (pendingClose === i) {
      let k = depth - 1;
      while (openCloseAt[k] !== i) k--;
      closeTo(k, i, c);
      continue;
    }
    // primes and inch marks: 5'11", 6" (after a digit, closing nothing)
    if ((c === DQ || c === SQ) && isDigit(prev) && ((c === SQ && isDigit(next)) || closable(c) === -1)) continue;
    // apostrophes inside words and numbers: it's, don’t, '91, elmo666‘s
    if ((c === SQ || c === RSQ || c === LSQ) && isApostrophe(prev, next)) continue;

    // a mark that starts the block opens a quote even before a space: "” … what I learned …"
    const opening =
      opensHere(prev, next) ||
      (prev === -1 && isSpace(next) && startsWords(text, i + 1)) ||
      // a missing space: 'The river is dirty."We found …' (nothing open for the mark to close)
      (c === DQ && (prev === 46 || prev === 33 || prev === 63) && ((next >= 65 && next <= 90) || (next >= 192 && next <= 222)) && (depth === 0 || closable(c) === -1));

    if (DEDICATED_OPENER[c] === 0 || c === LDQ || c === LGUIL || c === LSGUIL) {
      const k = depth > 0 ? closable(c) : -1;
      if (k >= 0) {
        // “ « ‹ close only where the context says so („…“, »…«); ambiguous marks close unless they clearly open
        const reluctant = c === LDQ || c === LGUIL || c === LSGUIL;
        const closes = DEDICATED_CLOSER[c] === 1 || c === RSQ || (reluctant ? closesHere(prev, next) && !opening : !opening || closesHere(prev, next));
        if (closes) {
          closeTo(k, i, c);
          continue;
        }
      }
    }
    // ’ and ' that close nothing are apostrophes (countries’, goin')
    if (c === RSQ || (c === SQ && !opening)) continue;

    const opens = opening || DEDICATED_OPENER[c] === 1 || (c === LSQ && !isWordChar(prev));
    if (!opens || depth >= MAX_STACK) continue;
    let closeAt = -1;
    if (c === DQ && mangled && pendingClose === -1) closeAt = pendingClose = mangledClose(text, i);
    openAt[depth] = i;
    openCh[depth] = c;
    openCloseAt[depth] = closeAt;
    depth++;
  }

  // An unclosed quote runs to the end of its block (it continues in the next paragraph). Only the
  // outermost one is reported, and only a double one or a single one that starts the block, so a
  // stray mark cannot turn the rest of a paragraph into a quote twice over.
  const k = depth > 0 && openAt[0] < 0 ? 1 : 0; // the outermost real open mark
  if (k < depth) {
    const at = openAt[k];
    const ch = openCh[k];
    if (IS_SINGLE[MARK_INDEX[ch]] === 0 || text.slice(0, at).trim() === '') {
      const innerEnd = trimEnd(text, n, at + 1);
      if (innerEnd > at + 1) spans.push({ start: at, end: innerEnd, innerStart: at + 1, innerEnd, open: String.fromCharCode(ch), close: '', depth: 0 });
    }
  }

  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const chain: QuoteSpan[] = [];
  for (const s of spans) {
    while (chain.length && chain[chain.length - 1].end <= s.start) chain.pop();
    s.depth = chain.length;
    chain.push(s);
  }
  return spans;
}

/** The open mark of a quote still open at the end of the block ('' if none), so the next block can continue it. */
export function unclosedAtEnd(spans: readonly QuoteSpan[]): string {
  for (const s of spans) if (s.close === '' && s.open !== '') return s.open;
  return '';
}


const startsWithMark = (text: string) => {
  let i = 0;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  const c = i < text.length ? text.charCodeAt(i) : -1;
  return c >= 0 && c < IS_MARK.length && IS_MARK[c] === 1;
};

/**
 * Scan the blocks of one page. The mangled style is decided for the page (two or more blocks
 * that show it), so a block with a single " quote closed by ' is read right too; and a quote
 * left open at the end of a block may be closed in the next one.
 */
export function scanBlocks(texts: readonly string[]): QuoteSpan[][] {
  let evidence = 0;
  for (const t of texts) if (t.indexOf('"') !== -1 && looksApostropheClosed(t) && ++evidence >= 2) break;
  let carry = '';
  return texts.map((text) => {
    // most blocks hold no quotation mark at all: one native search decides it
    if (!ANY_MARK.test(text)) {
      if (!isBlank(text)) carry = '';
      return [];
    }
    // a block whose " marks all open takes the page's style; any closing " keeps it off
    const apostropheCloses: ScanOptions['apostropheCloses'] = evidence >= 2 ? allDoubleMarksOpen(text) : 'auto';
    const spans = scan(text, { apostropheCloses, continuedFrom: carry && !startsWithMark(text) ? carry : undefined });
    if (!isBlank(text)) carry = unclosedAtEnd(spans);
    return spans;
  });
}

function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

function allDoubleMarksOpen(text: string): boolean {
  let seen = false;
  for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) {
    if (!opensHere(...around(text, i))) return false;
    seen = true;
  }
  return seen;
}
