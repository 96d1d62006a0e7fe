import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toJson } from '@/utils/export/json';
import { buildExport, CONTEXT_PAD, EXPORT_SCHEMA, MAX_CONTEXT, paragraphContext, wikidataUrl } from '@/utils/export/model';
import schema from '@/utils/export/schema.json';
import { arbInput, input, quote, samplePage } from './helpers';
import { unsupportedKeywords, validate } from './mini-schema';

const S = schema as Record<string, unknown>;

describe('JSON export', () => {
  it('the schema uses only keywords the structural check implements', () => {
    expect(unsupportedKeywords(schema)).toEqual([]);
    expect(unsupportedKeywords({ type: 'string', format: 'date', properties: { a: { minLength: 1 } } })).toEqual(['#/format', '#/properties/a/minLength']);
  });

  it('the schema names the same version the writer writes', () => {
    expect((S.properties as Record<string, { const?: string }>).schema.const).toBe(EXPORT_SCHEMA);
    expect(EXPORT_SCHEMA).toBe('quotelens.export/1');
  });

  it('writes the sample page as expected', () => {
    const doc = JSON.parse(toJson(samplePage()));
    expect(validate(doc, S)).toEqual([]);
    expect(doc.schema).toBe('quotelens.export/1');
    expect(doc.generator).toEqual({ name: 'QuoteLens', version: '0.1.0' });
    expect(doc.page).toEqual({ url: 'https://example.com/news/truce?id=1', title: 'Trump and Xi agree a truce', site: 'Example News', published: '2025-10-30' });
    expect(doc.extractedAt).toBe('2025-10-31T09:30:00.000Z');
    expect(doc.counts).toEqual({ quotes: 6, statements: 5, terms: 1, speakers: 2, unattributed: 1 });
    expect(doc.quotes.map((q: { id: string; order: number }) => [q.order, q.id])).toEqual([
      [1, 'b1'], [2, 'a1'], [3, 't1'], [4, 'b2'], [5, 'b3'], [6, 'u1'],
    ]);
    expect(doc.quotes[0]).toEqual({
      id: 'b1',
      order: 1,
      text: 'There was no quid pro quo,',
      kind: 'statement',
      speaker: {
        name: 'Scott Bessent', mention: 'Bessent', source: 'cue', actorId: 'Q7436184',
        wikidataUrl: 'https://www.wikidata.org/wiki/Q7436184', role: 'Treasury Secretary', org: 'U.S. Treasury',
        country: 'US', roleSource: 'actors', listRole: null,
      },
      cue: 'said',
      confidence: 0.9,
      position: { blockIndex: 1, start: 0, end: 28 },
      context: { text: '"There was no quid pro quo," Treasury Secretary Scott Bessent said.', offset: 0, truncated: false, role: 'paragraph' },
    });
    expect(doc.quotes[2].speaker).toBeNull();
    expect(doc.quotes[5]).toMatchObject({ speaker: null, cue: null, confidence: 0.4 });
    expect(doc.speakers).toEqual([
      { key: 'actor:Q7436184', name: 'Scott Bessent', actorId: 'Q7436184', wikidataUrl: 'https://www.wikidata.org/wiki/Q7436184', role: 'Treasury Secretary', org: 'U.S. Treasury', quoteCount: 3, quoteIds: ['b1', 'b2', 'b3'] },
      { key: 'name:craig allen', name: 'Craig Allen', actorId: null, wikidataUrl: null, role: null, org: null, quoteCount: 1, quoteIds: ['a1'] },
    ]);
  });

  it('each quote’s position points at its marks in the context', () => {
    const doc = buildExport(samplePage());
    for (const q of doc.quotes) {
      const at = q.position.start - q.context!.offset;
      expect(q.context!.text.slice(at, q.position.end - q.context!.offset)).toBe(`"${q.text}"`);
    }
  });

  it('is two-space indented and ends with a newline', () => {
    const text = toJson(samplePage());
    expect(text.startsWith('{\n  "schema": "quotelens.export/1",\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('a page with no quotes and no meta is still valid', () => {
    const doc = JSON.parse(toJson(input([])));
    expect(validate(doc, S)).toEqual([]);
    expect(doc.page).toEqual({ url: null, title: null, site: null, published: null });
    expect(doc.quotes).toEqual([]);
  });

  it('a quote pointing at a missing block has null context', () => {
    const doc = buildExport(input([quote({ text: 'x', blockIndex: 7 })], [{ text: 'only one', role: 'paragraph' }]));
    expect(doc.quotes[0].context).toBeNull();
  });

  it('clamps and rounds confidence into 0..1', () => {
    const conf = (c: number) => buildExport(input([quote({ text: 'x', confidence: c })])).quotes[0].confidence;
    expect([conf(0.12345), conf(1.5), conf(-1), conf(Number.NaN)]).toEqual([0.123, 1, 0, 0]);
  });

  it.each([
    ['Q42', 'https://www.wikidata.org/wiki/Q42'],
    ['Q7436184', 'https://www.wikidata.org/wiki/Q7436184'],
    ['Q0', null],
    ['Q042', null],
    ['q42', null],
    ['Q42 ', null],
    ['P31', null],
    ['user:Q42', null],
    ['', null],
    [undefined, null],
  ])('wikidataUrl(%j) = %j', (id, url) => {
    expect(wikidataUrl(id)).toBe(url);
  });

  describe('paragraph context', () => {
    it('keeps a paragraph up to MAX_CONTEXT whole', () => {
      const text = 'a '.repeat(MAX_CONTEXT / 2);
      expect(paragraphContext({ text, role: 'paragraph' }, 10, 20)).toEqual({ text, offset: 0, truncated: false, role: 'paragraph' });
    });

    it('cuts a longer paragraph to whole words around the quote', () => {
      const words = Array.from({ length: 1000 }, (_, i) => `w${i}`).join(' ');
      const start = words.indexOf('w500');
      const end = start + 'w500 w501'.length;
      const ctx = paragraphContext({ text: words, role: 'paragraph' }, start, end);
      expect(ctx.truncated).toBe(true);
      expect(words.slice(ctx.offset, ctx.offset + ctx.text.length)).toBe(ctx.text);
      expect(ctx.offset).toBeLessThanOrEqual(start);
      expect(ctx.offset + ctx.text.length).toBeGreaterThanOrEqual(end);
      expect(ctx.text.length).toBeLessThanOrEqual(end - start + 2 * CONTEXT_PAD);
      expect(ctx.text.length).toBeGreaterThan(end - start + 2 * CONTEXT_PAD - 20);
      expect(ctx.text).toMatch(/^w\d+ .* w\d+$/);
      expect(words[ctx.offset - 1]).toBe(' ');
      expect(words[ctx.offset + ctx.text.length]).toBe(' ');
    });

    it('never splits a surrogate pair', () => {
      const text = '😀'.repeat(3000);
      const ctx = paragraphContext({ text, role: 'paragraph' }, 3001, 3003);
      expect(ctx.text.length % 2).toBe(0);
      expect(ctx.offset % 2).toBe(0);
      expect(ctx.text).toBe('😀'.repeat(ctx.text.length / 2));
    });
  });

  it('validates the schema’s own constraints: a broken document is rejected', () => {
    const good = JSON.parse(toJson(samplePage()));
    const broken: Array<[string, (d: any) => void]> = [
      ['wrong schema id', (d) => (d.schema = 'quotelens.export/2')],
      ['missing page', (d) => delete d.page],
      ['extra top-level key', (d) => (d.extra = 1)],
      ['url not string', (d) => (d.page.url = 5)],
      ['bad kind', (d) => (d.quotes[0].kind = 'quote')],
      ['speaker missing mention', (d) => delete d.quotes[0].speaker.mention],
      ['bad wikidata url', (d) => (d.quotes[0].speaker.wikidataUrl = 'javascript:alert(1)')],
      ['negative offset', (d) => (d.quotes[0].position.start = -1)],
      ['fractional order', (d) => (d.quotes[0].order = 1.5)],
      ['confidence above 1', (d) => (d.quotes[0].confidence = 2)],
      ['context not object', (d) => (d.quotes[0].context = 'text')],
      ['extra key in quote', (d) => (d.quotes[0].note = '')],
      ['bad roleSource', (d) => (d.quotes[0].speaker.roleSource = 'guess')],
      ['undefined-turned-missing key', (d) => delete d.quotes[0].cue],
    ];
    for (const [what, breakIt] of broken) {
      const doc = structuredClone(good);
      breakIt(doc);
      expect(validate(doc, S), what).not.toEqual([]);
    }
  });

  it('property: any input gives a document that validates and parses back to buildExport', () => {
    fc.assert(
      fc.property(arbInput, (inp) => {
        const text = toJson(inp);
        const doc = JSON.parse(text);
        expect(validate(doc, S)).toEqual([]);
        expect(doc).toEqual(buildExport(inp));
        expect(doc.quotes.length).toBe(inp.analysis.quotes.length);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
