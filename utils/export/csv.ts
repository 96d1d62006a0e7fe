/**
 * CSV export: RFC 4180 (CRLF record ends, a field holding a comma, quote, CR or LF is quoted, inner
 * quotes doubled), UTF-8 with a byte-order mark so spreadsheets read accents, and safe against
 * formula injection: a cell that begins with = + - @ tab or CR gets a leading apostrophe, so a
 * spreadsheet shows it as text instead of evaluating it (page text is untrusted).
 */
import { buildExport, wellFormed, type ExportDocument, type ExportInput, type ExportQuote } from './model';

/** The header row, in column order. Every row has exactly these cells. */
export const CSV_COLUMNS = [
  'order',
  'kind',
  'speaker',
  'text',
  'mention',
  'role',
  'org',
  'country',
  'actor_id',
  'wikidata_url',
  'speaker_source',
  'cue',
  'confidence',
  'context',
  'block_index',
  'start',
  'end',
  'quote_id',
  'page_url',
  'page_title',
  'page_site',
  'page_published',
  'extracted_at',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

const BOM = '\uFEFF';
const CRLF = '\r\n';
/** Cells starting with one of these are prefixed with an apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell: unpaired surrogates to U+FFFD, injection prefix, then RFC 4180 quoting. */
export function csvCell(value: string): string {
  const text = wellFormed(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The unescaped value of each column for one quote: what a CSV reader should get back. */
export function csvValues(doc: ExportDocument, q: ExportQuote): Record<CsvColumn, string> {
  const s = q.speaker;
  return {
    order: String(q.order),
    kind: q.kind,
    speaker: s?.name ?? '',
    text: q.text,
    mention: s?.mention ?? '',
    role: s?.role ?? '',
    org: s?.org ?? '',
    country: s?.country ?? '',
    actor_id: s?.actorId ?? '',
    wikidata_url: s?.wikidataUrl ?? '',
    speaker_source: s?.source ?? '',
    cue: q.cue ?? '',
    confidence: String(q.confidence),
    context: q.context?.text ?? '',
    block_index: String(q.position.blockIndex),
    start: String(q.position.start),
    end: String(q.position.end),
    quote_id: q.id,
    page_url: doc.page.url ?? '',
    page_title: doc.page.title ?? '',
    page_site: doc.page.site ?? '',
    page_published: doc.page.published ?? '',
    extracted_at: doc.extractedAt,
  };
}

export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark (default true). Turn it off for the clipboard. */
  bom?: boolean;
}

/** A header row, then one row per quote in page order. Every record, the last too, ends in CRLF. */
export function toCsv(input: ExportInput, options: CsvOptions = {}): string {
  const doc = buildExport(input);
  const rows = [CSV_COLUMNS.map(csvCell).join(',')];
  for (const q of doc.quotes) {
    const values = csvValues(doc, q);
    rows.push(CSV_COLUMNS.map((c) => csvCell(values[c])).join(','));
  }
  return (options.bom === false ? '' : BOM) + rows.map((r) => r + CRLF).join('');
}
