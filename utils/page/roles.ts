/**
 * Roles from text, for the cases markup does not tell: bylines ("By Jessie Pang"), photo credits
 * ("Haiyun Jiang / The New York Times", "REUTERS/Tyrone Siu") and captions run into a paragraph,
 * as news aggregators paste them ("… December 14, 2023. REUTERS/Tyrone Siu By Jessie Pang Hong
 * Kong's national security police …").
 */
import type { BlockRole } from './block';

// Letter classes spelled out: Unicode property escapes (\p{Lu}) cost several milliseconds to
// compile on first use, and the content script runs cold on every page.
const LU = 'A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0391-\\u03A9\\u0410-\\u042F';
const LL = 'a-z\\u00DF-\\u00F6\\u00F8-\\u00FF\\u03B1-\\u03C9\\u0430-\\u044F';
const L = `${LU}${LL}\\u0100-\\u024F`;
const U = `[${LU}]`;
const NAME_WORD = `${U}[${L}'’.-]*`;

/** "By Jessie Pang", "By The New York Times · July 26, 2025", "Words by …". */
// (case variants spelled out: the 'i' flag over the non-ASCII capital class costs a cold compile)
const BYLINE_RE = new RegExp(
  `^(?:(?:(?:[Ww]ords|[Tt]ext|[Ww]ritten|[Ss]tory|[Rr]eporting|[Rr]eported|[Pp]hotos?|[Pp]hotographs?|[Pp]ictures?|[Ii]mages?|WORDS|TEXT|WRITTEN|STORY|REPORTING|REPORTED|PHOTOS?|PICTURES?|IMAGES?)\\s+)?(?:[Bb]y|BY)|[Vv]on|VON|[Pp]ar|PAR|[Pp]or|POR)\\s+${U}`,
);
/** "Photo: …", "Photograph by …", "Image credit …", "Credit: …". */
const CREDIT_LABEL_RE =
  /^(?:(?:top|lead|main|header|cover|feature[d]?|hero)\s+)?(?:photo|photograph|image|picture|illustration|graphic|video|credit)s?\s*(?:by\b|:|credit\b|courtesy\b|\/)/i;
/** "Haiyun Jiang / The New York Times", "JIM WATSON/AFP/Getty Images", "AP Photo/Evan Vucci". */
const NAME_SLASH_RE = new RegExp(`^${NAME_WORD}(?:\\s+${NAME_WORD}){0,3}\\s*/\\s*${U}[${L}&.'’ -]*(?:/[${L}&.'’ -]+)*$`);
const AGENCY_WORDS = ['getty images', 'reuters', 'associated press', 'ap photo', 'afp', 'epa', 'shutterstock', 'alamy', 'xinhua', 'bloomberg', 'kyodo', 'jiji', 'pool photo'];

/** "Mark Di Stefano is a breaking news reporter for …", "LAURIE OAKES IS THE NINE NETWORK POLITICAL EDITOR". */
const BIO_RE = new RegExp(
  `^(?:\\S+\\s+){1,3}(?:is|was)\\s+(?:a|an|the)\\s+(?:\\S+\\s+){0,5}?(?:reporter|writer|correspondent|editor|columnist|journalist|contributor|photographer|author|producer|critic|blogger|anchor|presenter)s?\\b`,
  'i',
);
/** "Contact Mark Di Stefano at …", "Email the author …". */
const CONTACT_RE = /^(?:contact|email|e-mail|reach)\s+.{0,80}(?:@|\bat\b|twitter|facebook)/i;
/** "This article was reprinted on Wired.com.", "Originally published …", "From: Herald Sun". */
const SOURCE_NOTE_RE =
  /^(?:this (?:article|story|post|piece|report) (?:was|is|has been|originally|first|appeared)|originally (?:published|appeared)|a version of this (?:article|story)|from\s*:|source\s*:)/i;
/** "Follow Backchannel: Twitter | Facebook", "Sign up for …", "Share this article". */
const CHROME_TEXT_RE =
  /^(?:follow\s+\S+.{0,60}(?:twitter|facebook|instagram|linkedin|newsletter)|sign up\b|subscribe\b|share (?:this|on)\b|click here\b|read more\b|advertisement$|sponsored$|related:|see also:)/i;
const COPYRIGHT_RE = /\(c\)\s*copyright|\ball rights reserved\b|\bregistered in the U\.S\. Patent|^copyright\b/i;
const DATE_WORDS_RE =
  /\b(?:posted|published|updated|last|first|on|at|am|pm|a\.m\.|p\.m\.|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|edt|est|gmt|utc|bst|aest|aedt|pst|pdt)\b|\d+(?::\d+)?(?:am|pm)?/gi;

const LETTER_OR_ACCENT_RE = new RegExp(`[${L}\\u0300-\\u036F]`);
/** A © sign, not glued to a letter or its combining accent: that is mojibake ("protegÃ©s" for "protégés"). */
function copyrightSign(text: string): boolean {
  for (let i = text.indexOf('©'); i !== -1; i = text.indexOf('©', i + 1)) if (i === 0 || !LETTER_OR_ACCENT_RE.test(text[i - 1])) return true;
  return false;
}

const SENTENCE_THEN_WORD_RE = new RegExp(`[.!?]["”’']?\\s+${U}[${LL}]`);
const NOT_LETTER_RE = new RegExp(`[^${L}]`, 'g');
const TITLE_WORD_RE = new RegExp(`^[${LU}\\d&]`);

// The first words each pattern above can start with. A regular expression is compiled the first
// time it runs, and this runs cold on every page: most paragraphs start with none of these words,
// so most of the patterns are never compiled.
const BYLINE_FIRST = new Set('by von par por words text written story reporting reported photo photos photograph photographs picture pictures image images'.split(' '));
const CREDIT_FIRST = new Set('top lead main header cover feature featured hero photo photos photograph photographs image images picture pictures illustration illustrations graphic graphics video videos credit credits'.split(' '));
const CHROME_FIRST = new Set('follow sign subscribe share click read advertisement sponsored related see'.split(' '));
const NOTE_FIRST = new Set('this originally a from source contact email e reach'.split(' '));
const BIO_NOUNS = ['reporter', 'writer', 'correspondent', 'editor', 'columnist', 'journalist', 'contributor', 'photographer', 'author', 'producer', 'critic', 'blogger', 'anchor', 'presenter'];

/** The leading ASCII letters of a text, lower-cased: "Photo/AP …" → "photo". */
function leadingWord(text: string): string {
  let i = 0;
  while (i < text.length && i < 16) {
    const c = text.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    i++;
  }
  return text.slice(0, i).toLowerCase();
}

/** The role text alone suggests for a block, or null. */
export function roleFromText(text: string): BlockRole | null {
  const len = text.length;
  if (len === 0 || len > 400) return null;
  if (len <= 160) {
    const first = leadingWord(text);
    if (BYLINE_FIRST.has(first) && BYLINE_RE.test(text) && len <= 120 && !SENTENCE_THEN_WORD_RE.test(text)) return 'credit';
    if (CREDIT_FIRST.has(first) && CREDIT_LABEL_RE.test(text)) return 'credit';
    if (len <= 100 && text.includes('/') && NAME_SLASH_RE.test(text)) return 'credit';
    if (len <= 60 && hasWord(text.toLowerCase(), AGENCY_WORDS) && !/[.!?]\s/.test(text)) return 'credit';
    if (CHROME_FIRST.has(first) && CHROME_TEXT_RE.test(text)) return 'boilerplate';
    if (NOTE_FIRST.has(first) && (SOURCE_NOTE_RE.test(text) || CONTACT_RE.test(text))) return 'credit';
    // A line that is only a date and time ("posted on April 21, 2015, at 11:29 a.m.").
    if (len <= 80 && /\b(?:19|20)\d{2}\b|\d{1,2}:\d{2}/.test(text)) {
      const rest = text.replace(DATE_WORDS_RE, '').replace(NOT_LETTER_RE, '');
      if (rest.length <= 3) return 'boilerplate';
    }
  }
  // A bio never quotes anyone; prose that does ("X is the editor who said “…”") stays prose.
  const lower = text.toLowerCase();
  // The noun first: without one no pattern runs (each compiles on its first run in a new renderer).
  if (len <= 300 && BIO_NOUNS.some((n) => lower.includes(n)) && / (?:is|was|IS|WAS) /.test(text) && !/[“”"«»„]/.test(text) && BIO_RE.test(text)) return 'credit';
  const copyright = text.includes('©') || lower.includes('copyright') || lower.includes('rights reserved') || lower.includes('patent');
  if (copyright && (copyrightSign(text) || COPYRIGHT_RE.test(text))) return 'boilerplate';
  return null;
}

const CHROME_TITLE_WORDS = `article articles stories news video videos column columns post posts topic topics read reads link
  links comment comments more related popular trending latest opinion sponsored recommended picks headlines newsletter
  newsletters podcast podcasts`.trim().split(/\s+/);

const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/**
 * Whether lower-case `text` holds one of `words` between word boundaries, as `\b(?:…)\b` would
 * find it: the alternations these lists replace took a cold compile on almost every page.
 */
export function hasWord(text: string, words: readonly string[]): boolean {
  for (const word of words) {
    for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) {
      const end = i + word.length;
      if ((i === 0 || !isWordChar(text.charCodeAt(i - 1))) && (end === text.length || !isWordChar(text.charCodeAt(end)))) return true;
    }
  }
  return false;
}

/**
 * "Trending Articles", "Other Opinion Columns": a short section title set as a paragraph. Only
 * with a section word in it, so a bare name ("Michael Shadlen" under a pull quote) stays prose.
 */
export function looksLikeTitle(text: string): boolean {
  if (text.length > 40 || /[.!?:;,"“”'‘’…]$/.test(text) || /["“”]/.test(text) || !hasWord(text.toLowerCase(), CHROME_TITLE_WORDS)) return false;
  const words = text.split(' ');
  return words.length <= 5 && words.every((w) => TITLE_WORD_RE.test(w) || /^(?:of|and|the|in|on|for|to|a)$/.test(w));
}

export interface Piece {
  start: number;
  end: number;
  role: BlockRole;
}

// An agency credit glued after a sentence: ". REUTERS/Tyrone Siu", ". AFP/Getty Images",
// ". | JIJI". Only after a sentence end, so "HIV/Aids" in prose never matches.
const CREDIT_WORD = `(?!By\\b)${NAME_WORD}`;
const EMBEDDED_CREDIT_RE = new RegExp(
  `([.!?]["”’')]?)\\s+(?:(${U}{2,}(?:[ -]${U}{2,})*(?:/${CREDIT_WORD}(?: ${CREDIT_WORD}){0,2})+)|(\\|\\s*${U}{2,}(?:[ -]${U}{2,})*(?:/${CREDIT_WORD}(?: ${CREDIT_WORD}){0,2})?))(?=\\s|$)`,
  'g',
);
/** A sentence end, then capitals and a slash (". REUTERS/…") or a bar (". | JIJI"). */
const CREDIT_HINT_RE = new RegExp(`[.!?]["”’')]?\\s+(?:\\||${U}{2,}[^\\s/]*(?:[ -]${U}{2,}[^\\s/]*)*/)`);
const EMBEDDED_BYLINE_RE = new RegExp(`^\\s+By (${NAME_WORD}(?: ${U}\\.)? ${NAME_WORD})(?=\\s|$)`);
const ABBREV_RE = /(?:\b[A-Z]\.|\b(?:Mr|Mrs|Ms|Dr|Prof|St|Sr|Jr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|No|Vol|Inc|Corp|Co|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc)\.)$/;
const SENTENCE_END_RE = new RegExp(`[.!?]["”’')]?\\s+(?=["“‘']?${U})`, 'g');

/** Where the sentence that ends at `end` (exclusive) starts. */
function sentenceStart(text: string, from: number, end: number): number {
  let start = from;
  SENTENCE_END_RE.lastIndex = from;
  const body = text.slice(0, end);
  for (let m = SENTENCE_END_RE.exec(body); m; m = SENTENCE_END_RE.exec(body)) {
    const stop = m.index + m[0].length;
    if (stop >= end - 1) break;
    if (ABBREV_RE.test(body.slice(Math.max(from, m.index - 6), m.index + 1))) continue;
    start = stop;
  }
  return start;
}

/**
 * Splits a paragraph where a photo caption and its credit (and a byline) were run into it.
 * Returns null when the paragraph is plain prose.
 */
export function splitEmbeddedCredits(text: string): Piece[] | null {
  // Every such credit has a slash or a bar: skip the regex for the rest.
  if (text.length < 40 || (text.indexOf('/') === -1 && text.indexOf('|') === -1)) return null;
  // and a sentence end right before it: a small pattern, cheap to compile cold, rules out the rest
  if (!CREDIT_HINT_RE.test(text)) return null;
  EMBEDDED_CREDIT_RE.lastIndex = 0;
  let m = EMBEDDED_CREDIT_RE.exec(text);
  if (!m) return null;
  const pieces: Piece[] = [];
  let from = 0;
  while (m) {
    const sentenceEnd = m.index + m[1].length;
    const credit = m[2] ?? m[3];
    let creditStart = m.index + m[0].length - credit.length;
    if (!m[2]) creditStart += /^\|\s*/.exec(credit)![0].length;
    let creditEnd = m.index + m[0].length;
    const captionStart = sentenceStart(text, from, sentenceEnd);
    // A caption is one sentence of reasonable size; anything longer is not a caption.
    if (sentenceEnd - captionStart <= 400) {
      if (captionStart > from) pieces.push({ start: from, end: trimEnd(text, captionStart), role: 'paragraph' });
      pieces.push({ start: captionStart, end: sentenceEnd, role: 'caption' });
      const byline = EMBEDDED_BYLINE_RE.exec(text.slice(creditEnd));
      pieces.push({ start: creditStart, end: creditEnd, role: 'credit' });
      if (byline) {
        const bylineStart = creditEnd + byline[0].indexOf('By');
        creditEnd += byline[0].length;
        pieces.push({ start: bylineStart, end: creditEnd, role: 'credit' });
      }
      from = skipSpace(text, creditEnd);
    }
    EMBEDDED_CREDIT_RE.lastIndex = Math.max(creditEnd, EMBEDDED_CREDIT_RE.lastIndex);
    m = EMBEDDED_CREDIT_RE.exec(text);
  }
  if (!pieces.length) return null;
  if (from < text.length) pieces.push({ start: from, end: text.length, role: 'paragraph' });
  return pieces.filter((p) => p.end > p.start);
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return end;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}
