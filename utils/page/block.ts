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
 * A block as the page walk found it, before its role is decided: its text and what its place in
 * the page says, as bits. Plain data, so the roles can be decided away from the page (the
 * background does it: `placeBlocks` in decide.ts), and the page's main thread only walks the DOM.
 */
export interface RawBlock {
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
