import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvCell, toCsv } from '@/utils/export/csv';
import { wikidataUrl } from '@/utils/export/model';
import type { ExportInput } from '@/utils/export/model';
import { inPageOrder } from '@/utils/export/group';
import { arbInput, input, quote, samplePage, speaker } from './helpers';

const INJECTION_START = ['=', '+', '-', '@', '\t', '\r'];
const read = (csv: string): string[][] => parse(csv, { bom: true });

/**
 * What a reader should get back for each column, worked out from the input independently of the
 * writer (the test's oracle), before the injection prefix.
 */
function expectedRows(inp: ExportInput): string[][] {
  const { meta, extractedAt } = inp.analysis;
  return inPageOrder(inp.analysis.quotes).map((q, i) => {
    const s = q.speaker;
    const block = inp.blocks[q.blockIndex];
    const conf = Math.round(Math.min(1, Math.max(0, q.confidence)) * 1000) / 1000;
    const byColumn: Record<string, string> = {
      order: String(i + 1), kind: q.kind, speaker: s?.name ?? '', text: q.text, mention: s?.mention ?? '',
      role: s?.role ?? '', org: s?.org ?? '', country: s?.country ?? '', actor_id: s?.actorId ?? '',
      wikidata_url: s?.actorId && /^Q[1-9]\d*$/.test(s.actorId) ? `https://www.wikidata.org/wiki/${s.actorId}` : '',
      speaker_source: s?.source ?? '', cue: q.cue ?? '', confidence: String(conf),
      context: block ? block.text : '', block_index: String(q.blockIndex), start: String(q.start), end: String(q.end),
      quote_id: q.id, page_url: meta.url ?? '', page_title: meta.title ?? '', page_site: meta.site ?? '',
      page_published: meta.published ?? '', extracted_at: extractedAt,
    };
    return CSV_COLUMNS.map((c) => byColumn[c]);
  });
}

const withPrefix = (raw: string) => (INJECTION_START.some((c) => raw.startsWith(c)) ? `'${raw}` : raw);

describe('CSV export', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['"', '""""'],
    ['line\nbreak', '"line\nbreak"'],
    ['cr\rhere', '"cr\rhere"'],
    ['crlf\r\n', '"crlf\r\n"'],
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+1 555', "'+1 555"],
    ['-2', "'-2"],
    ['@cmd', "'@cmd"],
    ['\tlead tab', "'\tlead tab"],
    ['\rlead cr', `"'\rlead cr"`],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['a=b', 'a=b'],
    [' =lead space', ' =lead space'],
    ["'already", "'already"],
    ['café naïve 😀', 'café naïve 😀'],
    ['lone \uD800 half', 'lone \uFFFD half'],
    ['\uDC00=', '\uFFFD='],
  ])('csvCell(%j) = %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('writes the sample page: BOM, header, one CRLF-ended row per quote in page order', () => {
    const csv = toCsv(samplePage());
    expect(csv.startsWith('\uFEFForder,kind,speaker,text,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    // No field here holds a line break, so every line end is a record end and all are CRLF.
    expect(csv.split('\n').length - 1).toBe(7);
    expect(csv.split('\r\n').length - 1).toBe(7);
    const rows = read(csv);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.slice(1).map((r) => r[CSV_COLUMNS.indexOf('quote_id')])).toEqual(['b1', 'a1', 't1', 'b2', 'b3', 'u1']);
    const bessent = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1][i]]));
    expect(bessent).toMatchObject({
      order: '1', kind: 'statement', speaker: 'Scott Bessent', text: 'There was no quid pro quo,',
      role: 'Treasury Secretary', org: 'U.S. Treasury', actor_id: 'Q7436184',
      wikidata_url: wikidataUrl('Q7436184'), cue: 'said', confidence: '0.9', block_index: '1', start: '0', end: '28',
      page_url: 'https://example.com/news/truce?id=1', page_published: '2025-10-30', extracted_at: '2025-10-31T09:30:00.000Z',
      context: '"There was no quid pro quo," Treasury Secretary Scott Bessent said.',
    });
  });

  it('a quote that begins with = comes out prefixed, and accents survive as UTF-8', () => {
    const csv = toCsv(input([quote({ text: '=1+1', speaker: speaker('Zoë Ångström') })]));
    const rows = read(Buffer.from(csv, 'utf8').toString('utf8'));
    expect(rows[1][CSV_COLUMNS.indexOf('text')]).toBe("'=1+1");
    expect(rows[1][CSV_COLUMNS.indexOf('speaker')]).toBe('Zoë Ångström');
    expect([...Buffer.from(csv, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('can leave out the BOM (for the clipboard)', () => {
    expect(toCsv(input([]), { bom: false })).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
    expect(toCsv(input([]))).toBe(`\uFEFF${CSV_COLUMNS.join(',')}\r\n`);
  });

  it('the oracle notices a writer that forgets the prefix (this test can fail)', () => {
    const inp = input([quote({ text: '-1' })]);
    const unprefixed = toCsv(inp).replace("'-1", '-1');
    expect(read(unprefixed).slice(1)).not.toEqual(expectedRows(inp).map((r) => r.map(withPrefix)));
  });

  it('property: for arbitrary strings in every field, a CSV parser gives back the cells, prefixed exactly when dangerous', () => {
    fc.assert(
      fc.property(arbInput, (inp) => {
        const csv = toCsv(inp);
        expect(csv.startsWith('\uFEFF')).toBe(true);
        expect(csv.endsWith('\r\n')).toBe(true);
        const rows = read(csv);
        expect(rows[0]).toEqual([...CSV_COLUMNS]);
        const expected = expectedRows(inp);
        expect(rows.length).toBe(expected.length + 1);
        // A UTF-8 file cannot hold an unpaired surrogate: U+FFFD stands in, as TextEncoder does.
        const utf8 = (v: string) => new TextDecoder().decode(new TextEncoder().encode(v));
        expect(rows.slice(1)).toEqual(expected.map((row) => row.map((raw) => withPrefix(utf8(raw)))));
      }),
      { numRuns: 500 },
    );
  }, 60_000);

  it('property: line ends outside quoted fields are always CRLF', () => {
    fc.assert(
      fc.property(arbInput, (inp) => {
        // Drop quoted fields, then every remaining LF must follow a CR and every CR precede an LF.
        const outside = toCsv(inp).replace(/"(?:[^"]|"")*"/g, '');
        expect(outside).not.toMatch(/[^\r]\n|\r(?!\n)/);
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
