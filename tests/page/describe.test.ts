// The walk's plain data (block.ts WalkedPage) and describePage, which finds the article in it away
// from the page: the tree must say what the DOM says, and the background must find the same
// article in the data it receives as the walk's own.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describePage, PageReader, placeBlocks, readFrom, readPage, type PageFacts } from '@/utils/page';
import { sameWalk, type WalkedPage } from '@/utils/page/block';
import { docFrom, ENGINES, newsPage } from './dom';

const SEED = readFileSync(new URL('../fixtures/seed/page.html', import.meta.url), 'utf8');
const PROSE = 'The council voted on Tuesday to expand the harbour, a decision that had been delayed for three years, officials said, and the mayor welcomed it.';

const PAGES: Array<[string, string]> = [
  ['the sample page', SEED],
  ['a news page', newsPage('<figure><img src="x.jpg"><figcaption>The harbour at dawn. Photo: Ann Lee</figcaption></figure>')],
  ['a listing of articles', `<html><body><main>${[1, 2, 3].map((i) => `<article><h2>Story ${i}</h2><p>${PROSE}</p></article>`).join('')}</main></body></html>`],
  ['prose only inside navigation', `<html><body><nav><div><p>${PROSE}</p><p>${PROSE}</p></div></nav></body></html>`],
  ['text right in the body', `<html><body>${PROSE}<br><br>${PROSE}</body></html>`],
];

const walk = (html: string, engine: (typeof ENGINES)[number], withZones = false): PageFacts => new PageReader(docFrom(html, engine), { withZones }).facts();

describe('the walk’s tree', () => {
  it.each(PAGES.flatMap(([name, html]) => ENGINES.map((e) => [name, e, html] as const)))('%s (%s): each block’s ancestors, as the DOM has them', (_name, engine, html) => {
    const first = walk(html, engine);
    const facts = first.page.raws.length ? first : walk(html, engine, true);
    const { raws, tree } = facts.page;
    expect(raws.length).toBeGreaterThan(0);
    raws.forEach((raw, i) => {
      let el: Element | null = facts.elements[i];
      for (let id = raw.el; id !== -1; id = tree[id].parent) {
        expect(el).not.toBeNull();
        expect(tree[id].tag).toBe(el!.localName);
        expect(tree[id].children).toBe(el!.children.length);
        expect(tree[id].cls).toBe(id === 0 && el!.localName === 'html' ? '' : (el!.getAttribute('class') ?? ''));
        el = el!.parentElement;
      }
      expect(el).toBeNull();
    });
    // parents before children: the tree has no cycle
    tree.forEach((e, i) => expect(e.parent).toBeLessThan(i));
  });

  it('every <article> is in it, even one the walk does not go into', () => {
    const html = `<html><body><main><article><p>${PROSE}</p></article><nav><article><p>Teaser</p></article></nav><div hidden><article></article></div></main></body></html>`;
    const { tree } = walk(html, 'happy-dom').page;
    expect(tree.filter((e) => e.tag === 'article')).toHaveLength(3);
  });
});

describe('describePage', () => {
  it.each(PAGES.flatMap(([name, html]) => ENGINES.map((e) => [name, e, html] as const)))('%s (%s): the same from the data as sent (a structured copy)', (_name, engine, html) => {
    const { page } = walk(html, engine);
    expect(describePage(structuredClone(page))).toEqual(describePage(page));
  });

  it('asks for the zones when no article is found outside them, and finds it with them', () => {
    const html = PAGES[3][1];
    const first = walk(html, 'happy-dom');
    expect(first.page.zonesLeftOut).toBe(true);
    expect(describePage(first.page)).toBeNull();
    const again = walk(html, 'happy-dom', true);
    expect(again.page.zonesLeftOut).toBe(false);
    const read = readFrom(again, placeBlocks(describePage(again.page)!));
    expect(read.blocks.map((b) => b.text)).toEqual([PROSE, PROSE]);
    expect(readPage(docFrom(html)).blocks).toEqual(read.blocks);
  });

  it('a page without a body or blocks describes nothing', () => {
    const empty: WalkedPage = { raws: [], tree: [], top: -1, zonesLeftOut: false };
    expect(describePage(empty)).toEqual([]);
  });
});

describe('sameWalk', () => {
  it('is true for two walks of the same page, false when its text or its classes change', () => {
    const a = walk(SEED, 'linkedom').page;
    expect(sameWalk(a, walk(SEED, 'linkedom').page)).toBe(true);
    expect(sameWalk(a, walk(SEED.replace('class="article-body"', 'class="article-body wide"'), 'linkedom').page)).toBe(false);
    const edited = walk(SEED.replace('Nvidia', 'NVIDIA'), 'linkedom').page;
    expect(sameWalk(a, edited)).toBe(false);
  });
});
