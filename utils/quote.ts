/**
 * The quote model shared by the engine, the background worker, the page and the popup.
 * Offsets are UTF-16 indexes into the text of block `blockIndex`.
 */
export type QuoteKind = 'statement' | 'term';

/** How the speaker was found. */
export type SpeakerSource =
  | 'cue' // named at the cue: "…," Allen said
  | 'pronoun' // "he said" resolved to the last person named
  | 'continuation' // a paragraph that is only a quote continues the previous speaker
  | 'context' // nearest plausible source without a cue of its own
  | 'echo'; // a headline repeating a statement made in the article

/** Where a speaker's role and organisation came from. */
export type RoleSource = 'actors' | 'page' | 'user';

export interface Speaker {
  /** What a reader wants to see: "Scott Bessent", "the Commerce Department". */
  name: string;
  /** As written at the cue: "he", "Bessent". */
  mention: string;
  source: SpeakerSource;
  actorId?: string;
  role?: string;
  org?: string;
  country?: string;
  roleSource?: RoleSource;
  /** The bundled list's role when the page gives a different one. */
  listRole?: string;
}

export interface Quote {
  id: string;
  /** The words between the marks, marks excluded. */
  text: string;
  kind: QuoteKind;
  blockIndex: number;
  /** Offsets of the opening and closing marks (end is exclusive, after the closing mark). */
  start: number;
  end: number;
  speaker: Speaker | null;
  /** The attribution phrase as written: "said", "told reporters", "according to", ":". */
  cue?: string;
  /** 0..1: how sure the engine is of kind and speaker. */
  confidence: number;
}

export interface PageMeta {
  url?: string;
  title?: string;
  site?: string;
  /** ISO date (YYYY-MM-DD) when the page gives one. */
  published?: string;
}
