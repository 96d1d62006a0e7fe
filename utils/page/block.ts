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
