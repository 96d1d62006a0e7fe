/**
 * Export of a page's quotes as JSON, CSV and Markdown, and the speaker grouping the popup shares.
 * Pure: plain data in, strings out; the caller downloads or copies them.
 */
import { toCsv } from './csv';
import { exportFileName } from './filename';
import { toJson } from './json';
import { toMarkdown } from './markdown';
import type { ExportInput } from './model';

export { groupBySpeaker, comparePageOrder, inPageOrder, normaliseName } from './group';
export type { SpeakerGroup, SpeakerGroups } from './group';
export { buildExport, wikidataUrl, paragraphContext, EXPORT_SCHEMA, MAX_CONTEXT, CONTEXT_PAD } from './model';
export type {
  ExportInput,
  ExportDocument,
  ExportQuote,
  ExportSpeaker,
  ExportSpeakerSummary,
  ExportContext,
} from './model';
export { toJson } from './json';
export { toCsv, csvCell, CSV_COLUMNS } from './csv';
export type { CsvOptions, CsvColumn } from './csv';
export { toMarkdown } from './markdown';
export { exportFileName, FALLBACK_FILE_NAME, MAX_FILE_NAME_LENGTH, MAX_FILE_NAME_BYTES } from './filename';

export type ExportFormat = 'json' | 'csv' | 'md';

/** Extension and MIME type of each format, for a download's Blob and file name. */
export const EXPORT_FORMATS: Readonly<Record<ExportFormat, { ext: string; mimeType: string }>> = {
  json: { ext: 'json', mimeType: 'application/json' },
  csv: { ext: 'csv', mimeType: 'text/csv;charset=utf-8' },
  md: { ext: 'md', mimeType: 'text/markdown;charset=utf-8' },
};

export interface RenderedExport {
  text: string;
  fileName: string;
  mimeType: string;
}

/**
 * One format, ready to save: the text, its file name and MIME type. For the clipboard pass
 * `{ bom: false }` so the CSV's byte-order mark does not end up in the pasted text.
 */
export function renderExport(format: ExportFormat, input: ExportInput, options: { bom?: boolean } = {}): RenderedExport {
  const { ext, mimeType } = EXPORT_FORMATS[format];
  const text = format === 'json' ? toJson(input) : format === 'csv' ? toCsv(input, options) : toMarkdown(input);
  return { text, fileName: exportFileName(input.analysis.meta, input.analysis.extractedAt, ext), mimeType };
}
