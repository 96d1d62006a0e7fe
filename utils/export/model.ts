/**
 * The export document: one plain object that the JSON, CSV and Markdown writers all start from, so
 * the three formats cannot disagree about a quote. Its JSON form is described by `schema.json`.
 */
import type { PageAnalysis } from '../messages';
import type { Block, BlockRole } from '../page/block';
import type { QuoteKind, RoleSource, SpeakerSource } from '../quote';
import { groupBySpeaker, inPageOrder } from './group';

/** The schema identifier written into every JSON export. Bump the number on any breaking change. */
export const EXPORT_SCHEMA = 'quotelens.export/1';

/** Everything an export needs; all of it is plain data the popup already holds. */
export interface ExportInput {
  analysis: PageAnalysis;
  /** The page's blocks, as sent for analysis: quotes point into them by `blockIndex`. */
  blocks: readonly Block[];
  /** The extension's version (the manifest's `version`). */
  version: string;
}

export interface ExportSpeaker {
  name: string;
  mention: string;
  source: SpeakerSource;
  actorId: string | null;
  /** `https://www.wikidata.org/wiki/Q…` when actorId is a Wikidata item id, else null. */
  wikidataUrl: string | null;
  role: string | null;
  org: string | null;
  country: string | null;
  roleSource: RoleSource | null;
  listRole: string | null;
}

export interface ExportContext {
  /** The paragraph's text, or a window of it around the quote when the paragraph is very long. */
  text: string;
  /** Where `text` starts in the paragraph: the quote's marks sit at `position.start - offset`. */
  offset: number;
  /** True when `text` is only part of the paragraph. */
  truncated: boolean;
  role: BlockRole;
}

export interface ExportQuote {
  id: string;
  /** 1-based position among the page's quotes, in page order. */
  order: number;
  text: string;
  kind: QuoteKind;
  speaker: ExportSpeaker | null;
  cue: string | null;
  /** 0..1, rounded to 3 decimals. */
  confidence: number;
  /** Offsets are UTF-16 indexes into the block's text; `end` is exclusive; marks included. */
  position: { blockIndex: number; start: number; end: number };
  /** Null when the block the quote points to was not supplied. */
  context: ExportContext | null;
}

export interface ExportSpeakerSummary {
  /** The same key `groupBySpeaker` gives: `actor:…` or `name:…`. */
  key: string;
  name: string;
  actorId: string | null;
  wikidataUrl: string | null;
  role: string | null;
  org: string | null;
  quoteCount: number;
  /** The speaker's statements, in page order. */
  quoteIds: string[];
}

export interface ExportDocument {
  schema: typeof EXPORT_SCHEMA;
  generator: { name: 'QuoteLens'; version: string };
  page: { url: string | null; title: string | null; site: string | null; published: string | null };
  /** ISO timestamp of the extraction, as the background recorded it. */
  extractedAt: string;
  counts: { quotes: number; statements: number; terms: number; speakers: number; unattributed: number };
  /** In the order of `groupBySpeaker`: most quotes first, then first appearance. */
  speakers: ExportSpeakerSummary[];
  /** In page order. */
  quotes: ExportQuote[];
}

/** Paragraphs up to this many UTF-16 units are exported whole. */
export const MAX_CONTEXT = 2000;
/** For longer paragraphs: this much text on each side of the quote (cut back to a word boundary). */
export const CONTEXT_PAD = 600;

const WIKIDATA_ITEM = /^Q[1-9][0-9]*$/;

/** The Wikidata page of an actor whose id is a Wikidata item id ("Q123"), else null. */
export function wikidataUrl(actorId: string | null | undefined): string | null {
  return actorId && WIKIDATA_ITEM.test(actorId) ? `https://www.wikidata.org/wiki/${actorId}` : null;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Replaces unpaired UTF-16 surrogates (which DOM text can hold) with U+FFFD, as a UTF-8 encoder
 * would: the CSV and Markdown writers apply it so the text they return is exactly what the file holds.
 */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

const orNull = (s: string | undefined): string | null => (s === undefined ? null : s);

/**
 * The part of a block to show with a quote: the whole block when it is short, otherwise the quote
 * with up to CONTEXT_PAD units either side, cut at whitespace so words stay whole.
 */
export function paragraphContext(block: Block, start: number, end: number): ExportContext {
  const text = block.text;
  if (text.length <= MAX_CONTEXT) return { text, offset: 0, truncated: false, role: block.role };
  const qs = clamp(start, 0, text.length);
  const qe = clamp(end, qs, text.length);
  let from = Math.max(0, qs - CONTEXT_PAD);
  let to = Math.min(text.length, qe + CONTEXT_PAD);
  if (from > 0) {
    const space = text.slice(from, qs).search(/\s/u);
    from = space >= 0 ? from + space + 1 : from;
  }
  if (to < text.length) {
    const tail = text.slice(qe, to);
    const space = Math.max(tail.lastIndexOf(' '), tail.lastIndexOf('\n'), tail.lastIndexOf('\t'));
    to = space >= 0 ? qe + space : to;
  }
  // Never split a surrogate pair at either end.
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from -= 1;
  if (to < text.length && isLowSurrogate(text.charCodeAt(to))) to += 1;
  return { text: text.slice(from, to), offset: from, truncated: from > 0 || to < text.length, role: block.role };
}

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Number.isFinite(n) ? n : lo));
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

function roundConfidence(c: number): number {
  return Number.isFinite(c) ? Math.round(clamp(c, 0, 1) * 1000) / 1000 : 0;
}

/** Builds the export document: quotes in page order, speakers as `groupBySpeaker` groups them. */
export function buildExport(input: ExportInput): ExportDocument {
  const { analysis, blocks, version } = input;
  const ordered = inPageOrder(analysis.quotes);
  const quotes: ExportQuote[] = ordered.map((q, i) => {
    const s = q.speaker;
    const block = blocks[q.blockIndex];
    return {
      id: q.id,
      order: i + 1,
      text: q.text,
      kind: q.kind,
      speaker: s
        ? {
            name: s.name,
            mention: s.mention,
            source: s.source,
            actorId: orNull(s.actorId),
            wikidataUrl: wikidataUrl(s.actorId),
            role: orNull(s.role),
            org: orNull(s.org),
            country: orNull(s.country),
            roleSource: orNull(s.roleSource) as RoleSource | null,
            listRole: orNull(s.listRole),
          }
        : null,
      cue: orNull(q.cue),
      confidence: roundConfidence(q.confidence),
      position: { blockIndex: q.blockIndex, start: q.start, end: q.end },
      context: block ? paragraphContext(block, q.start, q.end) : null,
    };
  });
  const groups = groupBySpeaker(ordered);
  const speakers: ExportSpeakerSummary[] = groups.speakers.map((g) => ({
    key: g.key,
    name: g.name,
    actorId: orNull(g.speaker.actorId),
    wikidataUrl: wikidataUrl(g.speaker.actorId),
    role: orNull(g.speaker.role),
    org: orNull(g.speaker.org),
    quoteCount: g.quotes.length,
    quoteIds: g.quotes.map((q) => q.id),
  }));
  const terms = groups.terms.length;
  const { meta } = analysis;
  return {
    schema: EXPORT_SCHEMA,
    generator: { name: 'QuoteLens', version },
    page: { url: orNull(meta.url), title: orNull(meta.title), site: orNull(meta.site), published: orNull(meta.published) },
    extractedAt: analysis.extractedAt,
    counts: {
      quotes: quotes.length,
      statements: quotes.length - terms,
      terms,
      speakers: speakers.length,
      unattributed: groups.unattributed.length,
    },
    speakers,
    quotes,
  };
}
