import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportFileName, FALLBACK_FILE_NAME, MAX_FILE_NAME_BYTES, MAX_FILE_NAME_LENGTH } from '@/utils/export/filename';
import { nastyString } from './helpers';

const AT = '2025-10-31T09:30:00.000Z';
const bytes = (s: string) => new TextEncoder().encode(s).length;

/** Every way a name can be unsafe somewhere (Windows, macOS, Linux, Chrome's downloads API). Null when safe. */
function unsafe(name: string, ext: string): string | null {
  if (!name.endsWith(`.${ext}`)) return 'wrong extension';
  const stem = name.slice(0, -ext.length - 1);
  if (stem === '') return 'empty';
  if (/[<>:"/\\|?*~]/.test(name)) return 'forbidden character';
  if (/[\p{Cc}\p{Cf}\p{Noncharacter_Code_Point}]/u.test(name)) return 'control, format or noncharacter';
  if (/[\uD800-\uDFFF]/.test(name.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ''))) return 'lone surrogate';
  if (/^[\s.]|[\s.]$/u.test(stem)) return 'space or dot at an end';
  if (/^(con|prn|aux|nul|conin\$|conout\$|clock\$|(com|lpt)[0-9¹²³])$/i.test(stem.split('.')[0].replace(/\s+$/u, ''))) return 'Windows device name';
  if (name.length > MAX_FILE_NAME_LENGTH) return 'too long';
  if (bytes(name) > MAX_FILE_NAME_BYTES) return 'too many bytes';
  if (name.normalize('NFC') !== name) return 'not NFC';
  return null;
}

describe('exportFileName', () => {
  it.each([
    ['CON', 'CON'], ['con.txt', 'con.txt'], ['LPT1 ', 'LPT1 '], ['COM¹', 'COM¹'], ['a/b', 'a/b'], ['x?', 'x?'], ['~x', '~x'],
    ['.hidden', '.hidden'], ['trail.', 'trail.'], ['trail ', 'trail '], ['bidi\u202E', 'bidi\u202E'], ['tab\there', 'tab\there'],
    ['e\u0301', 'e\u0301'], ['x'.repeat(200), 'long'], ['漢'.repeat(110), 'many bytes'],
  ])('the safety check rejects %j (so it can fail)', (stem) => {
    expect(unsafe(`${stem}.json`, 'json')).not.toBeNull();
  });

  it.each([
    { title: 'Trump and Xi agree a truce', ext: 'json', name: 'Trump and Xi agree a truce - 2025-10-31.json' },
    { title: 'US/China: "deal" or <no deal>? | Analysis*', ext: 'csv', name: 'US China deal or no deal Analysis - 2025-10-31.csv' },
    { title: '  ...Leading dots and spaces...  ', ext: 'md', name: 'Leading dots and spaces - 2025-10-31.md' },
    { title: 'CON', ext: 'json', name: '_CON - 2025-10-31.json' },
    { title: 'nul.tar', ext: 'json', name: '_nul.tar - 2025-10-31.json' },
    { title: 'Com1 ', ext: 'json', name: '_Com1 - 2025-10-31.json' },
    { title: 'CONSOLE wars', ext: 'json', name: 'CONSOLE wars - 2025-10-31.json' },
    { title: 'line\nbreak\ttab\u0000nul\u007f', ext: 'json', name: 'line break tab nul - 2025-10-31.json' },
    { title: 'soft\u00adhyphen, zero\u200bwidth, bidi\u202Etxt.exe', ext: 'json', name: 'softhyphen, zerowidth, biditxt.exe - 2025-10-31.json' },
    { title: 'Cafe\u0301 Zoe\u0308', ext: 'json', name: 'Café Zoë - 2025-10-31.json' },
    { title: '~/.ssh', ext: 'json', name: 'ssh - 2025-10-31.json' },
    { title: '', ext: 'json', name: `${FALLBACK_FILE_NAME} - 2025-10-31.json` },
    { title: undefined, ext: 'json', name: `${FALLBACK_FILE_NAME} - 2025-10-31.json` },
    { title: '???', ext: 'json', name: `${FALLBACK_FILE_NAME} - 2025-10-31.json` },
    { title: 'Plain', ext: '.md', name: 'Plain - 2025-10-31.md' },
    { title: 'Plain', ext: '', name: 'Plain - 2025-10-31' },
  ])('$title → $name', ({ title, ext, name }) => {
    expect(exportFileName({ title }, AT, ext)).toBe(name);
  });

  it.each([
    ['2025-10-31T23:30:00.000-02:00', 'T - 2025-11-01.json'],
    ['2025-10-31', 'T - 2025-10-31.json'],
    ['not a date', 'T.json'],
    ['1', 'T.json'],
    ['', 'T.json'],
  ])('extractedAt %j gives %j', (at, name) => {
    expect(exportFileName({ title: 'T' }, at, 'json')).toBe(name);
  });

  it('cuts a long title at a word, within 120 units, keeping the date and extension', () => {
    const title = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    const name = exportFileName({ title }, AT, 'json');
    expect(name.length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
    expect(name).toMatch(/^word0 word1 .* word\d+ - 2025-10-31\.json$/);
    expect(title.startsWith(name.replace(' - 2025-10-31.json', ''))).toBe(true);
    expect(title[name.replace(' - 2025-10-31.json', '').length]).toBe(' ');
  });

  it('cuts CJK and emoji titles on whole characters, within the byte budget', () => {
    for (const title of ['漢字'.repeat(100), '👍🏽'.repeat(50), '🇳🇿'.repeat(80), 'e\u0301'.repeat(130)]) {
      const name = exportFileName({ title }, AT, 'json');
      expect(unsafe(name, 'json')).toBeNull();
      const stem = name.replace(' - 2025-10-31.json', '');
      expect(title.normalize('NFC').startsWith(stem)).toBe(true);
      // Whole graphemes: the stem is a whole number of the repeated unit.
      const unit = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(title.normalize('NFC'))][0].segment;
      expect(stem.length % unit.length).toBe(0);
    }
  });

  it('drops zero-width joiners with the other format characters, as Chrome’s downloads API requires', () => {
    expect(exportFileName({ title: 'family 👨‍👩‍👧' }, AT, 'json')).toBe('family 👨👩👧 - 2025-10-31.json');
  });

  it('a cut that ends in a dot or space is tidied again', () => {
    expect(exportFileName({ title: `${'a'.repeat(90)}. ${'b'.repeat(30)}` }, AT, 'json')).toBe(`${'a'.repeat(90)} - 2025-10-31.json`);
  });

  /** Titles that hit each rule often: device names, long multi-byte text, dots and spaces near the cut. */
  const riskyTitle = fc.oneof(
    nastyString,
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc.tuple(fc.constantFrom('CON', 'prn', 'Aux', 'NUL', 'COM1', 'lpt9', 'COM²', 'CONIN$'), fc.constantFrom('', ' ', '.', '.txt', ' .x', '  ', '..')).map(([a, b]) => a + b),
    fc.array(fc.constantFrom('漢字', 'é', 'e\u0301', '👍🏽', '🇳🇿', ' ', '.', '. ', 'word', '\u200b', '~', ':'), { maxLength: 150 }).map((p) => p.join('')),
    fc
      .array(fc.oneof({ weight: 8, arbitrary: fc.constant('漢') }, { weight: 1, arbitrary: fc.constantFrom(' ', '.', '. ', '👍🏽', 'é') }), { minLength: 60, maxLength: 150 })
      .map((p) => p.join('')),
  );

  it('property: arbitrary titles give names matching the safe pattern', () => {
    fc.assert(
      fc.property(
        riskyTitle,
        fc.constantFrom('json', 'csv', 'md'),
        fc.oneof(fc.constant(AT), nastyString),
        (title, ext, at) => {
          const name = exportFileName({ title }, at, ext);
          expect(unsafe(name, ext), JSON.stringify(name)).toBeNull();
        },
      ),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('property: a title that is already safe and short is kept as it is', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ,'()!-]{0,60}[A-Za-z0-9]$/), (title) => {
        fc.pre(!/ {2}/.test(title) && unsafe(`${title}.json`, 'json') === null);
        expect(exportFileName({ title }, AT, 'json')).toBe(`${title} - 2025-10-31.json`);
      }),
    );
  }, 60_000);
});
