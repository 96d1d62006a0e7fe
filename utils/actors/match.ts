/**
 * The actor index and name resolution. Built once (bundled list + the reader's list); a page's
 * speakers are then resolved against it with what the page itself says.
 *
 * Rules (a wrong match is worse than none):
 * - a full name or alias matches exactly, after normalisation (case, diacritics, titles, middle
 *   initials, spacing/hyphens); several people with that name → the one that fits the page, else none;
 * - a bare surname matches a person only when the page names exactly one person with that surname
 *   in full (listed or not), or, when it names none, when exactly one listed person with that surname
 *   fits the page (their country, organisation or role appears in it).
 */
import { COUNTRY_ALIASES, COUNTRY_NAMES, ORG_WORDS, PARTICLES, STOP_WORDS, TITLE_WORDS } from './lexicon';
import { bundledIndexOf, lookupSorted, type BundledIndex } from './codec';
import {
  compact,
  fold,
  fullNameKeys,
  indexActorNames,
  keysOfWords,
  nameWords,
  stripTitles,
  surnameKeys,
  type NameIndexEntry,
} from './normalize';
import { readPage, type LearnedRole, type PageContext, type PageMention } from './page';
import { rolesAt } from './roles';
import type { Actor } from './types';

/** Opaque: build with buildActorIndex, use with enrichSpeakers / resolveSpeaker. */
export interface ActorIndex {
  /** Number of people in the index. */
  readonly size: number;
}

export interface IndexData extends ActorIndex {
  readonly actors: readonly Actor[];
  /** For each actor, how many of its first roles come from the reader's list. */
  readonly userRoleCount: ArrayLike<number>;
  /** 1 when the reader's list holds this person. */
  readonly isUser: Uint8Array;
  /** The builder's index of the bundled list (positions 0…count-1), when the list came from decodeBundledActors. */
  readonly bundled?: BundledIndex;
  /** Keys of the actors indexed at run time (the reader's, or all when there is no precomputed index). */
  readonly byKey: Map<string, number[]>;
  readonly bySurname: Map<string, number[]>;
  readonly byLastTwo: Map<string, number[]>;
  byId?: Map<string, number>;
  /** Primary keys of bundled people, computed on first use; their names as the builder saw them. */
  readonly primary: Array<string | undefined>;
  readonly bundledNames: readonly Actor[];
  readonly entries: Array<NameIndexEntry | undefined>;
  /** Canonical country → folded phrases that name it ("japan", "japanese", "tokyo"). */
  readonly countryPhrases: Map<string, string[]>;
  /** Folded names of places (never a person). */
  readonly places: Set<string>;
}

const data = (ix: ActorIndex): IndexData => ix as IndexData;

function add(map: Map<string, number[]>, key: string, i: number): void {
  if (!key) return;
  const list = map.get(key);
  if (!list) map.set(key, [i]);
  else if (list[list.length - 1] !== i && !list.includes(i)) list.push(i);
}

function uniq(xs: string[]): string[] {
  return [...new Set(xs.map((x) => x.trim()).filter(Boolean))];
}

/**
 * Build the index once. The reader's list wins over the bundled one: a user actor with a bundled id
 * replaces that person's name and notes and puts its roles first; a user actor sharing a name with
 * bundled people is preferred to them.
 */
export function buildActorIndex(bundled: readonly Actor[], user: readonly Actor[] = []): ActorIndex {
  const userById = new Map(user.map((u) => [u.id, u]));
  let actors: Actor[];
  const userRoleCount = new Int32Array(bundled.length + user.length);
  const isUserList = new Uint8Array(bundled.length + user.length);
  if (!user.length) actors = bundled as Actor[];
  else {
    actors = bundled.slice();
    for (let i = 0; i < bundled.length; i++) {
      const b = bundled[i];
      const u = userById.get(b.id);
      if (!u) continue;
      userById.delete(b.id);
      actors[i] = {
        ...b,
        name: u.name || b.name,
        aliases: uniq([...u.aliases, ...(u.name && u.name !== b.name ? [b.name] : []), ...b.aliases]),
        roles: [...u.roles, ...b.roles],
        source: `user+${b.source}`,
        ...(u.notes ? { notes: u.notes } : {}),
      };
      userRoleCount[i] = u.roles.length;
      isUserList[i] = 1;
    }
    for (const u of user) {
      if (!userById.has(u.id)) continue; // merged above
      userRoleCount[actors.length] = u.roles.length;
      isUserList[actors.length] = 1;
      actors.push(u);
    }
  }

  const bundledIx = bundledIndexOf(bundled);
  const byKey = new Map<string, number[]>();
  const bySurname = new Map<string, number[]>();
  const byLastTwo = new Map<string, number[]>();
  const entries: Array<NameIndexEntry | undefined> = new Array(actors.length);
  const countries = new Set<string>(bundledIx?.countries ?? COUNTRY_NAMES);

  for (let i = 0; i < actors.length; i++) {
    // bundled people already in the builder's index need nothing here
    if (bundledIx && i < bundledIx.count && !isUserList[i]) continue;
    const a = actors[i];
    for (const r of a.roles) if (r.country) countries.add(r.country);
    const entry = indexActorNames(a.name, a.aliases, a.roles[0]?.country);
    entries[i] = entry;
    for (const k of entry.keys) add(byKey, k, i);
    for (const k of entry.surnames) add(bySurname, k, i);
    for (const k of entry.lastTwo) add(byLastTwo, k, i);
  }

  const countryPhrases = new Map<string, string[]>();
  const places = new Set<string>();
  for (const c of countries) {
    const k = nameWords(c).join(' ');
    countryPhrases.set(c, [k]);
    places.add(k);
  }
  for (const [phrase, c] of COUNTRY_ALIASES) {
    places.add(phrase);
    const list = countryPhrases.get(c);
    if (list) list.push(phrase);
    else countryPhrases.set(c, [phrase]);
  }
  const ix: IndexData = {
    size: actors.length,
    actors,
    userRoleCount: userRoleCount.subarray(0, actors.length),
    isUser: isUserList.subarray(0, actors.length),
    bundled: bundledIx,
    primary: bundledIx ? new Array(bundledIx.count) : [],
    bundledNames: bundledIx ? bundled : [],
    byKey,
    bySurname,
    byLastTwo,
    entries,
    countryPhrases,
    places,
  };
  return ix;
}

type Kind = 'full' | 'surname' | 'lastTwo';
/** Actor positions for a key, from the builder's index and the run-time one. */
function hits(ix: IndexData, kind: Kind, key: string): number[] {
  const map = kind === 'full' ? ix.byKey : kind === 'surname' ? ix.bySurname : ix.byLastTwo;
  const own = map.get(key);
  if (!ix.bundled) return own ?? [];
  let pre = lookupSorted(ix.bundled[kind === 'full' ? 'alt' : kind], key);
  if (kind === 'full') {
    const primary = primaryRange(ix, ix.bundled.count, key);
    if (primary.length) pre = pre.length ? [...primary, ...pre] : primary;
  }
  if (!own) return pre;
  if (!pre.length) return own;
  return [...new Set([...pre, ...own])];
}

/** Bundled people are sorted by primary key: binary search over the list itself. */
function primaryRange(ix: IndexData, count: number, key: string): number[] {
  const at = (i: number) => primaryKey(ix, i);
  let lo = 0;
  let hi = count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const k = at(mid);
    if (k === key) {
      let a = mid;
      let b = mid;
      while (a > 0 && at(a - 1) === key) a--;
      while (b < count - 1 && at(b + 1) === key) b++;
      const out: number[] = [];
      for (let i = a; i <= b; i++) out.push(i);
      return out;
    }
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return [];
}

/** A bundled person's primary key as the builder computed it (for an override: the bundled name's). */
function primaryKey(ix: IndexData, i: number): string {
  let k = ix.primary[i];
  if (k === undefined) {
    const name = ix.bundledNames[i].name;
    k = keysOfWords(nameWords(name))[0] ?? '';
    ix.primary[i] = k;
  }
  return k;
}

/** The index entry (keys, surnames) of actor i, computed on first use for bundled people. */
function entryOf(ix: IndexData, i: number): NameIndexEntry {
  let e = ix.entries[i];
  if (!e) {
    const a = ix.actors[i];
    e = indexActorNames(a.name, a.aliases, a.roles[0]?.country);
    ix.entries[i] = e;
  }
  return e;
}

/** The person with this id, if indexed. */
export function getActor(index: ActorIndex, id: string): Actor | undefined {
  const ix = data(index);
  if (!ix.byId) {
    const byId = new Map<string, number>();
    ix.actors.forEach((a, i) => byId.set(a.id, i));
    ix.byId = byId;
  }
  const i = ix.byId.get(id);
  return i === undefined ? undefined : ix.actors[i];
}

/**
 * Everyone in the index whose full name or alias matches `name` (normalised; titles stripped), with
 * no page to judge by: for search boxes and for checking whether the list already has someone.
 */
export function findActors(index: ActorIndex, name: string): Actor[] {
  const ix = data(index);
  const found: number[] = [];
  for (const keys of [fullNameKeys(name), fullNameKeys(name, { stripTitles: true })]) {
    for (const k of keys) for (const i of hits(ix, 'full', k)) if (!found.includes(i)) found.push(i);
    if (found.length) break;
  }
  return found.map((i) => ix.actors[i]);
}

/** Everyone indexed under this exact key (a key from normalize.ts fullNameKeys). */
export function actorsByKey(index: ActorIndex, key: string): Actor[] {
  const ix = data(index);
  return hits(ix, 'full', key).map((i) => ix.actors[i]);
}

/** The Wikidata page of an actor id, where it is a QID. */
export function wikidataUrl(id: string | undefined): string | undefined {
  return id && /^Q\d+$/.test(id) ? `https://www.wikidata.org/wiki/${id}` : undefined;
}

// ---------------------------------------------------------------------------------------------
// Page state and resolution

/** A person the page names in full who is in neither list. */
export interface PagePerson {
  name: string;
  keys: string[];
  surnames: string[];
  mentions: PageMention[];
}

export interface PageState {
  ctx: PageContext;
  date?: string;
  locals: PagePerson[];
  fit: Map<number, boolean>;
  resolved: Map<string, Resolution>;
}

export type Resolution =
  | { kind: 'actor'; index: number; via: 'name' | 'alias' | 'surname' | 'context' }
  | { kind: 'page'; person: PagePerson; via: 'name' | 'surname' }
  | { kind: 'none'; reason: string };

const TITLE_NORM = (w: string) => fold(w).replace(/[.]/g, '');

/** Is this speaker name a person's name (not "the Commerce Department", "a person familiar", "China")? */
export function isPersonName(index: ActorIndex, name: string): boolean {
  const ix = data(index);
  const raw = name.trim().split(/\s+/).filter(Boolean);
  if (!raw.length || raw.length > 7) return false;
  for (let k = 0; k < raw.length; k++) {
    const w = raw[k];
    if (/\d/.test(w)) return false;
    if (/^\p{Lu}/u.test(w) || /^(?:al|el|bin|abu|ibn)-\p{Lu}/u.test(w)) continue;
    if (PARTICLES.has(w.toLowerCase()) && k < raw.length - 1) continue;
    return false;
  }
  const words = stripTitles(nameWords(name));
  if (!words.length) return false;
  if (words.some((w) => ORG_WORDS.has(w))) return false;
  if (STOP_WORDS.has(words[0])) return false;
  const joined = words.join(' ');
  if (ix.places.has(joined) || ix.places.has(nameWords(name).join(' '))) return false;
  return true;
}

function localPeople(ix: IndexData, ctx: PageContext): PagePerson[] {
  const byKey = new Map<string, PagePerson>();
  const out: PagePerson[] = [];
  for (const m of ctx.mentions) {
    if (m.words.length < 2 || m.words.length > 5) continue;
    if (m.words.some((w) => ORG_WORDS.has(w))) continue;
    if (STOP_WORDS.has(m.words[0]) || TITLE_WORDS.has(m.words[0])) continue;
    if (ix.places.has(m.words.join(' '))) continue;
    const keys = fullNameKeys(m.text);
    if (keys.some((k) => hits(ix, 'full', k).length)) continue; // a listed person
    const existing = keys.map((k) => byKey.get(k)).find(Boolean);
    if (existing) {
      existing.mentions.push(m);
      continue;
    }
    const p: PagePerson = { name: m.text, keys, surnames: surnameKeys(m.text, false), mentions: [m] };
    out.push(p);
    for (const k of keys) byKey.set(k, p);
  }
  return out;
}

export function pageState(index: ActorIndex, ctx: PageContext, date?: string): PageState {
  return { ctx, date, locals: localPeople(data(index), ctx), fit: new Map(), resolved: new Map() };
}

/** Read blocks into a page state (convenience for tests and callers that resolve names one by one). */
export function readPageState(index: ActorIndex, blocks: Parameters<typeof readPage>[0], date?: string): PageState {
  return pageState(index, readPage(blocks), date);
}

const hasPhrase = (text: string, phrase: string) => phrase.length > 1 && text.includes(` ${phrase} `);

/** Does the page speak of this person's country, organisation or role? */
function fits(ix: IndexData, i: number, page: PageState): boolean {
  const cached = page.fit.get(i);
  if (cached !== undefined) return cached;
  const a = ix.actors[i];
  const text = page.ctx.text;
  const { held } = rolesAt(a.roles, page.date);
  const roles = held.length ? held.map((h) => h.role) : a.roles.slice(0, 1);
  let ok = false;
  const countries = new Set(a.roles.map((r) => r.country).filter((c): c is string => !!c));
  for (const c of countries) if ((ix.countryPhrases.get(c) ?? []).some((p) => hasPhrase(text, p))) ok = true;
  if (!ok) {
    for (const r of roles) {
      if (r.org) {
        const w = nameWords(r.org.replace(/\((?:former)\)/i, ''));
        while (w.length && ['government', 'of', 'the', 'u', 's', 'us'].includes(w[0])) w.shift();
        if (w.length && !(w.length === 1 && ix.places.has(w[0])) && hasPhrase(text, w.slice(0, 5).join(' '))) ok = true;
      }
      const rw = nameWords(r.role);
      while (rw.length && ['u', 's', 'us', 'former'].includes(rw[0])) rw.shift();
      const cut = rw.findIndex((w) => ['of', 'for', 'from', 'to', 'in', 'and'].includes(w));
      const core = cut >= 0 ? rw.slice(0, cut) : rw;
      if (core.length >= 2 && hasPhrase(text, core.join(' '))) ok = true;
      if (ok) break;
    }
  }
  page.fit.set(i, ok);
  return ok;
}

function activeOn(ix: IndexData, i: number, date?: string): boolean {
  return rolesAt(ix.actors[i].roles, date).held.some((h) => h.score >= 2);
}

/** Held some post on the date (or now): dated, current, or of unknown status — not known to have ended. */
function heldThen(ix: IndexData, i: number, date?: string): boolean {
  return ix.isUser[i] === 1 || rolesAt(ix.actors[i].roles, date).held.some((h) => h.score >= 1);
}

function preferUser(ix: IndexData, cands: number[]): number[] {
  const u = cands.filter((i) => ix.isUser[i]);
  return u.length ? u : cands;
}

function namedOnPage(ix: IndexData, i: number, page: PageState): boolean {
  return entryOf(ix, i).keys.some((k) => page.ctx.fullKeys.has(k));
}

/** Resolve a speaker's name to a listed person, a person the page names, or nobody. */
export function resolveSpeaker(index: ActorIndex, name: string, page: PageState): Resolution {
  const cached = page.resolved.get(name);
  if (cached) return cached;
  const r = resolve(data(index), name, page);
  page.resolved.set(name, r);
  return r;
}

function resolve(ix: IndexData, name: string, page: PageState): Resolution {
  if (!isPersonName(ix, name)) return { kind: 'none', reason: 'not a person' };
  const raw = name.trim().split(/\s+/);
  let t = 0;
  while (t < raw.length - 1 && TITLE_WORDS.has(TITLE_NORM(raw[t]))) t++;
  const rawName = raw.slice(t);
  const stripped = stripTitles(nameWords(name));

  // 1. full name or alias
  if (rawName.length >= 2 || stripped.length >= 2) {
    let cands: number[] = [];
    for (const keys of [fullNameKeys(name), fullNameKeys(name, { stripTitles: true })]) {
      for (const k of keys) for (const i of hits(ix, 'full', k)) if (!cands.includes(i)) cands.push(i);
      if (cands.length) break;
    }
    if (cands.length) {
      cands = preferUser(ix, cands);
      let pick: number | undefined;
      if (cands.length === 1) pick = cands[0];
      else {
        // several people with this name: the one the page is about, else nobody
        const fitting = cands.filter((i) => fits(ix, i, page));
        if (fitting.length === 1) pick = fitting[0];
        else if (fitting.length > 1) {
          const active = fitting.filter((i) => activeOn(ix, i, page.date));
          if (active.length === 1) pick = active[0];
        }
      }
      if (pick !== undefined) {
        const canonical = compact(nameWords(ix.actors[pick].name));
        const via = fullNameKeys(name, { stripTitles: true }).includes(canonical) ? 'name' : 'alias';
        return { kind: 'actor', index: pick, via };
      }
      const local = pagePersonNamed(page, name);
      return local ? { kind: 'page', person: local, via: 'name' } : { kind: 'none', reason: 'several people with this name' };
    }
  }

  // 2. a bare surname ("Bessent", "Ocasio-Cortez", "von der Leyen")
  const particleSurname = rawName.length >= 2 && PARTICLES.has(rawName[0]) && rawName[0] === rawName[0].toLowerCase();
  if (rawName.length === 1 || particleSurname) {
    const key = compact(stripped);
    const cands = hits(ix, 'surname', key);
    const onPage = cands.filter((i) => namedOnPage(ix, i, page));
    const locals = page.locals.filter((p) => p.surnames.includes(key));
    if (onPage.length || locals.length) {
      const listed = onPage.length > 1 ? preferUser(ix, onPage) : onPage;
      if (listed.length === 1 && !locals.length) return { kind: 'actor', index: listed[0], via: 'surname' };
      if (!listed.length && locals.length === 1) return { kind: 'page', person: locals[0], via: 'surname' };
      return { kind: 'none', reason: 'the page names several people with this surname' };
    }
    // nobody named in full: a listed person who held a post on the page's date and fits the page
    // ("Jiang" on a 2025 page about China is not Jiang Zemin)
    const fitting = preferUser(
      ix,
      cands.filter((i) => heldThen(ix, i, page.date) && fits(ix, i, page)),
    );
    if (fitting.length === 1) return { kind: 'actor', index: fitting[0], via: 'context' };
    return { kind: 'none', reason: fitting.length ? 'several people with this surname fit the page' : 'no listed person with this surname fits the page' };
  }

  // 3. two words that are a compound surname of a listed person named on the page ("López Obrador")
  if (stripped.length === 2) {
    const onPage = hits(ix, 'lastTwo', compact(stripped)).filter((i) => namedOnPage(ix, i, page));
    if (onPage.length === 1) return { kind: 'actor', index: onPage[0], via: 'surname' };
  }

  // 4. a full name in neither list that the page writes
  const local = pagePersonNamed(page, name);
  if (local) return { kind: 'page', person: local, via: 'name' };
  return { kind: 'none', reason: 'not in the lists' };
}

function pagePersonNamed(page: PageState, name: string): PagePerson | undefined {
  const keys = fullNameKeys(name, { stripTitles: true });
  const local = page.locals.find((p) => p.keys.some((k) => keys.includes(k)));
  if (local) return local;
  // a full name the page writes that is also a listed name shared by several people
  for (const k of keys) {
    const ms = page.ctx.fullKeys.get(k);
    if (ms?.length) return { name: name.trim(), keys, surnames: surnameKeys(name, false), mentions: ms };
  }
  return undefined;
}

/** What the page says about a resolved person: the first title, appositive or possessive, in reading order. */
export function learnedRole(index: ActorIndex, r: Resolution, page: PageState): LearnedRole | undefined {
  const ix = data(index);
  let mentions: PageMention[];
  if (r.kind === 'actor') {
    const keys = new Set(entryOf(ix, r.index).keys);
    const surnames = new Set(entryOf(ix, r.index).surnames);
    mentions = page.ctx.mentions.filter((m) => {
      if (!m.learned) return false;
      if (m.keys.some((k) => keys.has(k))) return true;
      if (m.words.length <= 2 && surnames.has(compact(m.words))) {
        const again = resolveSpeaker(index, m.text, page);
        return again.kind === 'actor' && again.index === r.index;
      }
      return false;
    });
  } else if (r.kind === 'page') {
    const keys = new Set(r.person.keys);
    const surnames = new Set(r.person.surnames);
    mentions = page.ctx.mentions.filter((m) => {
      if (!m.learned) return false;
      if (m.keys.some((k) => keys.has(k)) || fullNameKeys(m.text).some((k) => keys.has(k))) return true;
      if (m.words.length <= 2 && surnames.has(compact(m.words))) {
        const again = resolveSpeaker(index, m.text, page);
        return again.kind === 'page' && again.person === r.person;
      }
      return false;
    });
  } else return undefined;
  return mentions[0]?.learned;
}

export function actorAt(index: ActorIndex, i: number): Actor {
  return data(index).actors[i];
}
export function userRoleCountAt(index: ActorIndex, i: number): number {
  return data(index).userRoleCount[i];
}
