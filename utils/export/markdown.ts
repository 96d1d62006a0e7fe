/**
 * Markdown export: a readable digest of who said what. Page text is untrusted, so every piece of it
 * is escaped: it cannot open a heading, list, block quote, code block, table, HTML block, link,
 * image, emphasis or math in the digest; it reads back as exactly the words the page had.
 */
import { groupBySpeaker, type SpeakerGroup } from './group';
import { buildExport, wellFormed, wikidataUrl, type ExportInput } from './model';
import type { Quote } from '../quote';

/**
 * Escapes text for use inside a Markdown line (CommonMark + GFM, and the common extensions:
 * math `$`, Obsidian `%%` comments and `#tags`). Uses only backslash escapes of ASCII punctuation,
 * which every CommonMark renderer turns back into the character itself.
 */
export function escapeInline(text: string): string {
  return text
    .replace(/[\\`*_[\]<|~$#]/g, '\\$&')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
    .replace(/%{2,}/g, (run) => run.replace(/%/g, '\\%'));
}

/**
 * Makes a line that starts with untrusted text a plain paragraph line: a first character that would
 * open a block (`>`, `-`, `+`, `=`, `:`, `1.`, `1)`) is escaped. (`#`, `*`, `<`, `|`, `` ` ``, `~`
 * and `[` are escaped everywhere by `escapeInline` already.)
 */
export function guardLineStart(line: string): string {
  return line.replace(/^[>\-+=:]/, '\\$&').replace(/^(\d{1,9})([.)])/, '$1\\$2');
}

/**
 * Escapes one line of untrusted text for the start of a Markdown line (or after `> `): leading and
 * trailing spaces and tabs are dropped (leading ones would make a code block), then it is escaped.
 */
export function escapeLine(line: string): string {
  return guardLineStart(escapeInline(line.replace(/^[ \t]+|[ \t]+$/g, '')));
}

/** Untrusted text for the middle of a line: any whitespace (line breaks too) becomes one space. */
export function oneLine(text: string): string {
  return escapeInline(text.replace(/\s+/gu, ' ').replace(/^ | $/g, ''));
}

/**
 * A block quote of untrusted, possibly multi-line text: every line starts with `>`. A line break
 * between two non-empty lines becomes a hard break (a trailing backslash), so the reader sees the
 * lines the page had; an empty line stays a paragraph break.
 */
export function blockQuote(text: string): string {
  const lines = text.split(/\r\n|\r|\n/).map(escapeLine);
  return lines
    .map((line, i) => {
      if (line === '') return '>';
      const hardBreak = i + 1 < lines.length && lines[i + 1] !== '' ? '\\' : '';
      return `> ${line}${hardBreak}`;
    })
    .join('\n');
}

/** An http(s) URL made safe as a Markdown link destination, or null for any other URL. */
export function safeLinkUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  // The URL parser already percent-encodes spaces, quotes, < and >; parentheses and backslashes
  // would still end or bend the destination.
  return parsed.href.replace(/[()\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function speakerSection(group: SpeakerGroup): string[] {
  const s = group.speaker;
  const about = [s.role, s.org].filter((v): v is string => !!v && v.trim() !== '').map(oneLine).join(', ');
  const link = wikidataUrl(s.actorId);
  const details = [about, link ? `[Wikidata](${link})` : '', plural(group.quotes.length, 'quote', 'quotes')].filter(Boolean);
  const lines = [`## ${oneLine(group.name)}`, '', guardLineStart(details.join(' · ')), ''];
  for (const q of group.quotes) lines.push(blockQuote(q.text), '');
  return lines;
}

function termsSection(terms: Quote[]): string[] {
  if (terms.length === 0) return [];
  return ['## Terms', '', ...terms.map((t) => `- “${oneLine(t.text)}”`), ''];
}

function unattributedSection(quotes: Quote[]): string[] {
  if (quotes.length === 0) return [];
  const lines = ['## Statements with no speaker', ''];
  for (const q of quotes) lines.push(blockQuote(q.text), '');
  return lines;
}

/**
 * A readable digest: the page title as a heading linking to the page; a line of facts; a section per
 * speaker (in `groupBySpeaker` order) with their statements as block quotes in page order; the
 * terms; then the statements with no speaker. Lines end in LF; unpaired surrogates become U+FFFD.
 */
export function toMarkdown(input: ExportInput): string {
  const doc = buildExport(input);
  const { speakers, terms, unattributed } = groupBySpeaker(input.analysis.quotes);
  const title = doc.page.title?.trim() ? oneLine(doc.page.title) : 'Quotes';
  const href = safeLinkUrl(doc.page.url);
  const lines = [`# ${href ? `[${title}](${href})` : title}`, ''];

  const facts = [
    doc.page.site?.trim() ? oneLine(doc.page.site) : '',
    doc.page.published?.trim() ? `published ${oneLine(doc.page.published)}` : '',
    `extracted ${oneLine(doc.extractedAt)} with QuoteLens ${oneLine(doc.generator.version)}`,
  ].filter(Boolean);
  lines.push(guardLineStart(facts.join(' · ')));
  if (!href && doc.page.url?.trim()) lines.push('', `Page: ${oneLine(doc.page.url)}`);
  lines.push('');

  if (doc.counts.quotes === 0) {
    lines.push('No quotes found on this page.', '');
  } else {
    const counts = [
      `${plural(doc.counts.statements, 'statement', 'statements')} from ${plural(speakers.length, 'speaker', 'speakers')}`,
      unattributed.length ? `${unattributed.length} with no speaker` : '',
      terms.length ? plural(terms.length, 'term', 'terms') : '',
    ].filter(Boolean);
    lines.push(counts.join(' · '), '');
  }

  for (const group of speakers) lines.push(...speakerSection(group));
  lines.push(...termsSection(terms), ...unattributedSection(unattributed));
  return wellFormed(`${lines.join('\n').replace(/\n+$/, '')}\n`);
}
