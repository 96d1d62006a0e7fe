/**
 * File names for exports: from the page title and the extraction date, safe on Windows, macOS and
 * Linux and accepted by Chrome's downloads API, which is stricter than any of them (it also refuses
 * `~`, invisible format characters and whitespace or dots at either end).
 */
import type { PageMeta } from '../quote';

export const FALLBACK_FILE_NAME = 'quotelens-export';
/** Whole name, extension included, in UTF-16 units (what JavaScript and NTFS count). */
export const MAX_FILE_NAME_LENGTH = 120;
/** Whole name in UTF-8 bytes: ext4, APFS and most Linux file systems stop at 255. */
export const MAX_FILE_NAME_BYTES = 255;

/** Characters no file name may hold: Windows' forbidden set, Chrome's `~`, and C0/C1 controls. */
const FORBIDDEN = /[<>:"/\\|?*~\p{Cc}]/gu;
/** Invisible format characters (bidi overrides, zero-width joiners, soft hyphens) and noncharacters. */
const INVISIBLE = /[\p{Cf}\p{Noncharacter_Code_Point}]/gu;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Device names Windows reserves, with or without an extension, in any case. */
const RESERVED = /^(con|prn|aux|nul|conin\$|conout\$|clock\$|(com|lpt)[0-9¹²³])$/i;

const utf8Length = (s: string) => new TextEncoder().encode(s).length;

/** Trims whitespace (any Unicode space) and dots from both ends; strips a Windows device name. */
function tidy(stem: string): string {
  let s = stem.replace(/^[\s.]+|[\s.]+$/gu, '');
  // Windows looks at the part before the first dot, ignoring trailing spaces: "CON .x" is CON.
  const head = s.split('.')[0].replace(/\s+$/u, '');
  if (RESERVED.test(head)) s = `_${s}`;
  return s;
}

/** Cuts `s` to fit both budgets, on whole grapheme clusters, at a word break when one is near. */
function truncate(s: string, maxUnits: number, maxBytes: number): string {
  if (s.length <= maxUnits && utf8Length(s) <= maxBytes) return s;
  const graphemes =
    typeof Intl !== 'undefined' && 'Segmenter' in Intl
      ? Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(s), (g) => g.segment)
      : Array.from(s);
  let out = '';
  let bytes = 0;
  for (const g of graphemes) {
    const b = utf8Length(g);
    if (out.length + g.length > maxUnits || bytes + b > maxBytes) break;
    out += g;
    bytes += b;
  }
  const space = out.lastIndexOf(' ');
  return space >= out.length * 0.6 ? out.slice(0, space) : out;
}

/**
 * A file name such as `Trump and Xi agree a truce - 2025-10-31.json`: the page title (or
 * `quotelens-export` when it has none that survives cleaning) and the UTC date of `extractedAt`
 * (left out when it is not a date). The result is NFC, has no forbidden, control or invisible
 * character, no whitespace or dot at either end of the name or before the extension, is not a
 * Windows device name, and is at most 120 UTF-16 units and 255 UTF-8 bytes, extension included.
 * `ext` is reduced to ASCII letters and digits (at most 10); an empty one gives no extension.
 */
export function exportFileName(meta: PageMeta, extractedAt: string, ext: string): string {
  const extension = ext.replace(/[^A-Za-z0-9]/g, '').slice(0, 10);
  const suffix = extension ? `.${extension}` : '';
  // Only ISO dates: Date.parse also accepts loose forms ("1" is 2001 in V8).
  const time = /^\d{4}-\d{2}-\d{2}(?:T|$)/.test(extractedAt) ? Date.parse(extractedAt) : Number.NaN;
  const date = Number.isNaN(time) ? '' : ` - ${new Date(time).toISOString().slice(0, 10)}`;

  const title = (meta.title ?? '')
    .replace(LONE_SURROGATE, '')
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(FORBIDDEN, ' ')
    .replace(/\s+/gu, ' ');
  const maxUnits = MAX_FILE_NAME_LENGTH - date.length - suffix.length;
  const maxBytes = MAX_FILE_NAME_BYTES - utf8Length(date) - utf8Length(suffix);
  // Tidy, cut, and tidy again: the cut can leave a dot or space at the end.
  const base = tidy(truncate(tidy(title), maxUnits, maxBytes)) || FALLBACK_FILE_NAME;
  // Re-normalising is a no-op on NFC text cut at grapheme boundaries; it is kept as a guarantee.
  return `${tidy(truncate(base, maxUnits, maxBytes))}${date}${suffix}`.normalize('NFC');
}
