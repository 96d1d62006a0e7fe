/** Builders and fast-check arbitraries shared by the export tests. */
import fc from 'fast-check';
import type { PageAnalysis } from '@/utils/messages';
import type { Block } from '@/utils/page/block';
import type { PageMeta, Quote, Speaker } from '@/utils/quote';
import type { ExportInput } from '@/utils/export/model';

let nextId = 0;

export function speaker(name: string, extra: Partial<Speaker> = {}): Speaker {
  return { name, mention: name.split(' ').pop() ?? name, source: 'cue', ...extra };
}

export function quote(fields: Partial<Quote> & Pick<Quote, 'text'>): Quote {
  return {
    id: fields.id ?? `q${nextId++}`,
    kind: 'statement',
    blockIndex: 0,
    start: 0,
    end: fields.text.length + 2,
    speaker: null,
    confidence: 0.9,
    ...fields,
  };
}

export function input(quotes: Quote[], blocks: Block[] = [], meta: PageMeta = {}, extra: Partial<PageAnalysis> = {}): ExportInput {
  return {
    analysis: { meta, quotes, paragraphs: {}, extractedAt: '2025-10-31T09:30:00.000Z', elapsedMs: 12, ...extra },
    blocks,
    version: '0.1.0',
  };
}

/** A small page in the shape of the sample: two named speakers, a pronoun, a term, an unnamed source. */
export function samplePage(): ExportInput {
  const blocks: Block[] = [
    { text: 'Trump and Xi agree a truce', role: 'heading' },
    { text: '"There was no quid pro quo," Treasury Secretary Scott Bessent said.', role: 'paragraph' },
    { text: 'Craig Allen said both sides were "clearly preparing for a summit meeting," and that the so-called "Hong Kong Parliament" was gone.', role: 'paragraph' },
    { text: '"We are in a very good place," he said. "All part of a mosaic," Bessent added.', role: 'paragraph' },
    { text: '"Talks will continue," a person familiar with the talks said.', role: 'paragraph' },
  ];
  const bessent = speaker('Scott Bessent', { actorId: 'Q7436184', role: 'Treasury Secretary', org: 'U.S. Treasury', roleSource: 'actors', country: 'US' });
  const quotes: Quote[] = [
    // Deliberately out of page order: exports must sort.
    quote({ id: 'b3', text: 'All part of a mosaic,', blockIndex: 3, start: 40, end: 63, speaker: { ...bessent, mention: 'Bessent' }, cue: 'added' }),
    quote({ id: 'b1', text: 'There was no quid pro quo,', blockIndex: 1, start: 0, end: 28, speaker: bessent, cue: 'said' }),
    quote({ id: 'a1', text: 'clearly preparing for a summit meeting,', blockIndex: 2, start: 33, end: 74, speaker: speaker('Craig Allen'), cue: 'said' }),
    quote({ id: 't1', text: 'Hong Kong Parliament', kind: 'term', blockIndex: 2, start: 98, end: 120 }),
    quote({ id: 'b2', text: 'We are in a very good place,', blockIndex: 3, start: 0, end: 30, speaker: { ...bessent, mention: 'he', source: 'pronoun' }, cue: 'said' }),
    quote({ id: 'u1', text: 'Talks will continue,', blockIndex: 4, start: 0, end: 22, speaker: null, confidence: 0.4 }),
  ];
  return input(quotes, blocks, { url: 'https://example.com/news/truce?id=1', title: 'Trump and Xi agree a truce', site: 'Example News', published: '2025-10-30' });
}

/** Strings that lean on the characters formats care about, mixed with arbitrary Unicode. */
export const nastyChar = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...'",\r\n\t=+-@\'#>*_`~[]()<!|$&%:.;0123456789 \\é€😀\u2028\u00a0\u202e\u200b'.split('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
);
export const nastyString = fc.oneof(fc.string({ unit: nastyChar, maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }));
export const optionalNasty = fc.option(nastyString, { nil: undefined });

export const arbSpeaker: fc.Arbitrary<Speaker> = fc.record(
  {
    name: nastyString,
    mention: nastyString,
    source: fc.constantFrom('cue', 'pronoun', 'continuation', 'context'),
    actorId: fc.oneof(fc.constantFrom('Q42', 'Q7436184', 'Q0', 'q5', 'user:1'), nastyString),
    role: nastyString,
    org: nastyString,
    country: nastyString,
    roleSource: fc.constantFrom('actors', 'page', 'user'),
    listRole: nastyString,
  },
  { requiredKeys: ['name', 'mention', 'source'] },
) as fc.Arbitrary<Speaker>;

export const arbBlock: fc.Arbitrary<Block> = fc.record({
  text: nastyString,
  role: fc.constantFrom('paragraph', 'heading', 'caption', 'credit', 'boilerplate'),
});

/** An input whose quotes point at existing blocks (or, sometimes, at a missing one). */
export const arbInput: fc.Arbitrary<ExportInput> = fc
  .record({
    blocks: fc.array(arbBlock, { minLength: 1, maxLength: 4 }),
    quotes: fc.array(
      fc.record({
        text: nastyString,
        kind: fc.constantFrom('statement', 'term'),
        blockIndex: fc.nat(4),
        start: fc.nat(60),
        length: fc.nat(60),
        speaker: fc.option(arbSpeaker, { nil: null }),
        cue: optionalNasty,
        confidence: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
      { maxLength: 6 },
    ),
    meta: fc.record({ url: nastyString, title: nastyString, site: nastyString, published: nastyString }, { requiredKeys: [] }),
    extractedAt: fc.oneof(fc.date({ noInvalidDate: true, min: new Date(0), max: new Date('9999-12-31') }).map((d) => d.toISOString()), nastyString),
    version: nastyString,
  })
  .map(({ blocks, quotes, meta, extractedAt, version }) => ({
    analysis: {
      meta,
      paragraphs: {},
      extractedAt,
      elapsedMs: 1,
      quotes: quotes.map(({ length, cue, ...q }, i) => ({ id: `q${i}`, ...q, ...(cue === undefined ? {} : { cue }), end: q.start + length }) as Quote),
    },
    blocks,
    version,
  }));
