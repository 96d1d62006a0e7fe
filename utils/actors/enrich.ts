/**
 * enrichSpeakers: give each quote's speaker an identity (actorId), a role and where that role came
 * from: the reader's list ('user'), the bundled list ('actors') or the page ('page').
 *
 * - The role shown is the one held on the page's publication date (meta.published) when the list
 *   has dates; without a date, the latest the list knows ("Former …" when it has ended).
 * - When the page describes the person differently from the list (a former minister now in another
 *   post), the page's role is shown and the list's goes in `listRole`.
 * - The speaker's name becomes the listed canonical name only when the page wrote a surname, an
 *   alias or a variant of it; organisations and descriptions are never renamed.
 */
import type { Block } from '../page/block';
import type { PageMeta, Quote, Speaker } from '../quote';
import {
  actorAt,
  learnedRole,
  pageState,
  resolveSpeaker,
  userRoleCountAt,
  type ActorIndex,
  type PageState,
  type Resolution,
} from './match';
import { readPage, type LearnedRole } from './page';
import { formerRole, roleLine, rolesAt, sameRole } from './roles';
import type { ActorRole } from './types';

type SpeakerFacts = Pick<Speaker, 'actorId' | 'role' | 'org' | 'country' | 'roleSource' | 'listRole'> & { name?: string };

const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?/;

/** The page's date as an ISO prefix, or undefined. */
export function pageDate(meta?: PageMeta): string | undefined {
  const m = meta?.published ? ISO_DATE.exec(meta.published.trim()) : null;
  return m ? m[0] : undefined;
}

function fromRole(r: ActorRole, source: 'actors' | 'user'): SpeakerFacts {
  // a reader's person may have an organisation or a country and no role
  const f: SpeakerFacts = r.role ? { role: r.role, roleSource: source } : { roleSource: source };
  if (r.org) f.org = r.org;
  if (r.country) f.country = r.country;
  return f;
}

function fromPage(l: LearnedRole, fallbackCountry?: string): SpeakerFacts {
  const f: SpeakerFacts = { role: l.role, roleSource: 'page' };
  if (l.org) f.org = l.org;
  const c = l.country ?? fallbackCountry;
  if (c) f.country = c;
  return f;
}

/** Role facts for a listed person on this page. */
function actorFacts(index: ActorIndex, i: number, learned: LearnedRole | undefined, date: string | undefined): SpeakerFacts {
  const actor = actorAt(index, i);
  const nUser = userRoleCountAt(index, i);
  const groups: Array<{ roles: ActorRole[]; source: 'user' | 'actors' }> = [];
  if (nUser) groups.push({ roles: actor.roles.slice(0, nUser), source: 'user' });
  groups.push({ roles: actor.roles.slice(nUser), source: 'actors' });

  let best: { role: ActorRole; source: 'user' | 'actors' } | undefined;
  for (const g of groups) {
    const { held, ended } = rolesAt(g.roles, date);
    if (learned) {
      const same = held.find((h) => sameRole(learned, h.role));
      if (same) return fromRole(same.role, g.source);
      if (ended && sameRole(learned, ended)) return fromRole(formerRole(ended), g.source);
    }
    if (!best) {
      if (held.length) best = { role: held[0].role, source: g.source };
      else if (ended) best = { role: formerRole(ended), source: g.source };
    }
  }
  const country = actor.roles.find((r) => r.country)?.country;
  if (learned) {
    const f = fromPage(learned, country);
    const line = best ? roleLine(best.role) : '';
    if (line && line !== learned.role) f.listRole = line;
    return f;
  }
  if (best) return fromRole(best.role, best.source);
  return country ? { country } : {};
}

function factsFor(index: ActorIndex, name: string, page: PageState): SpeakerFacts | undefined {
  const r: Resolution = resolveSpeaker(index, name, page);
  if (r.kind === 'none') return undefined;
  const learned = learnedRole(index, r, page);
  if (r.kind === 'actor') {
    const actor = actorAt(index, r.index);
    const facts: SpeakerFacts = { actorId: actor.id, ...actorFacts(index, r.index, learned, page.date) };
    // the page wrote the canonical name, a surname, an alias or a variant of it: show the canonical one
    if (name.trim() !== actor.name) facts.name = actor.name;
    return facts;
  }
  const facts: SpeakerFacts = learned ? fromPage(learned) : {};
  if (r.via === 'surname') facts.name = r.person.name;
  return facts;
}

/**
 * Fill actorId, role, org, country, roleSource and listRole on each quote's speaker. Returns new
 * quotes (the input is not mutated). Blocks are the page's blocks the quotes index into; captions,
 * credits and headings are never read for names.
 */
export function enrichSpeakers(quotes: Quote[], blocks: Block[], index: ActorIndex, meta?: PageMeta): Quote[] {
  if (!quotes.some((q) => q.speaker)) return quotes.map((q) => ({ ...q }));
  const page = pageState(index, readPage(blocks), pageDate(meta));
  const byName = new Map<string, SpeakerFacts | undefined>();
  return quotes.map((q) => {
    if (!q.speaker) return { ...q };
    const name = q.speaker.name;
    if (!byName.has(name)) byName.set(name, factsFor(index, name, page));
    const facts = byName.get(name);
    const speaker: Speaker = { ...q.speaker };
    if (facts) {
      // what we know replaces what the speaker carried; when we know nothing, it is left as it was
      if (facts.actorId || facts.roleSource) {
        for (const k of ['actorId', 'role', 'org', 'country', 'roleSource', 'listRole'] as const) delete speaker[k];
      }
      Object.assign(speaker, facts);
    }
    return { ...q, speaker };
  });
}

/** Resolve one name on a page (for the hover card, the popup and tests). */
export function describeSpeaker(
  name: string,
  blocks: Block[],
  index: ActorIndex,
  meta?: PageMeta,
): SpeakerFacts | undefined {
  return factsFor(index, name, pageState(index, readPage(blocks), pageDate(meta)));
}
