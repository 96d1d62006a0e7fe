/**
 * Words, punctuation and quotes of one block, with offsets, and the block's sentences. An
 * outermost quote is one token: the rules read the frame around a quote, never inside it.
 */
import type { QuoteSpan } from '../quotes';
import { ABBREVIATIONS, TITLE_ABBREVIATIONS } from './words';

export interface Token {
  text: string;
  /** Lower case, curly apostrophes made straight. */
  lower: string;
  start: number;
  end: number;
  type: 'word' | 'punct' | 'quote';
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** For a quote token: the index of its span in the block's spans. */
  span?: number;
  /** A word that carries its own full stop: "Mr.", "U.S.", "W.". */
  abbrev?: boolean;
}

// words with inner apostrophes and hyphens; dotted acronyms (U.S., a.m.); numbers with separators
const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-‐][\p{L}\p{N}]+)*|\S/gu;
const UPPER = /^\p{Lu}/u;

/** Tokens of `text`, with each outermost quote span (depth 0) as a single token. */
export function tokenize(text: string, spans: readonly QuoteSpan[]): Token[] {
  const tokens: Token[] = [];
  const outer = spans.map((s, i) => ({ s, i })).filter(({ s }) => s.depth === 0);
  let next = 0; // next outer span
  WORD.lastIndex = 0;
  let pos = 0;
  while (pos < text.length) {
    if (next < outer.length && outer[next].s.start <= pos) {
      const { s, i } = outer[next++];
      tokens.push({ text: text.slice(s.start, s.end), lower: '', start: s.start, end: s.end, type: 'quote', cap: false, span: i });
      pos = s.end;
      continue;
    }
    WORD.lastIndex = pos;
    const m = WORD.exec(text);
    if (!m) break;
    const limit = next < outer.length ? outer[next].s.start : text.length;
    if (m.index >= limit) {
      pos = limit;
      continue;
    }
    let raw = m[0];
    if (m.index + raw.length > limit) raw = raw.slice(0, limit - m.index);
    const start = m.index;
    pos = start + raw.length;
    const c0 = raw.charCodeAt(0);
    // the pattern's last branch (\S) is the only one that matches punctuation
    const isWord = raw.length > 1 || (c0 >= 0x30 && c0 <= 0x39) || (c0 >= 0x41 && c0 <= 0x5a) || (c0 >= 0x61 && c0 <= 0x7a) || (c0 > 0x7f && LETTER_OR_DIGIT.test(raw));
    if (!isWord) {
      tokens.push({ text: raw, lower: raw, start, end: pos, type: 'punct', cap: false });
      continue;
    }
    // a possessive or contraction 's becomes its own token: "Nvidia's" → Nvidia + 's
    const n = raw.length;
    if (n > 2 && (raw[n - 1] === 's' || raw[n - 1] === 'S') && (raw[n - 2] === "'" || raw[n - 2] === '’')) {
      const baseEnd = start + n - 2;
      tokens.push(word(raw.slice(0, n - 2), start, baseEnd));
      tokens.push({ text: raw.slice(n - 2), lower: "'s", start: baseEnd, end: pos, type: 'word', cap: false });
      continue;
    }
    const t = word(raw, start, pos);
    // a full stop that belongs to the word: titles, initials, known abbreviations, dotted acronyms
    if (text[pos] === '.' && pos < limit) {
      const l = raw.toLowerCase();
      // party tags ("D-Wis.", "R-Ky.") too
      if (ABBREVIATIONS.has(l) || (raw.length === 1 && UPPER.test(raw)) || /\.\p{L}$/u.test(raw) || /^[RDI]-\p{Lu}\p{Ll}{0,4}$/u.test(raw)) {
        t.text += '.';
        t.end = pos + 1;
        t.abbrev = true;
        pos++;
      }
    } else if (raw.endsWith('.')) t.abbrev = true;
    tokens.push(t);
  }
  return tokens;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;

function word(text: string, start: number, end: number): Token {
  let lower = text.toLowerCase();
  if (lower.includes('’')) lower = lower.replace(/’/g, "'");
  const c = text.charCodeAt(0);
  const cap = c < 0x80 ? c >= 0x41 && c <= 0x5a : UPPER.test(text);
  return { text, lower, start, end, type: 'word', cap };
}

/** Function words after which a new sentence starts when an abbreviation ends the previous one. */
const SENTENCE_STARTERS = new Set(
  'the a an but and he she it they we i in on at this that these those there his her their its our after before when while however meanwhile still yet so for as if since'.split(' '),
);

const isEnd = (t: Token) => t.type === 'punct' && (t.text === '.' || t.text === '!' || t.text === '?' || t.text === '…' || t.text === '|');

/**
 * Sentence ranges [start, end) over the tokens. A sentence ends at . ! ? … outside quotes; after an
 * abbreviation only when the next word plainly starts a sentence ("in the U.S. The …").
 */
export function sentences(tokens: readonly Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  let parens = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    let boundary = false;
    if (t.text === '(') parens++;
    else if (t.text === ')') parens = Math.max(0, parens - 1);
    // no sentence ends inside brackets, or before a comma or a lower-case word ("R-Ky., said")
    if (isEnd(t) && (parens > 0 || (next && ((next.type === 'word' && !next.cap && !/^\d/.test(next.text)) || next.text === ',')))) continue;
    if (isEnd(t)) {
      // closing brackets and stray marks stay with the sentence they end
      boundary = true;
      while (tokens[i + 1] && tokens[i + 1].type === 'punct' && /^[)\]"'”’]$/.test(tokens[i + 1].text)) i++;
    } else if (t.abbrev && next && ((next.type === 'word' && next.cap) || next.type === 'quote')) {
      // "… to the Rand Corp. "It appears …": a quote after an abbreviation opens a sentence
      const bare = t.lower.replace(/\.$/, '');
      boundary = !TITLE_ABBREVIATIONS.has(bare) && t.text.length > 2 && (next.type === 'quote' || SENTENCE_STARTERS.has(next.lower));
    }
    if (boundary) {
      out.push([start, i + 1]);
      start = i + 1;
    }
  }
  if (start < tokens.length) out.push([start, tokens.length]);
  return out;
}
