/**
 * The three formats on the real sample page (the seed fixture's text and its hand-made gold quotes):
 * the JSON validates and holds every quote, the CSV parses back into the same rows, and the Markdown
 * holds every quote.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, toCsv, toJson, toMarkdown } from '@/utils/export';
import schema from '@/utils/export/schema.json';
import type { Block } from '@/utils/page/block';
import type { Quote } from '@/utils/quote';
import { input, speaker } from './helpers';
import { unescape } from './markdown-check';
import { validate } from './mini-schema';

interface Gold {
  quotes: Array<{ text: string; kind: 'statement' | 'term'; speaker?: { name: string } }>;
}

const dir = new URL('../fixtures/seed/', import.meta.url);
const lines = readFileSync(new URL('daily8-nvidia-h20.txt', dir), 'utf8').split('\n').filter((l) => l.trim() !== '');
const gold = JSON.parse(readFileSync(new URL('gold.json', dir), 'utf8')) as Gold;
const blocks: Block[] = lines.map((text, i) => ({ text, role: i === 0 ? 'heading' : 'paragraph' }));

/** Every occurrence of every gold quote, placed where its text is in the page. */
const quotes: Quote[] = gold.quotes.flatMap((g, gi) => {
  const found: Quote[] = [];
  blocks.forEach((b, blockIndex) => {
    for (let at = b.text.indexOf(g.text); at >= 0; at = b.text.indexOf(g.text, at + 1)) {
      found.push({
        id: `g${gi}-${found.length}`,
        text: g.text,
        kind: g.kind,
        blockIndex,
        start: at - 1,
        end: at + g.text.length + 1,
        speaker: g.speaker ? speaker(g.speaker.name) : null,
        cue: g.speaker ? 'said' : undefined,
        confidence: 1,
      });
    }
  });
  return found;
});
const page = input(quotes, blocks, { url: 'https://example.com/daily8', title: lines[0], site: 'Example', published: '2025-08-15' });

describe('exports of the sample page', () => {
  it('found every gold quote in the page text', () => {
    expect(new Set(quotes.map((q) => q.text)).size).toBe(new Set(gold.quotes.map((g) => g.text)).size);
    expect(quotes.length).toBeGreaterThanOrEqual(gold.quotes.length);
  });

  it('JSON validates and holds every quote and speaker', () => {
    const doc = JSON.parse(toJson(page));
    expect(validate(doc, schema as Record<string, unknown>)).toEqual([]);
    expect(doc.quotes.map((q: { id: string }) => q.id).sort()).toEqual(quotes.map((q) => q.id).sort());
    const names = new Set(quotes.filter((q) => q.kind === 'statement' && q.speaker).map((q) => q.speaker!.name));
    expect(new Set(doc.speakers.map((s: { name: string }) => s.name))).toEqual(names);
  });

  it('CSV parses back into one row per quote with the same text and speaker', () => {
    const rows = parse(toCsv(page), { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(Object.keys(rows[0])).toEqual([...CSV_COLUMNS]);
    expect(rows.map((r) => [r.quote_id, r.text, r.speaker]).sort()).toEqual(
      quotes.map((q) => [q.id, q.text, q.speaker?.name ?? '']).sort(),
    );
  });

  it('Markdown holds every quote', () => {
    const md = toMarkdown(page);
    const quoted = new Set<string>();
    for (const line of md.split('\n')) {
      if (line.startsWith('> ')) quoted.add(unescape(line.slice(2)));
      const term = /^- “(.*)”$/.exec(line);
      if (term) quoted.add(unescape(term[1]));
    }
    for (const q of quotes) expect(quoted, q.text).toContain(q.text);
  });
});
