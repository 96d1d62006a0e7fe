import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { looksLikeArticle, readPage, readPageMeta } from '@/utils/page';
import { docFrom, ENGINES } from './dom';

const SEED = readFileSync(new URL('../fixtures/seed/page.html', import.meta.url), 'utf8');
const GOLD = JSON.parse(readFileSync(new URL('../fixtures/seed/gold.json', import.meta.url), 'utf8')) as {
  quotes: { text: string }[];
  not_speakers: string[];
};

describe.each(ENGINES)('the sample page (%s)', (engine) => {
  const doc = docFrom(SEED, engine);
  const { blocks } = readPage(doc);
  const ofRole = (role: string): string[] => blocks.filter((b) => b.role === role).map((b) => b.text);
  const roleOf = (text: string): string | undefined => blocks.find((b) => b.text === text)?.role;

  it('is an article', () => {
    expect(looksLikeArticle(doc).article).toBe(true);
  });

  it('has every gold quote whole inside one paragraph block', () => {
    const paragraphs = ofRole('paragraph');
    const missing = GOLD.quotes.map((q) => q.text).filter((t) => !paragraphs.some((p) => p.includes(t)));
    expect(missing).toEqual([]);
  });

  it('reads the title, subheads and teaser headlines as headings', () => {
    const headings = ofRole('heading');
    expect(headings[0]).toBe('As Trump courts a more assertive Beijing, China hawks are losing out');
    expect(headings).toContain('A Chinese bargaining chip');
    expect(headings).toContain('Dealmakers in the White House');
    expect(headings).toContain('Hong Kong issues arrest warrants for 19 overseas activists accused of subversion');
  });

  it('gives captions and credits their roles', () => {
    expect(roleOf('By The New York Times · July 26, 2025')).toBe('credit');
    for (const name of ['Haiyun Jiang', 'Mike Kai Chen', 'Erin Schaff']) expect(roleOf(`${name} / The New York Times`)).toBe('credit');
    const captions = ofRole('caption');
    expect(captions).toHaveLength(5);
    expect(captions[0]).toMatch(/^U\.S\. President Donald Trump, hosting a digital assets summit.*on March 7\.$/);
    expect(captions[3]).toMatch(/^Images of five activists .* December 14, 2023\.$/);
    expect(captions[4]).toBe("Japan's top tariff negotiator, Ryosei Akazwa, enters the Prime Minister's Office in Tokyo on Thursday.");
    expect(roleOf('REUTERS/Tyrone Siu')).toBe('credit');
    expect(roleOf('By Jessie Pang')).toBe('credit');
    expect(roleOf('JIJI')).toBe('credit');
  });

  it('keeps photographers and bylines out of paragraphs', () => {
    const paragraphs = ofRole('paragraph');
    for (const name of GOLD.not_speakers) expect(paragraphs.filter((p) => p.includes(name))).toEqual([]);
  });

  it('reads the related-article teasers as paragraphs', () => {
    const paragraphs = ofRole('paragraph');
    expect(paragraphs.some((p) => p.startsWith("Hong Kong's national security police announced arrest warrants"))).toBe(true);
    expect(paragraphs.some((p) => p.startsWith('NHK has learned that at least 19 subcontractors'))).toBe(true);
    expect(paragraphs.some((p) => p.startsWith('There is no plan to issue a joint document'))).toBe(true);
    expect(paragraphs.some((p) => p.startsWith('However, a document released by the Japanese government'))).toBe(true);
  });

  it('leaves out navigation, the search form, comments and the footer', () => {
    const all = blocks.map((b) => b.text).join('\n');
    expect(all).not.toMatch(/Home World Business/);
    expect(blocks.some((b) => b.text === 'Daily8')).toBe(false);
    expect(all).not.toContain('No comments yet');
    expect(all).not.toContain('Add a comment');
    expect(all).not.toContain('All rights reserved');
    expect(all).not.toContain('Summarize this article');
  });

  it('keeps the article chrome as boilerplate', () => {
    expect(roleOf('Explore what Daily8 AI can do for you:')).toBe('boilerplate');
  });

  it('maps every block, split ones included, back to the text nodes it came from', () => {
    const read = readPage(doc);
    read.blocks.forEach((block, i) => {
      let rebuilt = '';
      let last = 0;
      for (const seg of read.segments[i]) {
        rebuilt += block.text.slice(last, seg.start).replace(/\S/g, '?');
        rebuilt += seg.node.data.slice(seg.nodeOffset, seg.nodeOffset + (seg.end - seg.start)).replace(/\s/g, ' ');
        last = seg.end;
      }
      // Only whitespace (collapsed runs, <br>) lies between segments.
      expect(rebuilt).toBe(block.text.slice(0, last).replace(/\s/g, ' '));
      expect(last).toBe(block.text.length);
    });
  });

  it('reads the metadata', () => {
    expect(readPageMeta(doc, 'https://daily8.example/story')).toEqual({
      url: 'https://daily8.example/story',
      title: 'As Trump courts a more assertive Beijing, China hawks are losing out',
      site: 'Daily8',
      published: '2025-07-26',
    });
  });
});

it('reads the same blocks in happy-dom and linkedom', () => {
  expect(readPage(docFrom(SEED, 'linkedom')).blocks).toEqual(readPage(docFrom(SEED, 'happy-dom')).blocks);
});
