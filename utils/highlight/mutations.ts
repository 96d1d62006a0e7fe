/**
 * Which page mutations matter: text changed inside a block we read, a block went away, or new
 * text arrived anywhere. Our own elements (the card's host, our style, the fallback's marks)
 * never count; the content script also drops the records of its own fallback painting with
 * `observer.takeRecords()`, so our own changes never trigger a rescan. Works on
 * MutationRecord-shaped data, so it is unit-tested without a browser.
 */
import { STYLE_ATTR } from './style';

export interface MutationLike {
  type: string;
  target: Node;
  addedNodes: ArrayLike<Node>;
  removedNodes: ArrayLike<Node>;
}

/** Our own elements: `quotelens-*` (the card's host, the fallback's marks) and `[data-quotelens]`. */
export function isOwnNode(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  return el.localName.startsWith('quotelens-') || el.hasAttribute(STYLE_ATTR);
}

/** Under one of `blocks` (the elements the last read took text from). */
function insideBlock(node: Node | null, blocks: ReadonlySet<Node>): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) if (blocks.has(n)) return true;
  return false;
}

const SKIP_TEXT = new Set(['script', 'style', 'noscript', 'template']);

/** Non-space characters of text in `node`, counting no further than `enough`. */
function textIn(node: Node, enough: number): number {
  let text: string;
  if (node.nodeType === 3) text = node.nodeValue ?? '';
  else if (node.nodeType !== 1 || isOwnNode(node) || SKIP_TEXT.has((node as Element).localName)) return 0;
  else text = (node as Element).textContent ?? '';
  let n = 0;
  for (let i = 0; i < text.length && n < enough; i++) if (text.charCodeAt(i) > 32) n++;
  return n;
}

function containsBlock(node: Node, blocks: ReadonlySet<Node>): boolean {
  if (blocks.has(node)) return true;
  for (const b of blocks) if (node.contains(b)) return true;
  return false;
}

export interface RelevanceOptions {
  /** Elements of the last read's blocks. */
  blocks: ReadonlySet<Node>;
  /** New text outside known blocks counts from this many characters (default 20). */
  minNewText?: number;
}

/**
 * True when a batch of mutations may change what the page reader reads: text changed or nodes
 * came or went inside a known block, a known block was removed, or at least `minNewText`
 * characters of text arrived. Nodes of our own are ignored (added, removed, or as the target).
 */
export function mutationsMatter(records: ArrayLike<MutationLike>, options: RelevanceOptions): boolean {
  const minNewText = options.minNewText ?? 20;
  const { blocks } = options;
  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    if (r.type === 'characterData') {
      if (insideBlock(r.target, blocks) || textIn(r.target, minNewText) >= minNewText) return true;
      continue;
    }
    if (r.type !== 'childList' || isOwnNode(r.target)) continue;
    const added = Array.from(r.addedNodes).filter((n) => !isOwnNode(n));
    const removed = Array.from(r.removedNodes).filter((n) => !isOwnNode(n));
    if (!added.length && !removed.length) continue;
    if (insideBlock(r.target, blocks)) return true;
    for (const n of removed) if (n.nodeType === 1 && containsBlock(n, blocks)) return true;
    for (const n of added) if (textIn(n, minNewText) >= minNewText) return true;
  }
  return false;
}
