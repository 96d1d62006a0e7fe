/**
 * Node helper: HTML text → blocks and metadata, through the same `readPage` the content script
 * runs. linkedom parses (fast, no layout, no scripts); the reader needs nothing it lacks.
 */
import { parseHTML } from 'linkedom';
import type { Block } from '../utils/page/block';
import { readPage } from '../utils/page/read';
import { readPageMeta } from '../utils/page/meta';
import type { PageMeta } from '../utils/quote';

export function parseHtmlDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export function blocksFromHtml(html: string, url?: string): { blocks: Block[]; meta: PageMeta } {
  const doc = parseHtmlDocument(html);
  const { blocks } = readPage(doc);
  return { blocks, meta: readPageMeta(doc, url) };
}
