/**
 * The options page's side of the reader's actors: importing a file (the pure parsing, validation
 * and merging are in utils/actors/user-actors.ts, the storage in user-store.ts), what to tell the
 * reader about it, and where the list lives.
 */
import { importUserActors, type ImportReport, type UserActorsArea } from '../actors/user-store';
import type { ImportIssue } from '../actors/user-actors';

/** Files larger than this are refused before reading (2000 people fit in far less). */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

/** The format a file name says, or undefined (the content decides: "[" or "{" first is JSON). */
export function formatFromFileName(name: string): 'csv' | 'json' | undefined {
  if (/\.json$/i.test(name)) return 'json';
  if (/\.(csv|tsv|txt)$/i.test(name)) return 'csv';
  return undefined;
}

export interface ImportSummary {
  /** ok: every row was taken; partial: some rows were refused; failed: nothing was taken. */
  tone: 'ok' | 'partial' | 'failed';
  /** One sentence for the status line. */
  headline: string;
  /** Each refused row: "Line 3: name is missing". */
  errors: string[];
  /** Each warning: "Line 7 (Jane Roe): same person as line 2: merged". */
  warnings: string[];
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const issueLine = (i: ImportIssue) => `Line ${i.line}${i.name ? ` (${i.name})` : ''}: ${i.reason}`;

/** What the reader is told after an import. */
export function summarizeImport(fileName: string, report: Pick<ImportReport, 'added' | 'updated' | 'unchanged' | 'errors' | 'warnings'>): ImportSummary {
  const taken = report.added + report.updated + report.unchanged;
  const errors = report.errors.map(issueLine);
  const warnings = report.warnings.map(issueLine);
  if (!taken) {
    const why = errors.length ? `${plural(errors.length, 'row')} refused` : 'no people in it';
    return { tone: 'failed', headline: `Nothing imported from ${fileName}: ${why}. Your list is unchanged.`, errors, warnings };
  }
  const parts = [`${plural(report.added, 'person', 'people')} added`];
  if (report.updated) parts.push(`${report.updated} updated`);
  if (report.unchanged) parts.push(`${report.unchanged} already there`);
  const refused = errors.length ? `; ${plural(errors.length, 'row')} refused (see below)` : '';
  return { tone: errors.length ? 'partial' : 'ok', headline: `Imported ${fileName}: ${parts.join(', ')}${refused}.`, errors, warnings };
}

export interface ImportedFile {
  summary: ImportSummary;
  report?: ImportReport;
}

/** Reads, checks and imports a file the reader chose; stored people are never removed. */
export async function importActorsFile(file: { name: string; size: number; text(): Promise<string> }): Promise<ImportedFile> {
  if (file.size > MAX_IMPORT_BYTES) {
    return {
      summary: {
        tone: 'failed',
        headline: `Nothing imported: ${file.name} is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Your list is unchanged.`,
        errors: [],
        warnings: [],
      },
    };
  }
  const text = await file.text();
  const report = await importUserActors(text, formatFromFileName(file.name));
  return { summary: summarizeImport(file.name, report), report };
}

/** Where the list is, in words. */
export function describeArea(area: UserActorsArea | 'none', count: number): string {
  if (area === 'sync') return `Stored in your browser's sync storage: the list follows you to other computers where you are signed in to this browser.`;
  if (area === 'local') return count
    ? `Stored on this computer only (local storage): the list is too large for sync storage, or sync storage refused it.`
    : 'Stored on this computer only (local storage).';
  return 'Your list is empty. People you add are kept in your browser’s sync storage, or on this computer when the list grows too large for it.';
}
