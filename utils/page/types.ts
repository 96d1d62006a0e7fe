import type { Block, WalkedPage } from './block';

/**
 * One linear piece of a block's text: block characters [start, end) are the node's characters
 * [nodeOffset, nodeOffset + (end - start)). Whitespace that was collapsed, soft hyphens and the
 * line breaks made for `<br>` fall between segments.
 */
export interface TextSegment {
  node: Text;
  start: number;
  end: number;
  nodeOffset: number;
}

export interface PageRead {
  /** Blocks in reading order: plain data, what the engine and the CLI consume. */
  blocks: Block[];
  /** Parallel to `blocks`: where each block's text lives in the DOM. */
  segments: TextSegment[][];
  /** Parallel to `blocks`: the element each block was read from (its nearest block container). */
  elements: Element[];
}

/** What the walk gives (PageReader.facts): the page as plain data, and where each raw block's text lives. */
export interface PageFacts {
  /** The raw blocks in reading order and the elements around them (see block.ts). */
  page: WalkedPage;
  /** Parallel to `page.raws`: where each block's text lives in the DOM. */
  segments: TextSegment[][];
  /** Parallel to `page.raws`: the element each block was read from (its nearest block container). */
  elements: Element[];
}

export interface ReadOptions {
  /**
   * Extra visibility test for block-level elements (the content script may pass one based on
   * `el.checkVisibility()`); attributes and inline styles are always checked.
   */
  isHidden?: (el: Element) => boolean;
  /** Clock for time slicing (defaults to `performance.now`). */
  now?: () => number;
  /** Walk the page's zones too (navigation, footers, comments …): when no article was found outside them. */
  withZones?: boolean;
}

/**
 * An `isHidden` for a live browser page: true when the page's own CSS hides the element
 * (`display: none` on it or an ancestor, `content-visibility: hidden`). Uses
 * `Element.checkVisibility()` (Chrome 105+, Firefox 106+); false where it is missing.
 */
export function hiddenByStyle(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return typeof check === 'function' ? !check.call(el) : false;
}
