/**
 * Attribution: for every quote on a page, whether it is a statement or a term, the cue that
 * introduces it and who said it. Reads blocks in order and keeps a discourse model of who has
 * been named, so pronouns, surnames and continued quotes resolve to the right person.
 */
import type { Block } from '../page/block';
import { scanBlocks, type QuoteSpan } from '../quotes';
import type { Quote, Speaker, SpeakerSource } from '../quote';
import { closingParen, coordinated, isAdverbial, mainSubject, segments, subjectBefore, tailMention, trimTemporal, type Subject } from './clauses';
import { Discourse, type Entry } from './discourse';
import { words, type Words } from './lexicon';
import { isTitle, joinTokens, parseMention, USERNAME, type Mention } from './mentions';
import { sentences, tokenize, type Token } from './tokens';
import { CUE_NOUNS, DETERMINERS, PERSONAL_PRONOUNS as PERSONAL_PRONOUNS_SET } from './words';

interface Found {
  /** The noun phrase at the cue. */
  subject: Subject | null;
  cue: string;
  /** Position of the cue, for confidence. */
  how: 'post' | 'pre' | 'according' | 'possessive' | 'colon';
  /** Token index of the cue word, for cues before the quote. */
  at?: number;
  naming?: boolean;
}

interface Attribution {
  kind: Quote['kind'];
  speaker: Speaker | null;
  cue?: string;
  confidence: number;
}

const wordCount = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
const endsSentence = (s: string) => /[.!?…]['"’”]?\s*$/.test(s.trim());

export function attribute(blocks: readonly Block[]): Quote[] {
  const w = words();
  const spansByBlock = scanBlocks(blocks.map((b) => b.text));
  const discourse = new Discourse();
  const quotes: Quote[] = [];
  let sentenceNo = 0;
  /** The speaker of the last statement in prose, and where it was. */
  let last: { speaker: Speaker; block: number; colon: boolean } | null = null;
  let lastProseBlock = -1;
  /** Headings, and paragraphs read as headings. */
  const headings = new Set<number>();

  blocks.forEach((block, blockIndex) => {
    const spans = spansByBlock[blockIndex];
    if (block.role === 'caption' || block.role === 'credit' || block.role === 'boilerplate') return;
    if (block.role === 'heading' || quotedSubhead(block.text, spans)) {
      headings.add(blockIndex);
      for (const s of spans) if (hasWords(block.text, s)) quotes.push(makeQuote(block.text, blockIndex, s, { kind: 'term', speaker: null, confidence: 0.6 }));
      return;
    }
    const text = block.text;
    const tokens = tokenize(text, spans);
    const sents = refineSentences(tokens, sentences(tokens), spans, text, w);
    const adjacent = lastProseBlock === blockIndex - 1 || (lastProseBlock >= 0 && blocks.slice(lastProseBlock + 1, blockIndex).every((b) => b.role !== 'paragraph'));
    if (last && (last.block !== lastProseBlock || !adjacent)) last = null;
    lastProseBlock = blockIndex;
    let blockLast: Speaker | null = null;
    /** The speaker of the previous sentence's reported speech ("…, Schiff said."), when it had no quote. */
    let reported: Speaker | null = null;

    sents.forEach(([s, e], sentenceInBlock) => {
      const reportedBefore = reported;
      reported = null;
      sentenceNo++;
      let tail: { from: number; found: Found } | false | undefined;
      /** The sentence's last statement so far, and its quote token. */
      let said: { at: number; att: Attribution } | null = null;
      registerMentions(tokens, s, e, text, w, discourse, sentenceNo);
      for (let i = s; i < e; i++) {
        const t = tokens[i];
        if (t.type !== 'quote') continue;
        const span = spans[t.span!];
        if (!hasWords(text, span)) continue;
        let found = transcriptLabel(text, span, i, w) ?? findCue(tokens, s, e, i, text, w);
        if (!found) {
          // ", Lladanosa told me." at the end of the sentence attributes the quotes before it
          tail ??= tailAttribution(tokens, s, e, text, w) ?? false;
          if (tail && i < tail.from) found = tail.found;
        }
        let att: Attribution;
        if (found && !found.naming && !namesAThing(tokens, i, span, text, w, found)) {
          const speaker = found.subject ? resolve(found.subject, discourse, sentenceNo, tokens, text) : null;
          att = { kind: 'statement', speaker, cue: found.cue, confidence: confidenceOf(found, speaker) };
          if (speaker && found.subject?.appositive && speaker.source === 'cue') discourse.noteRole(speaker.name, found.subject.appositive);
        } else if (found || ((!blockLast || !quoteIsWholeSentence(tokens, s, e, i)) && looksLikeTerm(tokens, s, e, i, span, text, w)) || namesAThing(tokens, i, span, text, w)) {
          att = { kind: 'term', speaker: null, confidence: found?.naming ? 0.8 : 0.6 };
        } else {
          // no cue of its own: a quote that stands alone continues the previous speaker
          const alone = quoteIsWholeSentence(tokens, s, e, i);
          // "…, Schiff said. "Q"": the person whose words the sentence before reported
          const prior = (alone ? reportedBefore : null) ?? blockLast ?? (sentenceInBlock === 0 && alone && last ? last.speaker : null);
          const subjectBefore = alone && !prior && sentenceInBlock > 0 ? discourse.subjectOf(sentenceNo - 1) : null;
          if (prior && (alone || blockLast)) {
            att = { kind: 'statement', speaker: { ...prior, source: 'continuation' }, cue: undefined, confidence: blockLast ? 0.75 : 0.6 };
          } else if (subjectBefore) {
            // a quote that stands alone right after a sentence about a person: most likely theirs
            att = { kind: 'statement', speaker: { name: subjectBefore.name, mention: subjectBefore.text, source: 'context' }, cue: undefined, confidence: 0.5 };
          } else {
            att = { kind: 'statement', speaker: null, confidence: 0.3 };
          }
        }
        // `a "human leech" and a "spoiled brat"`: a quote joined to a statement by "and" shares it
        // `who is "working the referees" in hopes that "they'll go easier"`: a clause of speech after it too
        if (att.kind === 'term' && !found?.naming && said && (coordinatedWith(tokens, said.at, i) || pronounClause(text, span))) att = said.att;
        if (att.kind === 'statement') said = { at: i, att };
        if (att.speaker && att.kind === 'statement') {
          blockLast = att.speaker;
          last = { speaker: att.speaker, block: blockIndex, colon: false };
          discourse.markSpeaker(att.speaker.name, sentenceNo);
        }
        quotes.push(makeQuote(text, blockIndex, span, att));
        // quotes inside this one are the quoted person's own quoting or naming: terms
        for (const inner of spans) {
          if (inner.depth > 0 && inner.start > span.start && inner.end <= span.end && hasWords(text, inner)) {
            quotes.push(makeQuote(text, blockIndex, inner, { kind: 'term', speaker: null, confidence: 0.4 }));
          }
        }
      }
      // reported speech without a quote: "The administration may wait, Schiff said."
      if (!tokens.slice(s, e).some((t) => t.type === 'quote')) {
        const told = tailAttribution(tokens, s, e, text, w);
        const speaker = told?.found.subject ? resolve(told.found.subject, discourse, sentenceNo, tokens, text) : null;
        if (speaker && (told!.found.subject!.mention.kind === 'person' || told!.found.subject!.mention.kind === 'name' || speaker.source === 'pronoun')) reported = speaker;
      }
      // "He said:" at the end of a paragraph introduces the quote in the next one
      const lastTok = tokens[e - 1];
      if (lastTok && lastTok.text === ':' ) {
        const colonCue = findColonIntro(tokens, s, e - 1, text, w);
        if (colonCue) {
          const speaker = resolve(colonCue, discourse, sentenceNo, tokens, text);
          if (speaker) {
            blockLast = speaker;
            last = { speaker, block: blockIndex, colon: true };
          }
        }
      }
    });
  });
  quotes.sort((a, b) => a.blockIndex - b.blockIndex || a.start - b.start || b.end - a.end);
  attributeHeadingEchoes(headings, quotes);
  quotes.forEach((q, i) => (q.id = `q${i}`));
  return quotes;
}

const SMALL_WORDS = /^(a|an|the|and|or|but|of|in|on|at|to|for|by|with|from|as|is|vs)$/i;

/**
 * A paragraph that is one short quote in title case ('All Bets Are Off.') is a section heading of
 * a page read as text, not a line of speech.
 */
function quotedSubhead(text: string, spans: readonly QuoteSpan[]): boolean {
  const outer = spans.filter((sp) => sp.depth === 0);
  if (outer.length !== 1 || text.slice(0, outer[0].start).trim() || text.slice(outer[0].end).trim()) return false;
  const inner = text.slice(outer[0].innerStart, outer[0].innerEnd).match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  const content = inner.filter((x) => !SMALL_WORDS.test(x));
  return inner.length <= 8 && content.length >= 2 && content.every((x) => /^[\p{Lu}\p{N}]/u.test(x));
}

const echoKey = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * A headline quotes the article: "Obama Sees 'Personal Insult' …" repeats the body's
 * he would consider it a "personal insult". A heading quote that repeats an attributed quote on
 * the page word for word is that statement, and its speaker's. A part of a longer quote is not:
 * headlines also put scare quotes on the article's words.
 */
function attributeHeadingEchoes(headings: ReadonlySet<number>, quotes: Quote[]): void {
  const said = quotes.filter((q) => q.kind === 'statement' && q.speaker && !headings.has(q.blockIndex));
  if (!said.length) return;
  const keys = said.map((q) => echoKey(q.text));
  for (const q of quotes) {
    if (q.kind !== 'term' || !headings.has(q.blockIndex)) continue;
    const key = echoKey(q.text);
    // one word ("Crazy") is too little to tell a repeated quote from a word used again
    if (key.split(' ').length < 2) continue;
    const source = said.find((_, i) => keys[i] === key);
    if (!source) continue;
    q.kind = 'statement';
    q.speaker = { ...source.speaker!, source: 'echo' };
    q.cue = undefined;
    q.confidence = 0.6;
  }
}

/** "PENCE: Well, look, …", "MS. LEE: We will": a transcript line names its speaker in capitals before a colon. */
const TRANSCRIPT_LABEL = /^((?:MR|MRS|MS|DR|SEN|REP|GOV)\.? )?([A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,2}):\s/;

function transcriptLabel(text: string, span: QuoteSpan, token: number, w: Words): Found | null {
  const label = TRANSCRIPT_LABEL.exec(text.slice(span.innerStart, span.innerStart + 40));
  // "NOTE:", "UPDATE:", "EDITOR'S NOTE:" are no speakers; after "MS." even "LEE" is a name
  if (!label || (!label[1] && label[2].split(' ').some((word) => w.common(word.toLowerCase().replace(/['’]s$/, ''))))) return null;
  const written = `${label[1] ?? ''}${label[2]}`;
  const name = label[2].toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
  const kind = name.includes(' ') ? 'person' : 'name';
  return { subject: { mention: { text: written, kind, name, start: token, end: token + 1 } }, cue: ':', how: 'colon' };
}

function hasWords(text: string, s: QuoteSpan): boolean {
  return /[\p{L}\p{N}]/u.test(text.slice(s.innerStart, s.innerEnd));
}

function makeQuote(text: string, blockIndex: number, s: QuoteSpan, att: Attribution): Quote {
  return {
    id: '',
    text: text.slice(s.innerStart, s.innerEnd),
    kind: att.kind,
    blockIndex,
    start: s.start,
    end: s.end,
    speaker: att.kind === 'statement' ? att.speaker : null,
    ...(att.cue ? { cue: att.cue } : {}),
    confidence: Math.round(att.confidence * 100) / 100,
  };
}

/** Split after a quote that ends a sentence when what follows is not its attribution. */
function refineSentences(tokens: Token[], sents: Array<[number, number]>, spans: readonly QuoteSpan[], text: string, w: Words): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [s, e] of sents) {
    let start = s;
    for (let i = s; i < e - 1; i++) {
      const t = tokens[i];
      if (t.type !== 'quote') continue;
      const span = spans[t.span!];
      if (!endsSentence(text.slice(span.innerStart, span.innerEnd))) continue;
      const next = tokens[i + 1];
      if (!(next.type === 'quote' || (next.type === 'word' && next.cap))) continue;
      if (attributionFollows(tokens, i + 1, e, w)) continue;
      out.push([start, i + 1]);
      start = i + 1;
    }
    out.push([start, e]);
  }
  return out;
}

/** Does a speech verb come within a few words, before any punctuation? ("He added", "said Smith") */
function attributionFollows(tokens: readonly Token[], from: number, to: number, w: Words): boolean {
  for (let i = from; i < Math.min(to, from + 7); i++) {
    const t = tokens[i];
    if (t.type !== 'word') return false;
    const cue = w.cue(t.lower);
    if (cue && !t.cap && cue.form !== 'infinitive') return attributionEnds(tokens, i + 1);
  }
  return false;
}

/** What may follow an attribution verb: the end, a comma, a preposition, "me", "reporters", a time. */
function attributionEnds(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.type !== 'word') return true;
  // "that day" ends it; "insisted that Pyongyang …" opens what the next sentence reports
  if (t.lower === 'that') return /^(day|night|morning|afternoon|evening|week|month|year|time)$/.test(tokens[i + 1]?.lower ?? '');
  return /^(in|on|at|to|during|after|before|from|with|via|me|us|him|her|them|reporters|journalists|today|yesterday|later|earlier|then|again|recently|last|this|when|while|as|of|thinking|wondering)$/.test(t.lower) || /ly$/.test(t.lower) || t.cap;
}

/** Record who the sentence names, outside its quotes: its subject, then the other people and organisations. */
function registerMentions(tokens: readonly Token[], s: number, e: number, text: string, w: Words, d: Discourse, sentence: number) {
  const subj = mainSubject(tokens, s, e, text, w);
  const seen = new Set<number>();
  if (subj) subj.mention.text = writtenMention(tokens, subj.mention, text);
  if (subj) {
    d.add(subj.mention, sentence, { subject: true });
    seen.add(subj.mention.start);
    if (subj.appositive && subj.mention.name) d.noteRole(d.expand(subj.mention.name).name, subj.appositive);
  }
  // other capitalised runs that look like people: "… said Jimmy Goodrich, a senior adviser"
  for (let i = s; i < e; i++) {
    const t = tokens[i];
    if (t.type !== 'word' || !(t.cap || USERNAME.test(t.text)) || seen.has(i)) continue;
    let j = i + 1;
    while (j < e && tokens[j].type === 'word' && (tokens[j].cap || /^(van|von|de|del|bin|al|la|le|da|di)$/.test(tokens[j].lower))) j++;
    // a sentence's first word is capitalised anyway: "When", "Once", "Officials" are not names
    if (i === s && w.common(t.lower) && !w.firstName(t.lower)) {
      if (j === i + 1) continue;
      i++;
    }
    const m = parseMention(tokens, i, j, text, w);
    // an unknown capitalised word may be a person's name; not a plural of a common word ("Drugs")
    const plainWord = w.common(t.lower) || (t.lower.endsWith('s') && w.common(t.lower.slice(0, -1)));
    // nor a word inside a longer proper name: "Office on Drugs", "Department of Energy", "Minister for Trade"
    const inName = i - 2 >= s && /^(on|of|for)$/.test(tokens[i - 1].text) && tokens[i - 2].cap;
    // nor a party or a nation's adjective: "current Democratic presidential nominee", "the American team"
    const adjective = PARTY_ADJECTIVES.test(t.lower) || w.lex.has(t.lower, 'Demonym');
    const unknownName = m?.kind === 'name' && i > s && !plainWord && !inName && !adjective && !w.place(t.lower) && !w.org(t.lower);
    if (m && (m.kind === 'person' || (m.kind === 'name' && (d.expand(m.name ?? m.text).known || unknownName)))) {
      if (!subj || m.start < subj.mention.start || m.start >= subj.mention.end) d.add(m, sentence, {});
    }
    i = j - 1;
  }
}

/** The speaker behind a cue's noun phrase, resolved against the page so far. */
function resolve(subject: Subject, d: Discourse, sentence: number, tokens: readonly Token[], text: string): Speaker | null {
  const m = subject.mention;
  const base = { mention: writtenMention(tokens, m, text) };
  if (m.kind === 'pronoun') {
    const ante = d.resolvePronoun(m.text, sentence, m.start);
    if (!ante) return { name: m.text, ...base, source: 'pronoun' };
    return { name: ante.name, ...base, source: 'pronoun', ...(ante.role ? { role: ante.role } : {}) };
  }
  if ((m.kind === 'person' || m.kind === 'name') && m.name) {
    const expanded = d.expand(m.name);
    const role = m.role ?? subject.appositive;
    return { name: expanded.name, ...base, source: 'cue', ...(role ? { role } : {}), ...(m.org ? { org: m.org } : {}) };
  }
  if (m.kind === 'description' && /^(the|this|that)\s/i.test(m.text) && wordCount(m.text) <= 4) {
    const e: Entry | null = d.resolveDescription(m.text, sentence);
    if (e) return { name: e.name, ...base, source: 'context', ...(e.role ? { role: e.role } : {}) };
  }
  return { name: m.text, ...base, source: 'cue', ...(subject.appositive ? { role: subject.appositive } : {}) };
}

/**
 * The mention as the page writes it, with a party tag or home that follows a person's name:
 * "Rep. John Mica (R-Fla.)", "Representative Charles B. Rangel of New York".
 */
function writtenMention(tokens: readonly Token[], m: Mention, text: string): string {
  const next = tokens[m.end];
  const startAt = tokens[m.start].start;
  if (next?.text === '(') {
    const close = closingParen(tokens, m.end, tokens.length);
    if (close > 0 && close - m.end <= 5) return text.slice(startAt, tokens[close].end);
  }
  if ((m.kind === 'person' || m.kind === 'name') && next && (next.lower === 'of' || next.lower === 'from')) {
    let j = m.end + 1;
    if (tokens[j]?.lower === 'the') j++;
    let k = j;
    while (k < tokens.length && k - j < 4 && tokens[k].type === 'word' && tokens[k].cap) k++;
    const after = tokens[k];
    if (k > j && (!after || after.type !== 'word')) return text.slice(startAt, tokens[k - 1].end);
  }
  return m.text;
}

function confidenceOf(f: Found, speaker: Speaker | null): number {
  if (!speaker) return 0.4;
  const base = f.how === 'post' ? 0.9 : f.how === 'according' ? 0.85 : f.how === 'pre' ? 0.8 : 0.65;
  const src: Record<SpeakerSource, number> = { cue: 1, pronoun: 0.85, continuation: 0.8, context: 0.75, echo: 0.7 };
  const unresolved = speaker.source === 'pronoun' && speaker.name === speaker.mention ? 0.6 : 1;
  return base * src[speaker.source] * unresolved;
}

const PARTY_ADJECTIVES = /^(democratic|republican|conservative|liberal|progressive|socialist|communist|labour|libertarian|green|independent)$/;

const isComma = (t: Token | undefined) => !!t && t.type === 'punct' && (t.text === ',' || t.text === '—' || t.text === '–');

/** The cue for the quote token at q in sentence [s, e), after the quote first, then before it. */
function findCue(tokens: readonly Token[], s: number, e: number, q: number, text: string, w: Words): Found | null {
  // "in a box labeled "medical problem," a doctor had typed …": right after a naming verb, a name
  const prev = tokens[q - 1];
  if (prev?.type === 'word' && w.naming(prev.lower)) return preCue(tokens, s, q, text, w);
  return postCue(tokens, q, e, text, w) ?? preCue(tokens, s, q, text, w);
}

/** `"Q," X said` · `"Q," said X, a role` · `"Q," according to X` */
function postCue(tokens: readonly Token[], q: number, e: number, text: string, w: Words): Found | null {
  const quote = tokens[q];
  let j = q + 1;
  const inner = quote.text.replace(/['"’”»«“‘]+$/, '');
  const innerPunct = /[,?!—–-]$/.test(inner.trim());
  /** How far the verb may be: a quote that ends its sentence takes only a short "he said" after it. */
  let reach = 16;
  const dash = tokens[j]?.type === 'punct' && /^[—―]$/.test(tokens[j].text);
  // "Q," X, a role, another role, said: room for two appositives
  if ((isComma(tokens[j]) || /,$/.test(inner.trim())) && !dash) reach = 24;
  if (isComma(tokens[j]) && !dash) j++;
  else if (!innerPunct && !dash) {
    // "Q" said X (no comma) happens, but only with the verb right after the quote
    const t = tokens[j];
    if (/[.…]$/.test(inner.trim())) reach = 3;
    else if (t && PERSONAL_PRONOUNS_SET.has(t.lower) && t.lower !== 'it' && tokens[j + 1]?.type === 'word' && w.cue(tokens[j + 1].lower)?.form === 'finite') {
      // `the four "loopholes" he cited`: the quote is the object of the pronoun's verb
      return { subject: { mention: { text: t.text, kind: 'pronoun', plural: /^(they|we)$/.test(t.lower), start: j, end: j + 1 } }, cue: tokens[j + 1].text, how: 'post' };
    } else if (!t || t.type !== 'word' || !w.inverting(t.lower)) return null;
  }
  if (j >= e) return null;
  const t = tokens[j];
  // `"Q," while X warned …` starts another clause: its verb is not this quote's cue
  if (t.type === 'word' && /^(while|whereas|although|though|but|and|because|since|if|when|after|before|as|so|yet)$/.test(t.lower)) return null;
  // "Q" ― Sonya Herridge: a name after a dash
  if (t.type === 'punct' && /^[—―–-]$/.test(t.text) && tokens[j + 1]?.cap) {
    const np = nounPhraseAfter(tokens, j + 1, e, text, w);
    if (np && (np.mention.kind === 'person' || np.mention.kind === 'name')) return { subject: np, cue: '—', how: 'post' };
  }
  // "Q," per the party's bylaws · per Reuters (not "per year", "per person")
  if (t.lower === 'per' && tokens[j + 1]?.type === 'word' && (tokens[j + 1].cap || /^(the|a|an|its|his|her|their)$/.test(tokens[j + 1].lower))) {
    const np = nounPhraseAfter(tokens, j + 1, e, text, w);
    if (np) return { subject: np, cue: 'per', how: 'according' };
  }
  // according to X
  if (t.lower === 'according' && tokens[j + 1]?.lower === 'to') {
    const np = sourceAfter(tokens, j + 2, e, text, w);
    return np ? { subject: np, cue: 'according to', how: 'according' } : null;
  }
  // said X
  if (t.type === 'word' && !t.cap && w.inverting(t.lower)) {
    const np = invertedSpeaker(tokens, j + 1, e, text, w);
    if (np) return { subject: np, cue: cueText(tokens, j, e), how: 'post' };
  }
  // X said · X, a role, said · he told reporters
  for (let k = j; k < Math.min(e, j + reach); k++) {
    const v = tokens[k];
    if (v.type === 'quote' || (v.type === 'punct' && /^[.;:!?]$/.test(v.text))) break;
    if (v.type !== 'word' || v.cap) continue;
    const cue = w.cue(v.lower);
    if (!cue || cue.form === 'gerund' || cue.form === 'infinitive') continue;
    if (/s$/.test(v.lower) && looksLikeNounUse(tokens[k - 1], w)) continue; // "reversed those comments"
    // after a quote that ended its sentence, "Emery retweeted the story" starts a new one
    if (reach === 3 && !attributionEnds(tokens, k + 1)) break;
    const subject = subjectBefore(tokens, k, j, text, w);
    if (!subject) break;
    // a subject this long is a clause, not the speaker
    if (subject.mention.end - subject.mention.start > 9) break;
    return { subject, cue: cueText(tokens, k, e), how: 'post' };
  }
  return null;
}

/**
 * An attribution that closes the sentence: `…, Lladanosa told me.`, `…, the CDC says.`,
 * `…, as Espinosa put it, …`. Returns where it starts and the cue it gives.
 */
function tailAttribution(tokens: readonly Token[], s: number, e: number, text: string, w: Words): { from: number; found: Found } | null {
  let end = e;
  while (end > s && tokens[end - 1].type === 'punct') end--;
  // "as X put it" anywhere after a quote
  for (let i = s + 1; i < end - 3; i++) {
    if (tokens[i].lower === 'as' && isComma(tokens[i - 1]) || (tokens[i].lower === 'as' && tokens[i - 1]?.type === 'quote')) {
      for (let v = i + 2; v < Math.min(end, i + 8); v++) {
        if (tokens[v].lower === 'put' && tokens[v + 1]?.lower === 'it') {
          const m = parseMention(tokens, i + 1, v, text, w);
          if (m) return { from: i, found: { subject: { mention: m }, cue: 'as … put it', how: 'post' } };
        }
        const cue = w.cue(tokens[v].lower);
        if (cue && cue.form !== 'gerund' && !tokens[v].cap && v > i + 1) {
          const m = parseMention(tokens, i + 1, v, text, w);
          if (m && m.kind !== 'description') return { from: i, found: { subject: { mention: m }, cue: `as … ${tokens[v].text}`, how: 'post' } };
          break;
        }
      }
    }
  }
  // "…, she said, referring to the bank's drive to "cross-sell".": a participle clause after the
  // attribution (it may quote words of its own)
  let p = end - 1;
  while (p > s && !isComma(tokens[p])) p--;
  const after = tokens[p + 1];
  if (p > s && after?.type === 'word' && !after.cap && /^[a-z]{3,}ing$/.test(after.lower)) end = p;
  let c = end - 1;
  while (c > s && !isComma(tokens[c]) && tokens[c].type !== 'quote') c--;
  if (c <= s || end - c > 10) return null;
  for (let v = c + 1; v < end; v++) {
    const t = tokens[v];
    if (t.type !== 'word' || t.cap) continue;
    const cue = w.cue(t.lower);
    if (!cue || cue.form === 'gerund' || cue.form === 'infinitive' || cue.weak) continue;
    // after the verb, only an object or a time or place: "told me", "said on Friday", "says in a statement"
    if (end - v > 6) return null;
    const subject = subjectBefore(tokens, v, c + 1, text, w);
    if (!subject || subject.mention.kind === 'description' && !/^(the|a|an)\s/i.test(subject.mention.text)) return null;
    return { from: c, found: { subject, cue: cueText(tokens, v, end), how: 'post' } };
  }
  return null;
}

/** The verb and a following phrase that belongs to the cue: "said in a statement", "told reporters". */
function cueText(tokens: readonly Token[], v: number, e: number): string {
  let end = v + 1;
  const a = tokens[v + 1];
  const b = tokens[v + 2];
  const c = tokens[v + 3];
  if (a?.lower === 'in' && b && c && DETERMINERS.has(b.lower) && CUE_NOUNS.has(c.lower)) end = v + 4;
  else if (a && a.type === 'word' && /^(reporters|journalists|me|us|him|her|them)$/.test(a.lower)) end = v + 2;
  else if (a?.lower === 'to' && b && /^(reporters|journalists|me|us)$/.test(b.lower)) end = v + 3;
  end = Math.min(end, e);
  return tokens.slice(v, end).map((t) => t.text).join(' ');
}

/**
 * The source after "according to": the noun phrase, or when it is too long to read as one, its
 * head ("a 52-count civil complaint [filed by the SEC and a 15-count complaint by Vermont]"). A
 * document from someone is theirs: "a statement from the company" → the company.
 */
function sourceAfter(tokens: readonly Token[], from: number, e: number, text: string, w: Words): Subject | null {
  const whole = nounPhraseAfter(tokens, from, e, text, w);
  if (whole) {
    const m = whole.mention;
    const by = tokens[m.end];
    if (m.kind === 'description' && CUE_NOUNS.has(tokens[m.end - 1]?.lower ?? '') && by && /^(from|by)$/.test(by.lower)) {
      const author = nounPhraseAfter(tokens, m.end + 1, e, text, w);
      if (author && author.mention.kind !== 'description') return author;
    }
    return whole;
  }
  for (let i = from + 1; i < Math.min(e, from + 12); i++) {
    const t = tokens[i];
    if (t.type !== 'word') break;
    // the head names the source well enough for a list of speakers
    if (/^(filed|issued|released|published|obtained|prepared|written|by|and)$/.test(t.lower)) return nounPhraseAfter(tokens, from, i, text, w);
  }
  return null;
}

/** The noun phrase starting at `from`: up to a comma, a clause word or the end. */
function nounPhraseAfter(tokens: readonly Token[], from: number, e: number, text: string, w: Words): Subject | null {
  let end = from;
  while (end < e) {
    const t = tokens[end];
    // "9/11 widow Terry Strada", "24/7 host …": a slash between two words stays in the phrase
    if (t.text === '/' && end > from && tokens[end - 1].type === 'word' && tokens[end + 1]?.type === 'word' && tokens[end + 1].start === t.end) {
      end++;
      continue;
    }
    if (t.type !== 'word') break;
    if (end > from && (/^(in|on|at|after|before|during|from|when|while|as|who|which|that|because|since|to|told|said|adding|saying|last|this|earlier|later|on)$/.test(t.lower) || AUXILIARIES.test(t.lower))) break;
    // "Del. Stacey Plaskett of the Virgin Islands": a name ends before "of" its place
    if (end > from && (t.lower === 'of' || t.lower === 'with') && tokens[end - 1].cap && !tokens[end - 1].abbrev && end - from >= 2 && !/^(office|department|ministry|university|bank|house|council|committee|court|board|secretary|minister|director|head|chief|president|chair|chairman)$/i.test(tokens[end - 1].lower)) break;
    end++;
  }
  end = trimTemporal(tokens, from, end, w);
  const mention = end > from ? parseMention(tokens, from, end, text, w) : null;
  if (!mention) return null;
  // an appositive after it: ", a spokesperson for Nvidia"
  let appositive: string | undefined;
  if (isComma(tokens[end]) && end + 1 < e) {
    const seg = segments(tokens, end + 1, e)[0];
    if (seg && seg[0] === end + 1 && !isAdverbial(tokens, seg, w)) appositive = joinTokens(tokens, seg[0], seg[1], text);
  }
  return { mention, appositive };
}

/**
 * The speaker after an inverted verb ("said Ann Lee, a role"), not the subject of a clause that
 * follows it ("said the department would …").
 */
function invertedSpeaker(tokens: readonly Token[], from: number, e: number, text: string, w: Words): Subject | null {
  const np = nounPhraseAfter(tokens, from, e, text, w);
  return np && !AUXILIARIES.test(tokens[np.mention.end]?.lower ?? '') ? np : null;
}

/** A capitalised run from `i` that ends in a possessive ("Mr. Obama's"). */
function ownerFollows(tokens: readonly Token[], i: number): boolean {
  while (tokens[i] && tokens[i].type === 'word' && tokens[i].cap) i++;
  return tokens[i]?.lower === "'s";
}

/** `X said: "Q"` · `X said (that) "Q"` · `X said the deal was "Q"` · `…, saying "Q"` · `X's claim that "Q"` */
function preCue(tokens: readonly Token[], s: number, q: number, text: string, w: Words): Found | null {
  let naming = false;
  let fallback: Found | undefined;
  let owned: Found | undefined;
  for (let k = q - 1; k >= s; k--) {
    const t = tokens[k];
    if (t.type === 'punct') {
      if (t.text === ';') break;
      if (t.text === ':' && k === q - 1) {
        // "Tamaki's verdict: "Q"" — the phrase before the colon, if no verb comes first
        continue;
      }
      continue;
    }
    if (t.type === 'quote') continue;
    const dist = q - k;
    // names, not words: known as "X", dubbed "X", so-called "X"
    if (dist <= 3 && (w.naming(t.lower) || t.lower === 'so-called' || (t.lower === 'as' && tokens[k - 1]?.lower === 'known'))) {
      naming = true;
      break;
    }
    if (t.lower === 'according' && tokens[k + 1]?.lower === 'to') {
      const np = sourceAfter(tokens, k + 2, q, text, w);
      if (np) return { subject: np, cue: 'according to', how: 'according' };
    }
    // "as The New Yorker put it in an expose, "Q"": the phrase names whose words follow
    if (t.lower === 'put' && tokens[k + 1]?.lower === 'it' && dist <= 10) {
      for (let a = k - 2; a >= Math.max(s, k - 7); a--) {
        if (tokens[a].lower !== 'as') continue;
        const m = parseMention(tokens, a + 1, k, text, w);
        if (m) return { subject: { mention: m }, cue: 'as … put it', how: 'pre', at: k };
        break;
      }
    }
    // "admires Putin as a "strong leader"", "pounding Trump as a "con artist"": a characterisation
    if (t.lower === 'as' && dist <= 3 && !fallback) {
      const characterised = characterisation(tokens, s, k, text, w);
      if (characterised) return characterised;
    }
    if (t.cap && k > s) continue;
    // X's claim that "Q", X's statement: "Q"; a content clause ("Trump's claim that there have
    // been "Q"") reports the owner's words however long it runs. A cue verb before it still wins:
    // "Moore called Mr. Obama's remarks "Q"" is Moore's
    if (!owned && CUE_NOUNS.has(t.lower) && tokens[k - 1]?.lower === "'s" && (dist <= 4 || (tokens[k + 1]?.lower === 'that' && dist <= 14))) {
      const owner = possessorBefore(tokens, k - 1, s, text, w);
      if (owner) owned = { subject: owner, cue: t.text, how: 'possessive' };
      continue;
    }
    const cue = w.cue(t.lower);
    if (!cue) continue;
    if (cue.form === 'infinitive' && !/^(to)$/.test(tokens[k - 1]?.lower ?? '')) {
      // "would say", "did not say", "what they call": after an auxiliary or a plural subject the form is finite
      const prev = tokens[k - 1]?.lower ?? '';
      // "Police say", "Officials warn", "Obama and Clinton call them"
      const plural = !!tokens[k - 1] && (tokens[k - 1].cap || w.lex.has(prev, 'Plural'));
      if (!/^(would|will|could|can|may|might|must|should|did|does|do|not|n't|to|they|we|i|you|also|often|still)$/.test(prev) && !plural) continue;
    }
    if (cue.weak && !closeEnough(tokens, k, q)) continue;
    // "tweeted that the ruling was "Q"", "a warning": after a determiner a gerund is a noun
    // ("he's claiming" is "he is": a pronoun's 's is no possessive)
    if (cue.form === 'gerund' && tokens[k - 1] && (DETERMINERS.has(tokens[k - 1].lower) || (POSSESSIVES.test(tokens[k - 1].lower) && !PERSONAL_PRONOUNS_SET.has(tokens[k - 2]?.lower ?? '') && !/^(that|there|who|what|here)$/.test(tokens[k - 2]?.lower ?? '')))) continue;
    // a noun, not a verb: "Democratic claims", "the remarks", "of reports"
    if (cue.form === 'finite' && /s$/.test(t.lower) && looksLikeNounUse(tokens[k - 1], w)) continue;
    if (t.lower === 'called' || t.lower === 'calls' || t.lower === 'call' || t.lower === 'calling') {
      // "The group, called Energy Control, …", "the technique called …": naming, not speech
      // (a name follows at once); "McConnell, R-Ky., called the measure "…"" has an object: speech
      const before = tokens[k - 1];
      const after = tokens[k + 1];
      // "called Mr. Obama's remarks "Q"": a possessive makes the capitalised run an object's owner
      const nameFollows = !!after && (after.type === 'quote' || (after.type === 'word' && after.cap && !ownerFollows(tokens, k + 1)));
      // "what multiple lawmakers called "fraud"": a free relative's verb has its subject
      const relative = relativeSubjectStart(tokens, Math.max(s, k - 4), k) >= 0;
      if (t.lower === 'called' && nameFollows && !relative && (!before || before.text === ',' || (before.type === 'word' && !before.cap && !PERSONAL_PRONOUNS_SET.has(before.lower) && !/^(what|who|which|also|has|had|have|once|then|publicly|repeatedly)$/.test(before.lower)))) continue;
    }
    // "Talk compared to "Q"", "a plan likened to "Q"": with nothing compared, a passive, no speaker's act
    if ((cue.base === 'compare' || cue.base === 'liken') && tokens[k + 1]?.lower === 'to') continue;
    // "read" cues only a text read out: "The tweet reads, "…""
    if (cue.base === 'read' && !(tokens[k + 1]?.text === ',' || tokens[k + 1]?.text === ':' || k + 1 === q)) continue;
    const subject = subjectOfCue(tokens, s, k, q, cue.form, text, w);
    const found: Found = { subject, cue: cueText(tokens, k, q), how: 'pre', at: k };
    // "told a young woman who suggested … that "Q"": the relative clause's verb is not the one
    // that reports the quote when an earlier cue in the sentence has a named subject
    if (subject && /^(who|which|that)$/i.test(tokens[k - 1]?.lower ?? '')) {
      const earlier = preCue(tokens, s, k - 1, text, w);
      if (earlier?.subject && (earlier.subject.mention.kind === 'person' || earlier.subject.mention.kind === 'name')) return { ...earlier, at: earlier.at };
    }
    if (subject) return found;
    // no speaker at this cue ("anybody who complains about …"): an earlier cue may have one
    fallback ??= found;
  }
  if (owned && !fallback) return owned;
  if (fallback && !naming) return fallback;
  if (naming) return { subject: null, cue: '', how: 'pre', naming: true };
  // "Verdict: "Q"" — a name and a colon right before the quote
  const colon = tokens[q - 1];
  if (colon && colon.text === ':' && q - 2 >= s) {
    const main = mainSubject(tokens, s, q - 1, text, w);
    if (main && (main.mention.kind === 'person' || main.mention.kind === 'name' || main.mention.kind === 'pronoun' || main.mention.kind === 'org') && main.mention.end < q - 1) {
      const verb = tokens.slice(main.mention.end, q - 1).some((t) => t.type === 'word' && !t.cap && w.verb(t.lower));
      if (verb) return { subject: main, cue: ':', how: 'colon' };
    }
    const seg = segments(tokens, s, q - 1).pop();
    if (seg) {
      const m = parseMention(tokens, seg[0], seg[1], text, w) ?? trailingDescription(tokens, seg[0], seg[1], text, w);
      if (m && (m.kind === 'person' || m.kind === 'name' || m.kind === 'pronoun' || m.kind === 'description')) return { subject: { mention: m }, cue: ':', how: 'colon' };
    }
  }
  return null;
}

/**
 * `X verb Y as "Q"`: the quote is X's label for Y when X is a person or an organisation and the
 * verb is a finite one of theirs ("admires", "has been pounding", "rated"). Not "known as", "such as".
 */
function characterisation(tokens: readonly Token[], s: number, as: number, text: string, w: Words): Found | null {
  const before = tokens[as - 1];
  if (!before || /^(known|such|so|well|same|just|soon|long|far|much|many|insofar)$/.test(before.lower)) return null;
  for (let v = as - 1; v >= Math.max(s, as - 10); v--) {
    const t = tokens[v];
    if (t.type !== 'word') {
      if (t.text === ',' || t.type === 'quote') return null;
      continue;
    }
    if (t.cap || w.role(t.lower)) continue;
    // a verb compromise may not know ("admires"): an -s or -ed word right after a name or pronoun
    let p = v - 1;
    while (p > s && tokens[p].type === 'word' && /ly$/.test(tokens[p].lower)) p--;
    const afterSubject = !!tokens[p] && tokens[p].type === 'word' && (tokens[p].cap || PERSONAL_PRONOUNS_SET.has(tokens[p].lower));
    if (!w.verb(t.lower) && !(afterSubject && /[a-z](ed|s)$/.test(t.lower))) continue;
    if (/^(is|was|were|are|be|been|being|has|have|had)$/.test(t.lower)) return null;
    // a noun, not a verb ("Republican claims as"), or a passive ("should be recognized as")
    if (/s$/.test(t.lower) && looksLikeNounUse(tokens[v - 1], w)) continue;
    if (/^(be|been|being|is|was|were|are)$/.test(tokens[v - 1]?.lower ?? '')) return null;
    const form = w.cue(t.lower)?.form ?? (/ing$/.test(t.lower) ? 'gerund' : 'finite');
    const subject = subjectOfCue(tokens, s, v, as, form, text, w);
    if (!subject || subject.mention.kind === 'description') return null;
    return { subject, cue: `${t.text} … as`, how: 'pre', at: v };
  }
  return null;
}

/** Who speaks at the cue verb k: its own subject, the main clause's for a participle or a second verb, or the phrase after it when inverted. */
function subjectOfCue(tokens: readonly Token[], s: number, k: number, q: number, form: string, text: string, w: Words): Subject | null {
  const floor = clauseFloor(tokens, s, k);
  let subject: Subject | null = null;
  if (form === 'gerund' || (form === 'infinitive' && tokens[k - 1]?.lower === 'to')) {
    // "footage of Trump saying, …": a name right before the participle is its subject
    const prev = tokens[k - 1];
    if (form === 'gerund' && prev && prev.type === 'word' && prev.cap && !w.common(prev.lower)) {
      const m = tailMention(tokens, [floor, k], text, w);
      // "footage of Trump saying" names the speaker; "posted to Twitter asking" does not
      const before = m ? tokens[m.start - 1] : undefined;
      if (m && m.kind !== 'description' && !(before && /^(to|on|in|at|into|onto|via|from|with)$/.test(before.lower))) return { mention: m };
    }
    subject = mainSubject(tokens, s, sentenceEnd(tokens, s), text, w);
  } else if (coordinated(tokens, k, floor, w)) {
    subject = mainSubject(tokens, s, sentenceEnd(tokens, s), text, w);
  } else {
    subject = subjectBefore(tokens, k, floor, text, w);
  }
  // "Said Ellis: …", `"Q1," said X, a role. "Q2"`: the speaker follows an inverted verb
  if (!subject && w.inverting(tokens[k].lower) && trimmedStart(tokens, floor, k)) subject = invertedSpeaker(tokens, k + 1, q, text, w);
  if (subject && subject.mention.kind === 'description' && subject.mention.end - subject.mention.start > 8) return null;
  return subject;
}

/** Nothing but connectives between `floor` and k. */
function trimmedStart(tokens: readonly Token[], floor: number, k: number): boolean {
  for (let i = floor; i < k; i++) if (tokens[i].type === 'word' && !/^(and|but|so|then)$/.test(tokens[i].lower)) return false;
  return true;
}

/** "a question came from a member of the audience": the shortest description that ends the segment. */
function trailingDescription(tokens: readonly Token[], a: number, b: number, text: string, w: Words): Mention | null {
  for (let i = b - 2; i >= a; i--) {
    if (!DETERMINERS.has(tokens[i].lower)) continue;
    const m = parseMention(tokens, i, b, text, w);
    if (m && m.kind === 'description') return m;
  }
  return null;
}

/** The end of the sentence that starts at s (for mainSubject from inside preCue). */
function sentenceEnd(tokens: readonly Token[], s: number): number {
  for (let i = s; i < tokens.length; i++) if (tokens[i].type === 'punct' && /^[.!?]$/.test(tokens[i].text)) return i;
  return tokens.length;
}

/**
 * "what lawmakers called", "which the judge described": where the subject after "what", "which"
 * or "whom" starts, when the relative word and then a subject (not "what is called") come right
 * before the verb at `verb`; else -1.
 */
function relativeSubjectStart(tokens: readonly Token[], from: number, verb: number): number {
  for (let i = verb - 1; i >= from; i--) {
    if (!/^(what|which|whom)$/.test(tokens[i].lower)) continue;
    const between = tokens.slice(i + 1, verb);
    const subject = between.length > 0 && between.every((t) => t.type === 'word') && !between.some((t) => /^(is|was|are|were|be|been|being|has|have|had)$/.test(t.lower));
    return subject ? i + 1 : -1;
  }
  return -1;
}

/** Where the clause of the verb at k starts: after the last quote or semicolon before it. */
function clauseFloor(tokens: readonly Token[], s: number, k: number): number {
  // "what multiple lawmakers called "fraud"": the clause starts after the relative word
  const relative = relativeSubjectStart(tokens, Math.max(s, k - 6), k);
  if (relative >= 0) return relative;
  for (let i = k - 1; i >= s; i--) {
    const t = tokens[i];
    if (t.type === 'quote' || t.text === ';') return i + 1;
  }
  return s;
}

/** Is the word before a -s cue a determiner, adjective or preposition ("Democratic claims", "the reports")? */
function looksLikeNounUse(prev: Token | undefined, w: Words): boolean {
  if (!prev || prev.type !== 'word') return false;
  // ("that says" is a relative clause's verb, not "that" + noun)
  if ((DETERMINERS.has(prev.lower) && prev.lower !== 'that') || /^(of|its|their|his|her|our|your|my|'s|these|those|many|several|such|other|new|recent)$/.test(prev.lower)) return true;
  // "Republican claims", "Democratic statements": a capitalised adjective of party or nation
  if (prev.cap && (w.lex.has(prev.lower, 'Demonym') || PARTY_ADJECTIVES.test(prev.lower))) return true;
  const tags = w.lex.tags(prev.lower);
  return !!tags && tags.includes('Adjective') && !tags.some((t) => t === 'Pronoun' || t === 'Plural' || t === 'Singular');
}

/** A weak speech verb ("added", "called", "noted") cues a quote only when the quote follows closely. */
function closeEnough(tokens: readonly Token[], k: number, q: number): boolean {
  // words between, not counting other quotes: `called Trump a "liar," a "bully" and a "narcissist"`,
  // nor a relative clause's "who is": `compared Trump to a coach at a game who is "Q"`
  let between = 0;
  for (let i = k + 1; i < q; i++) if (tokens[i].type === 'word' && !/^(who|which|that|is|was|are|were)$/.test(tokens[i].lower)) between++;
  if (between <= 8) return true;
  const next = tokens[k + 1];
  return !!next && (next.text === ':' || next.lower === 'that');
}

function possessorBefore(tokens: readonly Token[], apos: number, s: number, text: string, w: Words): Subject | null {
  let a = apos;
  while (a > s && tokens[a - 1].type === 'word' && (tokens[a - 1].cap || isTitle(tokens[a - 1]))) a--;
  if (a === apos) return null;
  const m = parseMention(tokens, a, apos, text, w);
  return m ? { mention: m } : null;
}

/** A paragraph ending "He said:" or "Smith told reporters:" names the speaker of the next quote. */
function findColonIntro(tokens: readonly Token[], s: number, colon: number, text: string, w: Words): Subject | null {
  for (let k = colon - 1; k >= Math.max(s, colon - 4); k--) {
    const t = tokens[k];
    const cue = t.type === 'word' && !t.cap ? w.cue(t.lower) : undefined;
    // "had this to say:", "made the following comment:" are no finite verb (see below)
    const nounOrTo = cue?.form === 'infinitive' && /^(to|following|the|this|a)$/.test(tokens[k - 1]?.lower ?? '');
    if (cue && cue.form !== 'gerund' && !nounOrTo) return subjectBefore(tokens, k, clauseFloor(tokens, s, k), text, w);
  }
  // "Sanders made the following comment:", "The senator had this to say:": the subject of the verb before
  for (let k = colon - 1; k > s && k >= colon - 4; k--) {
    const rest = tokens.slice(k, colon).map((t) => t.lower).join(' ');
    if (!/^(?:the following(?: \w+)?|this to say|these words)$/.test(rest)) continue;
    const verb = tokens[k - 1];
    if (verb.type !== 'word' || verb.cap) return null;
    return subjectBefore(tokens, k - 1, clauseFloor(tokens, s, k - 1), text, w);
  }
  return null;
}

/** Does the quote token at q fill its sentence (maybe with trailing punctuation)? */
function quoteIsWholeSentence(tokens: readonly Token[], s: number, e: number, q: number): boolean {
  for (let i = s; i < e; i++) {
    if (i === q) continue;
    const t = tokens[i];
    if (t.type === 'word') return false;
    if (t.type === 'quote') continue;
  }
  return true;
}

const WORK_NOUNS = new Set('book books novel film films movie movies song songs album show series episode programme program documentary play poem essay column paper article headline podcast magazine newspaper website site app game exhibition painting anthem hymn'.split(' '));
const NAME_NOUNS = new Set('term terms phrase phrases word words expression name names title titles slogan slogans motto label labels nickname hashtag catchphrase moniker buzzword buzzwords concept notion idea'.split(' '));
const POSSESSIVES = /^(its|his|her|their|our|your|my|'s)$/;
const isWord = (t: Token | undefined): t is Token => !!t && t.type === 'word';

/** A quote that opens with a subject pronoun and its verb ("they'll go easier", "we are done"): speech, never a name. */
function pronounClause(text: string, span: QuoteSpan): boolean {
  return /^(?:I|we|you|they|he|she)(?:['’](?:ll|re|ve|d|m|s)\b|\s+(?:will|would|can|could|should|must|are|were|was|is|am|have|had|do|did|don['’]t|won['’]t|can['’]t|never)\b)/i.test(text.slice(span.innerStart, span.innerEnd));
}

/** Only "and"/"or", commas and determiners between the quote tokens at a and b. */
function coordinatedWith(tokens: readonly Token[], a: number, b: number): boolean {
  let conjunction = false;
  for (let i = a + 1; i < b; i++) {
    const t = tokens[i];
    if (t.lower === 'and' || t.lower === 'or') conjunction = true;
    else if (!(t.text === ',' || DETERMINERS.has(t.lower))) return false;
  }
  return conjunction;
}

/** A verb that opens a clause after its subject: "said the department would …". */
const AUXILIARIES = /^(would|will|could|can|should|may|might|must|had|has|have|was|were|is|are|did|does|do)$/;

const COPULAS = /^(is|was|are|were|be|been|being|remains|remained|becomes|became|seems|seemed)$/;

/**
 * Does the quote name a thing rather than report words, even with a cue nearby?
 * - a title after a work: `her book "A Paradise Built in Hell"`, `the term "software engineering"`
 * - a name in Title Case after a determiner or preposition: `funding the "Hong Kong Parliament"`,
 *   `the marketplace "Evolution."`, `the cocaine from 'Mirkov'`
 * - a modifier before a noun: `that "a-ha!" moment`, `a "direction discrimination" task`
 * - a name after a naming "called": `the technique called "mental chronometry"`
 */
function namesAThing(tokens: readonly Token[], q: number, span: QuoteSpan, text: string, w: Words, found?: Found): boolean {
  const inner = text.slice(span.innerStart, span.innerEnd).trim();
  const n = wordCount(inner);
  const p1 = tokens[q - 1];
  const p2 = tokens[q - 2];
  const p3 = tokens[q - 3];
  const cueRightBefore = found?.at !== undefined && found.at >= q - 2;
  // a work or a term named right before
  for (const p of [p1, p2, p3]) {
    if (isWord(p) && (WORK_NOUNS.has(p.lower) || NAME_NOUNS.has(p.lower)) && n <= 12) return true;
    if (!isWord(p) || DETERMINERS.has(p.lower) || POSSESSIVES.test(p.lower)) continue;
    if (w.cue(p.lower) && !w.naming(p.lower)) break;
    // "the program is a "Q"": the noun is the subject of a copula, not the quote's name
    if (COPULAS.test(p.lower)) break;
  }
  // a naming "called": not after a subject ("she called"), after a noun or a comma ("the technique called")
  if (isWord(p1) && /^(called|call|calls)$/.test(p1.lower) && n <= 6) {
    const before = tokens[q - 2];
    // "what multiple lawmakers called "fraud"": a free relative's verb has a subject
    const relative = relativeSubjectStart(tokens, Math.max(0, q - 6), q - 1) >= 0;
    if (!relative && (!before || before.type !== 'word' || (!before.cap && !PERSONAL_PRONOUNS_SET.has(before.lower) && !/^(what|who|which)$/.test(before.lower)))) return true;
  }
  if (cueRightBefore) return false;
  const long = inner.split(/\s+/).filter((x) => /^\p{L}/u.test(x) && x.length > 3);
  const titleCase = n <= 5 && /^\p{Lu}/u.test(inner) && !/[,;]$/.test(inner) && long.filter((x) => /^\p{Lu}/u.test(x)).length * 2 >= long.length;
  const det = (t: Token | undefined) => isWord(t) && (DETERMINERS.has(t.lower) || POSSESSIVES.test(t.lower));
  const prep = (t: Token | undefined) => isWord(t) && /^(in|on|from|of|at|for|with|into|about|by|via)$/.test(t.lower);
  if (titleCase && (det(p1) || prep(p1) || (isWord(p1) && !p1.cap && (det(p2) || prep(p2)) && !w.verb(p1.lower)))) return true;
  // a modifier: determiner + "quote" + noun; in reported speech that describes ("saying it was a
  // "manufactured" issue", "called North Korea's "reckless" actions") the speaker's word
  const next = tokens[q + 1];
  const reported = !!found?.subject && found.how === 'pre' && (COPULAS.test(p2?.lower ?? '') || (found.at !== undefined && found.at >= q - 4));
  if (!reported && n <= 3 && !/[.!?,;:]$/.test(inner.replace(/!$/, '')) && (det(p1) || (isWord(p1) && /^\d/.test(p1.text))) && isWord(next) && !next.cap && !w.verb(next.lower) && !/^(of|in|on|to|for|and|or|but|that|which|who|as|at|by|from|with|is|was|are|were)$/.test(next.lower) && (w.lex.has(next.lower, 'Singular') || w.lex.has(next.lower, 'Plural') || !w.lex.tags(next.lower))) return true;
  return false;
}

/**
 * A quote with no cue: a term when it is short and sits inside a phrase (scare quotes, names,
 * titles); a statement when it reads like speech (long, or a sentence of its own).
 */
function looksLikeTerm(tokens: readonly Token[], s: number, e: number, q: number, span: QuoteSpan, text: string, w: Words): boolean {
  void w;
  const inner = text.slice(span.innerStart, span.innerEnd).trim();
  const n = wordCount(inner);
  if (quoteIsWholeSentence(tokens, s, e, q) && n >= 3) return false;
  if (n >= 9) return false;
  if (n >= 5 && endsSentence(inner)) return false;
  return true;
}

