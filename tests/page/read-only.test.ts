import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { looksLikeArticle, positionOf, rangeFor, readPage, readPageAsync, readPageMeta } from '@/utils/page';
import { docFrom, ENGINES, happyDoc } from './dom';

const SEED = readFileSync(new URL('../fixtures/seed/page.html', import.meta.url), 'utf8');

describe.each(ENGINES)('reading never changes the page (%s)', (engine) => {
  it('leaves the serialized document identical', async () => {
    const doc = docFrom(SEED, engine);
    const before = doc.documentElement.outerHTML;
    looksLikeArticle(doc);
    readPageMeta(doc);
    const read = readPage(doc);
    await readPageAsync(doc, { sliceMs: 0.01 });
    if (engine === 'happy-dom') {
      const range = rangeFor(read, 3, 0, 20, doc)!;
      positionOf(read, range.startContainer, range.startOffset);
    }
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

it('causes no DOM mutation records', async () => {
  const doc = happyDoc(SEED);
  const records: unknown[] = [];
  const view = doc.defaultView as unknown as { MutationObserver: typeof MutationObserver };
  const observer = new view.MutationObserver((list) => records.push(...list));
  observer.observe(doc, { subtree: true, childList: true, attributes: true, characterData: true });
  looksLikeArticle(doc);
  readPageMeta(doc);
  readPage(doc);
  await new Promise((r) => setTimeout(r, 0));
  records.push(...observer.takeRecords());
  observer.disconnect();
  expect(records).toEqual([]);
});
