/**
 * Clause-level reading of a sentence: where a subject is, which verb is finite, which comma
 * segment is an adverbial or an appositive.
 */
import type { Words } from './lexicon';
import { parseMention, type Mention } from './mentions';
import type { Token } from './tokens';
import { ADVERBIAL_OPENERS, AUXILIARIES, DETERMINERS, LEADING_CONNECTIVES, RELATIVE_OPENERS } from './words';

export type Segment = [number, number];

const SEPARATORS = new Set([',', ';', '—', '–', '(', ')', ':', '|']);
const FINITE_AUX = new Set('has have had is was were are will would can could may might must should shall did does do'.split(' '));
const TEMPORAL = new Set('today yesterday tonight tomorrow week month year morning afternoon evening night weekend'.split(' '));

/**
 * Comma-separated segments of tokens [from, to); quote tokens also separate, and a parenthetical
 * ("(R-Utah)", "(left)") is left out, so "Rep. John Mica (R-Fla.) said" reads as "Rep. John Mica said".
 */
export function segments(tokens: readonly Token[], from: number, to: number): Segment[] {
  const out: Segment[] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.type === 'punct' && t.text === '(') {
      const close = closingParen(tokens, i, to);
      if (close > 0) {
        if (i > start) out.push([start, i]);
        start = close + 1;
        i = close;
        continue;
      }
    }
    if ((t.type === 'punct' && SEPARATORS.has(t.text)) || t.type === 'quote') {
      if (i > start) out.push([start, i]);
      start = i + 1;
    }
  }
  if (to > start) out.push([start, to]);
  // a segment split only by a parenthetical continues: "Gov. Pat McCrory (R)" + "" → one
  return out;
}

/** The index of the ) closing the ( at i, within eight tokens, or -1. */
export function closingParen(tokens: readonly Token[], i: number, to: number): number {
  for (let j = i + 1; j < Math.min(to, i + 10); j++) {
    if (tokens[j].text === ')') return j;
    if (tokens[j].text === '(' || tokens[j].type === 'quote') return -1;
  }
  return -1;
}

/** A party and state tag: "R-Ky.", "D-N.Y.", "R". */
const PARTY_TAG = /^[RDI](?:-[A-Z][\p{L}.]*)?\.?$/u;

/** First word of a segment after connectives ("But when …" → when). */
function headWord(tokens: readonly Token[], [a, b]: Segment): number {
  let i = a;
  while (i < b && (tokens[i].type !== 'word' || LEADING_CONNECTIVES.has(tokens[i].lower))) i++;
  return i;
}

/** "In a letter Friday", "After the talks", "When Trump raised tariffs": not a subject. */
export function isAdverbial(tokens: readonly Token[], seg: Segment, w: Words): boolean {
  const i = headWord(tokens, seg);
  if (i >= seg[1]) return true;
  const t = tokens[i];
  if (ADVERBIAL_OPENERS.has(t.lower)) return true;
  // "… JIJI However": a segment that ends in a connective leads into the clause, it is not its subject
  const last = tokens[seg[1] - 1];
  if (seg[1] - 1 > i && /^(however|meanwhile|nevertheless|nonetheless|instead|still|indeed|moreover|though)$/.test(last.lower)) return true;
  if (w.lex.has(t.lower, 'WeekDay') || w.lex.has(t.lower, 'Month') || TEMPORAL.has(t.lower)) return true;
  // a participle clause: "Speaking to reporters", "Asked about the talks"
  if (!t.cap || i === seg[0]) {
    const cue = w.cue(t.lower);
    if ((cue && cue.form === 'gerund') || (/ing$/.test(t.lower) && w.verb(t.lower) && !w.role(t.lower))) return true;
  }
  return seg[1] - i === 1 && w.adverb(t.lower) && !t.cap;
}

/** ", a retired diplomat,", ", who spoke on condition of anonymity,", ", co-head of Nippon Ishin no Kai". */
function isAppositive(tokens: readonly Token[], seg: Segment, w: Words): boolean {
  const i = headWord(tokens, seg);
  if (i >= seg[1]) return false;
  const t = tokens[i];
  if (RELATIVE_OPENERS.has(t.lower)) return true;
  if (seg[1] - i <= 2 && PARTY_TAG.test(t.text)) return true;
  // "Pyongyang's only ally", "the campaign's press secretary"
  if (tokens[i + 1]?.lower === "'s" && i + 2 < seg[1] && !tokens[i + 2].cap) return true;
  if (t.lower === 'then' || t.lower === 'now' || t.lower === 'formerly') return true;
  if (DETERMINERS.has(t.lower) || t.lower === 'his' || t.lower === 'her' || t.lower === 'their' || t.lower === 'its') return true;
  if (!t.cap && (w.role(t.lower.replace(/^co-?/, '')) || /^(former|retired|senior|chief|deputy|acting|longtime|veteran|top|lead|assistant|associate|executive|managing|general)$/.test(t.lower))) return true;
  // a role ending the segment: "Nvidia's CEO", "Japan's top negotiator"
  const last = tokens[seg[1] - 1];
  return !last.cap && w.role(last.lower) && seg[1] - seg[0] <= 6 && tokens.slice(seg[0], seg[1]).some((x) => x.lower === "'s");
}

export function isFinite(t: Token, w: Words): boolean {
  if (t.type !== 'word' || t.cap) return false;
  if (FINITE_AUX.has(t.lower)) return true;
  const cue = w.cue(t.lower);
  if (cue) return cue.form === 'finite' || (cue.form === 'participle' && /ed$|id$|ld$|ote$/.test(t.lower));
  return w.lex.has(t.lower, 'PastTense') || w.lex.has(t.lower, 'PresentTense') || w.lex.has(t.lower, 'Copula') || w.lex.has(t.lower, 'Modal');
}

/** Trim words that sit between a subject and its verb ("has also", "would later"). */
function trimAuxiliaries(tokens: readonly Token[], from: number, end: number, w: Words): number {
  while (end > from) {
    const t = tokens[end - 1];
    if (t.type === 'word' && !t.cap && (AUXILIARIES.has(t.lower) || (w.adverb(t.lower) && /ly$/.test(t.lower)))) end--;
    else break;
  }
  return end;
}

/** Drop a trailing time phrase: "the Commerce Department on Friday" → "the Commerce Department". */
export function trimTemporal(tokens: readonly Token[], from: number, end: number, w: Words): number {
  let e = end;
  while (e > from) {
    const t = tokens[e - 1];
    const l = t.lower.replace(/\.$/, '');
    // a number is a date or a time ("on Sept. 12", "at 5"), an age is not: "the 45-year-old"
    if (w.lex.has(l, 'WeekDay') || w.lex.has(l, 'Month') || TEMPORAL.has(l) || (/^\d/.test(l) && !/-year-old$/.test(l)) || /^(jan|feb|mar|apr|aug|sept?|oct|nov|dec)$/.test(l)) e--;
    else if (e < end && /^(on|last|this|next|in|since|early|late|earlier|later)$/.test(l)) e--;
    else break;
  }
  return e > from ? e : end;
}

export interface Subject {
  mention: Mention;
  /** Appositive text written with the subject: "a retired diplomat". */
  appositive?: string;
}

/**
 * The subject of the verb at `verb`, looking back no further than `floor`: the last comma segment
 * that is a noun phrase, skipping appositives after it and adverbials before it.
 */
export function subjectBefore(tokens: readonly Token[], verb: number, floor: number, text: string, w: Words): Subject | null {
  let end = trimAuxiliaries(tokens, floor, verb, w);
  // a parenthetical right before the verb: "Rep. John Mica (R-Fla.) said"
  while (end > floor && tokens[end - 1].text === ')') {
    let open = end - 2;
    while (open >= floor && tokens[open].text !== '(' && end - open < 10) open--;
    if (open < floor || tokens[open].text !== '(') break;
    end = trimAuxiliaries(tokens, floor, open, w);
  }
  if (end <= floor) return null;
  // a second verb of the same subject: "X said … but said "Q"", "… and concluded"
  if (/^(and|but|or|then)$/.test(tokens[end - 1].lower)) return null;
  const segs = segments(tokens, floor, end);
  let appositive: string | undefined;
  for (let k = segs.length - 1; k >= 0; k--) {
    const seg = segs[k];
    const before = k > 0 ? segs[k - 1] : null;
    const last = k === segs.length - 1;
    if (last && tokens[seg[1]]?.type === 'quote') return null;
    const nominalBefore = !!before && !isAdverbial(tokens, before, w) && segmentLooksNominal(tokens, before, w);
    if (nominalBefore && isAppositive(tokens, seg, w)) {
      appositive ??= text.slice(tokens[seg[0]].start, tokens[seg[1] - 1].end);
      continue;
    }
    if (isAdverbial(tokens, seg, w)) {
      // "On September 27 they published …": the subject is right before the verb inside the
      // adverbial (not "Powell, in remarks in Washington, said": set off by commas, it has none)
      if (last && !(tokens[seg[1]]?.type === 'punct' && SEPARATORS.has(tokens[seg[1]].text))) {
        const m = tailMention(tokens, seg, text, w);
        if (m) return { mention: m, appositive };
      }
      // "Hillary Clinton, at a later press gaggle, said": an adverbial between subject and verb
      if (nominalBefore && k === segs.length - 1) continue;
      return null;
    }
    const segEnd = trimTemporal(tokens, seg[0], seg[1], w);
    const mention = parseMention(tokens, seg[0], segEnd, text, w);
    if (mention) return { mention, appositive };
    // a long segment: the noun phrase right before the verb ("… the Chicago Police Department which")
    const m = last ? tailMention(tokens, seg, text, w) : null;
    if (m) return { mention: m, appositive };
    // an appositive we could not read ("Pyongyang's only ally and its lifeline"): try the one before
    if (!(last && nominalBefore && k - 1 >= 0)) return null;
    appositive ??= text.slice(tokens[seg[0]].start, tokens[seg[1] - 1].end);
  }
  return null;
}

/** Is the verb at `verb` the second of a coordination ("… and said", "but said")? */
export function coordinated(tokens: readonly Token[], verb: number, floor: number, w: Words): boolean {
  const end = trimAuxiliaries(tokens, floor, verb, w);
  return end > floor && /^(and|but|or|then)$/.test(tokens[end - 1].lower);
}

function segmentLooksNominal(tokens: readonly Token[], seg: Segment, w: Words): boolean {
  for (let i = seg[0]; i < seg[1]; i++) if (isFinite(tokens[i], w)) return false;
  return true;
}

/** A pronoun or capitalised run right at the end of a segment. */
export function tailMention(tokens: readonly Token[], [a, b]: Segment, text: string, w: Words): Mention | null {
  const last = tokens[b - 1];
  if (last.type !== 'word') return null;
  if (/^(he|she|they|it|we|i)$/.test(last.lower)) return parseMention(tokens, b - 1, b, text, w);
  if (RELATIVE_OPENERS.has(last.lower) && b - 1 > a) {
    // "the Chicago Police Department which reported": the noun phrase before "which";
    // "a letter from his doctor Friday that says": a description, without its time
    const named = tailMention(tokens, [a, b - 1], text, w);
    if (named) return named;
    const end = trimTemporal(tokens, a, b - 1, w);
    for (let i = end - 2; i >= a; i--) {
      if (!/^(a|an|the|one)$/.test(tokens[i].lower)) continue;
      const m = parseMention(tokens, i, end, text, w);
      if (m && m.kind !== 'pronoun') return m;
    }
    return null;
  }
  let s = b;
  while (s > a && tokens[s - 1].type === 'word' && (tokens[s - 1].cap || tokens[s - 1].lower === "'s" || (s < b && tokens[s].cap && /^(of|the|for|and|on|in)$/.test(tokens[s - 1].lower)))) s--;
  while (s < b && !tokens[s].cap) s++;
  if (s >= b) return null;
  // include a determiner right before the run: "the Chicago Police Department"
  if (s > a && /^(a|an|the)$/.test(tokens[s - 1].lower)) s--;
  return parseMention(tokens, s, b, text, w);
}

const DASHES = new Set(['—', '–']);

/**
 * A sentence's opening in capitals before a dash: a dateline ("WASHINGTON —", "NEW YORK (AP) —")
 * or a run-in heading ("CONGRESS HAS INVESTIGATED HIM —"), never the subject. An acronym subject
 * ("NASA — the agency — said") is not one: the capitals must name a place or hold a common word.
 */
function isKicker(tokens: readonly Token[], seg: Segment, to: number, w: Words): boolean {
  let next = seg[1];
  if (tokens[next]?.text === '(') {
    const close = closingParen(tokens, next, to);
    if (close < 0) return false;
    next = close + 1;
  }
  if (next >= to || !DASHES.has(tokens[next].text)) return false;
  let words = 0;
  let telling = false;
  for (let i = seg[0]; i < seg[1]; i++) {
    const t = tokens[i];
    if (t.type !== 'word') continue;
    if (t.text !== t.text.toUpperCase() || !/\p{Lu}/u.test(t.text)) return false;
    words++;
    if (w.common(t.lower) || w.place(t.lower)) telling = true;
  }
  return words > 0 && telling;
}

/**
 * The subject of the sentence's main clause: skip adverbial segments, take the first noun
 * phrase before the first finite verb. Used for participle cues (", saying …") and for it/they.
 */
export function mainSubject(tokens: readonly Token[], from: number, to: number, text: string, w: Words): Subject | null {
  const segs = segments(tokens, from, to);
  let candidate: Subject | null = null;
  for (const seg of segs) {
    // "WASHINGTON (AP) —", "CONGRESS HAS INVESTIGATED HIM —": a dateline or a run-in heading
    if (seg === segs[0] && isKicker(tokens, seg, to, w)) continue;
    // "House Speaker Paul Ryan, R-Wis., despite admitting …": adverbials after the subject are skipped
    if (candidate && isAdverbial(tokens, seg, w)) continue;
    if (!candidate && isAdverbial(tokens, seg, w)) {
      // a fronted phrase without a comma: "On September 27 they published"
      const v = firstFinite(tokens, seg, w);
      if (v > seg[0] && seg === segs[segs.length - 1]) {
        const m = tailMention(tokens, [seg[0], trimAuxiliaries(tokens, seg[0], v, w)], text, w);
        if (m) return { mention: m };
      }
      continue;
    }
    if (candidate && isAppositive(tokens, seg, w)) {
      candidate.appositive ??= text.slice(tokens[seg[0]].start, tokens[seg[1] - 1].end);
      continue;
    }
    // "The Labour leader, Keir Starmer, described …": the name after a role is the subject
    if (candidate && candidate.mention.kind === 'description' && firstFinite(tokens, seg, w) < 0) {
      const named = parseMention(tokens, seg[0], seg[1], text, w);
      if (named && named.kind === 'person') {
        candidate = { mention: named, appositive: candidate.mention.text };
        continue;
      }
    }
    const v = firstFinite(tokens, seg, w);
    if (v >= 0) {
      if (candidate && v === headWord(tokens, seg)) return candidate; // "Scott Bessent, the secretary, reversed …"
      const s = subjectBefore(tokens, v, seg[0], text, w);
      return s ?? candidate;
    }
    if (candidate) return candidate;
    const m = parseMention(tokens, seg[0], trimTemporal(tokens, seg[0], seg[1], w), text, w);
    if (!m) return null;
    candidate = { mention: m };
  }
  return candidate;
}

function firstFinite(tokens: readonly Token[], [a, b]: Segment, w: Words): number {
  for (let i = a; i < b; i++) if (isFinite(tokens[i], w)) return i;
  return -1;
}
