/**
 * Which role to show: the one held on the page's date, and whether the page's own description of the
 * person agrees with the list's (then the list's wording is shown) or not (then the page's is shown,
 * the list's beside it).
 */
import { ROLE_HEADS, ROLE_STOP, ROLE_SYNONYMS } from './lexicon';
import { fold } from './normalize';
import type { ActorRole } from './types';

/** `from` ≤ date, compared at the precision of `from` ("2025" ≤ "2025-07-25"). */
function startedBy(from: string, date: string): boolean {
  return date.slice(0, from.length) >= from;
}
/** date ≤ `to`, at the precision of `to`. */
function notEndedBy(to: string, date: string): boolean {
  return date.slice(0, to.length) <= to;
}

export interface RankedRole {
  role: ActorRole;
  /** Higher is surer: 4 dated and covering the date … 0.5 maybe held (status unknown). */
  score: number;
  index: number;
}

/**
 * Roles that may have been held on `date` (ISO; undefined = now, the latest the list knows), best
 * first, and the most recent role that had ended by then (shown as "Former …" when nothing is held).
 */
export function rolesAt(roles: readonly ActorRole[], date?: string): { held: RankedRole[]; ended?: ActorRole } {
  const held: RankedRole[] = [];
  let ended: ActorRole | undefined;
  let endedTo = '';
  roles.forEach((r, index) => {
    if (date && r.from && !startedBy(r.from, date)) return; // not yet
    let score = 0;
    if (r.to) {
      if (date && notEndedBy(r.to, date)) score = r.from ? 4 : 3;
      else if (!date && r.current === true) score = 3;
    } else if (r.current === true) score = r.from ? 3 : 2;
    else if (r.current === undefined) score = r.from ? 1.5 : 1;
    else if (date) score = 0.5; // ended at an unknown date: may still have been held then
    if (score > 0) held.push({ role: r, score, index });
    else {
      const to = r.to ?? '';
      if (!ended || to > endedTo) {
        ended = r;
        endedTo = to;
      }
    }
  });
  held.sort((a, b) => b.score - a.score || a.index - b.index);
  return { held, ended };
}

/** "Former Prime Minister of Japan" (unless the role already says so). */
export function formerRole(r: ActorRole): ActorRole {
  return /^(former|ex-)\b/i.test(r.role) ? r : { ...r, role: `Former ${r.role}` };
}

/** Content words of a role or organisation, folded, with synonyms merged. */
export function roleTokens(s: string): string[] {
  const t = fold(s)
    .replace(/\bu\.?\s?s\.?(?=\s|$)/g, ' us ')
    .replace(/\bchief executive(?: officer)?\b/g, ' ceo ')
    .replace(/\bvice[\s-]president\b/g, ' vicepresident ')
    .replace(/\bco-(\p{L})/gu, 'co$1')
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => ROLE_SYNONYMS.get(w) ?? w);
  return t.filter((w) => !ROLE_STOP.has(w));
}

const HEADS = new Set([...ROLE_HEADS].map((w) => ROLE_SYNONYMS.get(fold(w).replace(/-/g, '')) ?? fold(w).replace(/-/g, '')));

/** Party labels a page puts before a title ("the Republican chair"): not part of the post. */
const PARTY_WORDS = new Set(['republican', 'democratic', 'democrat', 'conservative', 'labour', 'labor', 'liberal', 'gop']);

/** The word that says what the person is: the last role word ("senior adviser for technology analysis" → "adviser"). */
export function roleHead(role: string): string | undefined {
  const toks = roleTokens(role);
  for (let i = toks.length - 1; i >= 0; i--) if (HEADS.has(toks[i])) return toks[i];
  return undefined;
}

/** Does the page's description name the same post as the list's role? */
export function sameRole(page: { role: string; org?: string; country?: string }, list: ActorRole): boolean {
  const head = roleHead(page.role);
  if (!head) return false;
  const listTokens = new Set([...roleTokens(list.role), ...roleTokens(list.org ?? '')]);
  if (!listTokens.has(head)) return false;
  // every word of the page's title must be in the list's ("former defence minister" is not "Prime Minister of Japan")
  if (!roleTokens(page.role).every((w) => listTokens.has(w) || PARTY_WORDS.has(w))) return false;
  if (page.org) {
    const orgTokens = roleTokens(page.org).filter((w) => !['corporation', 'company', 'incorporated', 'party'].includes(w));
    const countryTokens = roleTokens(list.country ?? '');
    if (orgTokens.length && !orgTokens.some((w) => listTokens.has(w) || countryTokens.includes(w))) return false;
  }
  if (page.country && list.country && page.country !== list.country) return false;
  return true;
}

/** A role as one line: "President, US-China Business Council"; the organisation is left out when the role names it. */
export function roleLine(r: ActorRole): string {
  if (!r.role) return r.org ?? '';
  if (!r.org) return r.role;
  const stem = (w: string) => w.replace(/s$/, '');
  const roleT = new Set(roleTokens(r.role).map(stem));
  const generic = new Set(['government', 'former', 'house', 'senate', 'us', 'united', 'states', 'department', 'office']);
  const orgT = roleTokens(r.org.replace(/\((?:former)\)/i, '')).filter((w) => !generic.has(w));
  if (!orgT.length || orgT.some((w) => roleT.has(stem(w)))) return r.role;
  return `${r.role}, ${r.org}`;
}
