/**
 * The actor model: people the extension can name and place. Plain data, no browser APIs.
 */

/** One role a person held, with the dates the list knows (ISO prefixes: "2025", "2025-07", "2025-07-25"). */
export interface ActorRole {
  role: string;
  org?: string;
  country?: string;
  /** Start, when known. */
  from?: string;
  /** End, when known. */
  to?: string;
  /**
   * true: held as of the source's date (no end known); false: ended (date possibly unknown);
   * undefined: status after the source's date unknown.
   */
  current?: boolean;
}

export interface Actor {
  /** Wikidata QID where there is one ("Q15031"); otherwise "bioguide:…", "curated:…", "user:…". */
  id: string;
  /** Canonical name as shown to the reader. */
  name: string;
  aliases: string[];
  /** Dated roles; roles[0] is the main (latest known) one. */
  roles: ActorRole[];
  /** Contributing sources joined with "+" ("wikidata-world-leaders+factbook"), or "user". */
  source: string;
  /** The reader's notes (user actors) or the source's note on the record. */
  notes?: string;
  /** Date of the source data this record was taken from (traceability). */
  asOf?: string;
  /** Pages a curated record was checked against. */
  refs?: string[];
}
