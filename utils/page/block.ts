/**
 * A block of page text in reading order: what the page reader produces and what the
 * engine consumes. Plain data, so it crosses the message boundary unchanged.
 */
export type BlockRole =
  | 'paragraph' // article prose (quotes here are attributed)
  | 'heading' // titles and subheads: never a source of speakers
  | 'caption' // photo captions: names here are not speakers
  | 'credit' // photo credits and bylines: never speakers
  | 'boilerplate'; // navigation, footers, comments, "related" chrome we still read but trust less

export interface Block {
  text: string;
  role: BlockRole;
}

/** Roles whose names must never become speakers or pronoun antecedents. */
export const NON_PROSE_ROLES: ReadonlySet<BlockRole> = new Set(['heading', 'caption', 'credit']);

/**
 * A block as the page walk found it: its text, and where it sits, as ids into the walk's
 * tree (`TreeElement`). Plain data: the content script sends it to the background, which finds the article
 * (`describePage`, describe.ts) and decides the roles (`placeBlocks`, decide.ts) away from the
 * page's main thread.
 */
export interface RawBlock {
  text: string;
  /** Characters of `text` inside links. */
  linkLength: number;
  /** The element bits (classify.ts `F`) of the block and everything around it. */
  flags: number;
  /** Tree ids: the block's element, and the innermost zone, sidebar, boilerplate container and role element (caption, credit, figure) around it; -1 when none. */
  el: number;
  zone: number;
  aside: number;
  boiler: number;
  role: number;
}

/**
 * An element the walk went into that matters for finding the article: an ancestor of a block,
 * an `<article>`, or an element the walk left out that holds one. Ids are indexes into the tree,
 * a parent always before its children.
 */
export interface TreeElement {
  /** The parent's id; -1 for the first element (the parent of the walked root, or the root). */
  parent: number;
  tag: string;
  /** The class and id attributes ('' when absent): Readability's class weights. */
  cls: string;
  id: string;
  /** `role="article"`. */
  article: boolean;
  /** How many element children it has (all of them, read or not). */
  children: number;
}

/** What a page walk gives, as plain data. */
export interface WalkedPage {
  raws: RawBlock[];
  tree: TreeElement[];
  /** The walked root's id (`<body>`). */
  top: number;
  /** Zones (navigation, footers, comments …) were not walked: walk again with them when no article is found outside them. */
  zonesLeftOut: boolean;
}

/** The same walk: the background would describe, place and analyse it the same way. */
export function sameWalk(a: WalkedPage, b: WalkedPage): boolean {
  if (a.raws.length !== b.raws.length || a.tree.length !== b.tree.length || a.top !== b.top || a.zonesLeftOut !== b.zonesLeftOut) return false;
  for (let i = 0; i < a.raws.length; i++) {
    const x = a.raws[i];
    const y = b.raws[i];
    if (x.text !== y.text || x.flags !== y.flags || x.linkLength !== y.linkLength || x.el !== y.el || x.zone !== y.zone || x.aside !== y.aside || x.boiler !== y.boiler || x.role !== y.role) return false;
  }
  for (let i = 0; i < a.tree.length; i++) {
    const x = a.tree[i];
    const y = b.tree[i];
    if (x.parent !== y.parent || x.tag !== y.tag || x.cls !== y.cls || x.id !== y.id || x.article !== y.article || x.children !== y.children) return false;
  }
  return true;
}

/**
 * A raw block with what its place says, as bits (`RAW` and the `F` bits that count there): what
 * `placeBlocks` decides the roles from.
 */
export interface BlockFacts {
  text: string;
  /** Characters of `text` inside links. */
  linkLength: number;
  /** The element bits (classify.ts `F`, caption/credit/figure ones only when they count) and `RAW`. */
  facts: number;
  /** Ids of the block element's parent and grandparent (-1: none), for teasers' headlines. */
  parent: number;
  grandparent: number;
}

/** What the walk knows about a block beyond its element bits (which use bits up to 1 << 8). */
export const RAW = {
  /** Inside a page zone (navigation, footer, comments …) that does not hold the article: left out. */
  DROPPED: 1 << 12,
  /** Inside a sidebar or related box that does not hold the article. */
  ASIDE: 1 << 13,
  /** Inside a share bar, promo or tag list that does not hold the article. */
  BOILER: 1 << 14,
  /** Inside the article (or a region merged with it). */
  IN_REGION: 1 << 15,
  /** Read from an `<h1>`. */
  H1: 1 << 16,
} as const;

/** A block of the page: characters [start, end) of raw block `raw`, with its role. */
export interface Placed {
  raw: number;
  start: number;
  end: number;
  role: BlockRole;
}
