/**
 * Reading the page: DOM → blocks (text, role, map back to text nodes). Pure DOM reading: every
 * function takes the document or element it reads, never changes it, and uses no extension API,
 * so the content script, the command-line extractor and the tests run the same code.
 *
 *   const gate = looksLikeArticle(document);            // < 1 ms
 *   if (!gate.article) return;
 *   const read = await readPageAsync(document);          // or readPage(document) on small pages
 *   const range = rangeFor(read, q.blockIndex, q.start, q.end);
 */
export type { Block, BlockFacts, BlockRole, Placed, RawBlock, TreeElement, WalkedPage } from './block';
export { NON_PROSE_ROLES, RAW } from './block';
export type { PageFacts, PageRead, ReadOptions, TextSegment } from './types';
export { hiddenByStyle } from './types';
export { PageReader, readFrom } from './reader';
export { placeBlocks, placedBlocks } from './decide';
export { describePage } from './describe';
export { readPage, readPageAsync, type AsyncReadOptions } from './read';
export { locate, rangeFor, positionOf, type DomPosition, type BlockPosition } from './locate';
export { looksLikeArticle, type ArticleVerdict, type GateOptions } from './gate';
export { readPageMeta, toIsoDate } from './meta';
