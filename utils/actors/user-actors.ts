/**
 * The reader's own actors, pure parts: validation, CSV and JSON import (a bad row is reported with
 * its line number and reason, the good rows are kept), export, merging into what is stored (nothing
 * stored is lost), and list edits for the options page. Storage is in user-store.ts.
 *
 * A reader's actor is an Actor with source "user" and at most one undated role built from the
 * simple fields (role, org, country); a JSON import may also carry dated `roles`.
 *
 * CSV columns (header row required, any order, case-insensitive):
 *   name (required), aliases (separated by ";" or "|"), role, org, country, notes, id
 * JSON: an array of objects with those fields, or the export format
 *   { "format": "quotelens-user-actors", "version": 1, "actors": [ … ] }.
 */
import { fullNameKeys } from './normalize';
import type { Actor, ActorRole } from './types';

export const USER_ACTOR_LIMITS = {
  name: 120,
  alias: 120,
  aliases: 20,
  role: 200,
  org: 200,
  country: 80,
  notes: 1000,
  roles: 20,
  /** People in the reader's list. */
  actors: 2000,
} as const;

export const USER_ACTORS_FORMAT = 'quotelens-user-actors';

/** What a reader types or imports for one person. */
export interface UserActorInput {
  id?: string;
  name: string;
  aliases?: string[] | string;
  role?: string;
  org?: string;
  country?: string;
  notes?: string;
  roles?: ActorRole[];
}

export interface ImportIssue {
  /** 1-based line in the imported text where the row (CSV record or JSON element) starts. */
  line: number;
  reason: string;
  name?: string;
}

export interface ImportResult {
  actors: Actor[];
  errors: ImportIssue[];
  warnings: ImportIssue[];
}

export type Validation = { ok: true; actor: Actor } | { ok: false; reason: string };

// ---------------------------------------------------------------------------------------------
// Validation

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const ISO = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const ID = /^(?:Q[1-9]\d{0,11}|user:[a-z0-9][a-z0-9-]{0,79}|[a-z][a-z-]{1,30}:[\w.:-]{1,120})$/;

function text(value: unknown, field: string, max: number, opts: { multiline?: boolean } = {}): string | { error: string } {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number' && Number.isFinite(value)) value = String(value);
  if (typeof value !== 'string') return { error: `${field} must be text` };
  const v = value.normalize('NFC').trim();
  if (v.length > max) return { error: `${field} is too long (${v.length} characters, at most ${max})` };
  if (CONTROL.test(v) || (!opts.multiline && /[\r\n]/.test(v))) return { error: `${field} has control characters or line breaks` };
  return v;
}

/** Split an aliases cell: "Chris Padilla; Christopher A. Padilla" or "a|b". */
export function splitAliases(value: string): string[] {
  return value
    .split(/[;|]/)
    .map((a) => a.trim())
    .filter(Boolean);
}

/** A stable id for a new person: "user:" and the name's slug, made unique against `taken`. */
export function makeUserActorId(name: string, taken: ReadonlySet<string> = new Set()): string {
  const slug =
    (fullNameKeys(name)[0] ?? '')
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '')
      .slice(0, 60) || 'person';
  let id = `user:${slug}`;
  for (let n = 2; taken.has(id); n++) id = `user:${slug}-${n}`;
  return id;
}

/**
 * Check one person as typed or imported and turn it into an Actor. `taken` holds ids already in use
 * (a new id is made when `id` is missing).
 */
export function validateUserActor(input: unknown, taken: ReadonlySet<string> = new Set()): Validation {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return { ok: false, reason: 'not an object with a name' };
  const o = input as Record<string, unknown>;
  const name = text(o.name, 'name', USER_ACTOR_LIMITS.name);
  if (typeof name !== 'string') return { ok: false, reason: name.error };
  if (!name) return { ok: false, reason: 'name is missing' };
  if (!/\p{L}/u.test(name)) return { ok: false, reason: 'name has no letters' };

  let aliases: string[] = [];
  if (Array.isArray(o.aliases)) {
    for (const a of o.aliases) {
      const v = text(a, 'alias', USER_ACTOR_LIMITS.alias);
      if (typeof v !== 'string') return { ok: false, reason: v.error };
      if (v) aliases.push(v);
    }
  } else if (o.aliases !== undefined && o.aliases !== null && o.aliases !== '') {
    const v = text(o.aliases, 'aliases', USER_ACTOR_LIMITS.alias * USER_ACTOR_LIMITS.aliases);
    if (typeof v !== 'string') return { ok: false, reason: v.error };
    aliases = splitAliases(v);
    const long = aliases.find((a) => a.length > USER_ACTOR_LIMITS.alias);
    if (long) return { ok: false, reason: `alias is too long (${long.length} characters, at most ${USER_ACTOR_LIMITS.alias})` };
  }
  aliases = [...new Set(aliases.filter((a) => a !== name))];
  if (aliases.length > USER_ACTOR_LIMITS.aliases) return { ok: false, reason: `too many aliases (${aliases.length}, at most ${USER_ACTOR_LIMITS.aliases})` };

  const role = text(o.role, 'role', USER_ACTOR_LIMITS.role);
  if (typeof role !== 'string') return { ok: false, reason: role.error };
  const org = text(o.org ?? o.organisation ?? o.organization, 'org', USER_ACTOR_LIMITS.org);
  if (typeof org !== 'string') return { ok: false, reason: org.error };
  const country = text(o.country, 'country', USER_ACTOR_LIMITS.country);
  if (typeof country !== 'string') return { ok: false, reason: country.error };
  const notes = text(o.notes, 'notes', USER_ACTOR_LIMITS.notes, { multiline: true });
  if (typeof notes !== 'string') return { ok: false, reason: notes.error };

  const roles: ActorRole[] = [];
  if (o.roles !== undefined && o.roles !== null) {
    if (!Array.isArray(o.roles)) return { ok: false, reason: 'roles must be a list' };
    if (o.roles.length > USER_ACTOR_LIMITS.roles) return { ok: false, reason: `too many roles (at most ${USER_ACTOR_LIMITS.roles})` };
    for (const r of o.roles) {
      const checked = validateRole(r);
      if ('error' in checked) return { ok: false, reason: checked.error };
      roles.push(checked);
    }
  }
  if (role || org || country) {
    const r: ActorRole = { role };
    if (org) r.org = org;
    if (country) r.country = country;
    if (!roles.some((x) => x.role === r.role && x.org === r.org && x.country === r.country)) roles.unshift(r);
  }

  let id: string;
  if (o.id !== undefined && o.id !== null && o.id !== '') {
    if (typeof o.id !== 'string' || !ID.test(o.id.trim())) return { ok: false, reason: 'id is not valid (a Wikidata QID such as Q15031, or user:…)' };
    id = o.id.trim();
  } else id = makeUserActorId(name, taken);

  const actor: Actor = { id, name, aliases, roles, source: 'user' };
  if (notes) actor.notes = notes;
  return { ok: true, actor };
}

function validateRole(r: unknown): ActorRole | { error: string } {
  if (!r || typeof r !== 'object' || Array.isArray(r)) return { error: 'a role must be an object' };
  const o = r as Record<string, unknown>;
  const role = text(o.role, 'role', USER_ACTOR_LIMITS.role);
  if (typeof role !== 'string') return { error: role.error };
  const out: ActorRole = { role };
  for (const [field, max] of [['org', USER_ACTOR_LIMITS.org], ['country', USER_ACTOR_LIMITS.country]] as const) {
    const v = text(o[field], field, max);
    if (typeof v !== 'string') return { error: v.error };
    if (v) out[field] = v;
  }
  for (const field of ['from', 'to'] as const) {
    if (o[field] === undefined || o[field] === null || o[field] === '') continue;
    if (typeof o[field] !== 'string' || !ISO.test(o[field] as string)) return { error: `${field} must be a date like 2025, 2025-07 or 2025-07-25` };
    out[field] = o[field] as string;
  }
  if (typeof o.current === 'boolean') out.current = o.current;
  if (!out.role && !out.org && !out.country) return { error: 'a role needs a role, an org or a country' };
  return out;
}

// ---------------------------------------------------------------------------------------------
// Import

/** Guess the format: JSON when the text starts with "[" or "{". */
export function parseUserActors(text: string, format?: 'csv' | 'json'): ImportResult {
  const f = format ?? (/^\s*[[{]/.test(text.replace(/^\uFEFF/, '')) ? 'json' : 'csv');
  return f === 'json' ? parseUserActorsJson(text) : parseUserActorsCsv(text);
}

/** Keep good rows, report bad ones; rows for the same person (same id or name) are merged, with a warning. */
function collect(rows: Array<{ line: number; value: unknown }>, result: ImportResult): void {
  const taken = new Set<string>();
  const seen = new Map<string, { line: number; index: number }>();
  for (const { line, value } of rows) {
    if (result.actors.length >= USER_ACTOR_LIMITS.actors) {
      result.errors.push({ line, reason: `more than ${USER_ACTOR_LIMITS.actors} people` });
      continue;
    }
    const v = validateUserActor(value, taken);
    const name = value && typeof value === 'object' && typeof (value as { name?: unknown }).name === 'string' ? ((value as { name: string }).name || undefined) : undefined;
    if (!v.ok) {
      result.errors.push({ line, reason: v.reason, ...(name ? { name } : {}) });
      continue;
    }
    const key = personKey(v.actor);
    const dup = seen.get(`id:${v.actor.id}`) ?? seen.get(key);
    if (dup) {
      result.actors[dup.index] = mergeOne(result.actors[dup.index], v.actor);
      result.warnings.push({ line, reason: `same person as line ${dup.line}: merged`, name: v.actor.name });
      continue;
    }
    taken.add(v.actor.id);
    seen.set(`id:${v.actor.id}`, { line, index: result.actors.length });
    if (!seen.has(key)) seen.set(key, { line, index: result.actors.length });
    result.actors.push(v.actor);
  }
}

function personKey(a: Actor): string {
  return `name:${fullNameKeys(a.name)[0] ?? a.name}`;
}

/** Parse CSV (RFC 4180: quotes, doubled quotes, line breaks inside quotes; "," or ";" separated). */
export function parseUserActorsCsv(input: string): ImportResult {
  const result: ImportResult = { actors: [], errors: [], warnings: [] };
  const records = readCsv(input.replace(/^\uFEFF/, ''));
  if (!records.length) {
    result.errors.push({ line: 1, reason: 'the file is empty' });
    return result;
  }
  const [header, ...rows] = records;
  const columns = header.fields.map((h) => h.trim().toLowerCase().replace(/^organi[sz]ation$/, 'org'));
  const known = new Set(['name', 'aliases', 'alias', 'role', 'org', 'country', 'notes', 'note', 'id']);
  if (!columns.includes('name')) {
    result.errors.push({ line: header.line, reason: 'the header has no "name" column (expected: name, aliases, role, org, country, notes, id)' });
    return result;
  }
  const unknown = columns.filter((c) => c && !known.has(c));
  if (unknown.length) result.warnings.push({ line: header.line, reason: `columns ignored: ${unknown.join(', ')}` });
  const objects: Array<{ line: number; value: unknown }> = [];
  for (const r of rows) {
    if (r.fields.every((f) => !f.trim())) continue; // blank line
    if (r.error) {
      result.errors.push({ line: r.line, reason: r.error });
      continue;
    }
    if (r.fields.length > columns.length && r.fields.slice(columns.length).some((f) => f.trim())) {
      result.errors.push({ line: r.line, reason: `${r.fields.length} fields where the header has ${columns.length}` });
      continue;
    }
    const o: Record<string, string> = {};
    columns.forEach((c, i) => {
      const v = unformula(r.fields[i] ?? '');
      const key = c === 'alias' ? 'aliases' : c === 'note' ? 'notes' : c;
      if (known.has(c) && v !== '') o[key] = v;
    });
    objects.push({ line: r.line, value: o });
  }
  collect(objects, result);
  result.errors.sort((a, b) => a.line - b.line);
  return result;
}

interface CsvRecord {
  line: number;
  fields: string[];
  error?: string;
}

function readCsv(text: string): CsvRecord[] {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = !firstLine.includes(',') && firstLine.includes(';') ? ';' : firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  const out: CsvRecord[] = [];
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const rec: CsvRecord = { line, fields: [] };
    let field = '';
    let atStart = true;
    for (;;) {
      if (i >= text.length) {
        rec.fields.push(field);
        break;
      }
      const ch = text[i];
      if (atStart && ch === '"') {
        // quoted field
        const startLine = line;
        i++;
        let closed = false;
        while (i < text.length) {
          const c = text[i];
          if (c === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (c === '\n') line++;
          field += c;
          i++;
        }
        if (!closed) rec.error = `a quoted field opened on line ${startLine} is never closed`;
        // text after the closing quote up to the delimiter
        while (i < text.length && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') {
          if (!/\s/.test(text[i])) rec.error ??= 'text after a closing quote';
          i++;
        }
        atStart = false;
        continue;
      }
      if (ch === delimiter) {
        rec.fields.push(field);
        field = '';
        atStart = true;
        i++;
        continue;
      }
      if (ch === '\r' || ch === '\n') {
        rec.fields.push(field);
        if (ch === '\r' && text[i + 1] === '\n') i++;
        i++;
        line++;
        break;
      }
      field += ch;
      atStart = false;
      i++;
    }
    out.push(rec);
  }
  return out;
}

/** Spreadsheet formula guard added on export: "'=…" back to "=…". */
function unformula(v: string): string {
  return /^'[=+\-@]/.test(v) ? v.slice(1) : v;
}

/** Parse JSON: an array of people, or { actors: [...] }. Line numbers point at each element. */
export function parseUserActorsJson(input: string): ImportResult {
  const result: ImportResult = { actors: [], errors: [], warnings: [] };
  const text = input.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(msg);
    const lineCol = /line (\d+)/.exec(msg);
    const line = lineCol ? Number(lineCol[1]) : pos ? lineOf(text, Number(pos[1])) : 1;
    result.errors.push({ line, reason: `not valid JSON: ${msg.replace(/^JSON\.parse: /, '')}` });
    return result;
  }
  let list: unknown;
  if (Array.isArray(data)) list = data;
  else if (data && typeof data === 'object' && Array.isArray((data as { actors?: unknown }).actors)) {
    const f = (data as { format?: unknown }).format;
    if (f !== undefined && f !== USER_ACTORS_FORMAT) result.warnings.push({ line: 1, reason: `format "${String(f)}" is not ${USER_ACTORS_FORMAT}; read anyway` });
    list = (data as { actors: unknown[] }).actors;
  } else {
    result.errors.push({ line: 1, reason: 'expected a list of people, or an object with "actors"' });
    return result;
  }
  const offsets = elementOffsets(text);
  const rows = (list as unknown[]).map((value, k) => ({ line: offsets[k] !== undefined ? lineOf(text, offsets[k]) : 1, value }));
  collect(rows, result);
  return result;
}

function lineOf(text: string, offset: number): number {
  let n = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

/** Offsets where the elements of the people array start (the root array, or the root's "actors"). */
function elementOffsets(text: string): number[] {
  let i = 0;
  const ws = () => {
    while (i < text.length && /\s/.test(text[i])) i++;
  };
  const skipString = () => {
    i++; // opening quote
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
  };
  const skipValue = () => {
    ws();
    if (text[i] === '"') return skipString();
    if (text[i] === '{' || text[i] === '[') {
      let depth = 0;
      while (i < text.length) {
        const c = text[i];
        if (c === '"') {
          skipString();
          continue;
        }
        if (c === '{' || c === '[') depth++;
        else if (c === '}' || c === ']') {
          depth--;
          if (depth === 0) {
            i++;
            return;
          }
        }
        i++;
      }
      return;
    }
    while (i < text.length && !/[,\]}\s]/.test(text[i])) i++;
  };
  ws();
  if (text[i] === '{') {
    // find "actors" among the root's keys
    i++;
    for (;;) {
      ws();
      if (text[i] !== '"') return [];
      const start = i;
      skipString();
      const key = JSON.parse(text.slice(start, i)) as string;
      ws();
      i++; // colon
      ws();
      if (key === 'actors') break;
      skipValue();
      ws();
      if (text[i] === ',') i++;
      else return [];
    }
  }
  if (text[i] !== '[') return [];
  i++;
  const out: number[] = [];
  for (;;) {
    ws();
    if (i >= text.length || text[i] === ']') break;
    out.push(i);
    skipValue();
    ws();
    if (text[i] === ',') i++;
    else break;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Export

const CSV_COLUMNS = ['name', 'aliases', 'role', 'org', 'country', 'notes', 'id'] as const;

function csvCell(v: string): string {
  // a leading = + - @ would run as a formula in a spreadsheet: guard it (the import removes the guard)
  const safe = /^[=+\-@]/.test(v) ? `'${v}` : v;
  return /[",;\r\n]/.test(safe) || /^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The simple fields of a person: the first role. */
function simple(a: Actor): { role: string; org: string; country: string } {
  const r = a.roles[0];
  return { role: r?.role ?? '', org: r?.org ?? '', country: r?.country ?? '' };
}

/** CSV with a header row; aliases joined with "; ". Dated or extra roles are kept only by the JSON export. */
export function exportUserActorsCsv(actors: readonly Actor[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const a of actors) {
    const s = simple(a);
    const row = { name: a.name, aliases: a.aliases.join('; '), role: s.role, org: s.org, country: s.country, notes: a.notes ?? '', id: a.id };
    lines.push(CSV_COLUMNS.map((c) => csvCell(row[c])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** JSON in the import format; the simple fields, plus `roles` when a person has dated or several roles. */
export function exportUserActorsJson(actors: readonly Actor[]): string {
  const out = actors.map((a) => {
    const s = simple(a);
    const o: Record<string, unknown> = { id: a.id, name: a.name };
    if (a.aliases.length) o.aliases = a.aliases;
    if (s.role) o.role = s.role;
    if (s.org) o.org = s.org;
    if (s.country) o.country = s.country;
    if (a.notes) o.notes = a.notes;
    const r0 = a.roles[0];
    if (a.roles.length > 1 || (r0 && (r0.from || r0.to || r0.current !== undefined))) o.roles = a.roles;
    return o;
  });
  return `${JSON.stringify({ format: USER_ACTORS_FORMAT, version: 1, actors: out }, null, 2)}\n`;
}

// ---------------------------------------------------------------------------------------------
// Merging and editing

/** Fields the incoming record gives replace the stored ones; aliases are joined; nothing is dropped. */
function mergeOne(stored: Actor, incoming: Actor): Actor {
  const merged: Actor = {
    ...stored,
    name: incoming.name || stored.name,
    aliases: [...new Set([...stored.aliases, ...incoming.aliases, ...(incoming.name !== stored.name ? [stored.name] : [])])].filter(
      (a) => a !== (incoming.name || stored.name),
    ),
    roles: incoming.roles.length ? incoming.roles : stored.roles,
    source: 'user',
  };
  if (incoming.notes) merged.notes = incoming.notes;
  return merged;
}

function sameActor(a: Actor, b: Actor): boolean {
  return a.id === b.id || personKey(a) === personKey(b);
}

export interface MergeResult {
  actors: Actor[];
  added: number;
  updated: number;
  unchanged: number;
}

/**
 * Merge imported people into the stored list: the same person (same id, or same name) is updated
 * with the fields the import gives, new people are added at the end, and no stored person is removed.
 * Ids of new people are made unique against the stored ones.
 */
export function mergeUserActors(stored: readonly Actor[], incoming: readonly Actor[]): MergeResult {
  const actors = stored.slice();
  const taken = new Set(actors.map((a) => a.id));
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  for (const inc of incoming) {
    const byId = actors.findIndex((a) => a.id === inc.id);
    const k = byId >= 0 ? byId : actors.findIndex((a) => sameActor(a, inc));
    if (k >= 0) {
      const merged = mergeOne(actors[k], inc);
      if (JSON.stringify(merged) === JSON.stringify(actors[k])) unchanged++;
      else {
        actors[k] = merged;
        updated++;
      }
      continue;
    }
    const actor = taken.has(inc.id) ? { ...inc, id: makeUserActorId(inc.name, taken) } : inc;
    taken.add(actor.id);
    actors.push(actor);
    added++;
  }
  return { actors, added, updated, unchanged };
}

export type EditResult = { ok: true; actors: Actor[]; actor: Actor } | { ok: false; reason: string };

/** Add a person typed in the options page. */
export function addUserActor(list: readonly Actor[], input: UserActorInput): EditResult {
  if (list.length >= USER_ACTOR_LIMITS.actors) return { ok: false, reason: `at most ${USER_ACTOR_LIMITS.actors} people` };
  const v = validateUserActor(input, new Set(list.map((a) => a.id)));
  if (!v.ok) return v;
  if (list.some((a) => a.id === v.actor.id)) return { ok: false, reason: 'someone with this id is already in your list' };
  if (list.some((a) => personKey(a) === personKey(v.actor))) return { ok: false, reason: 'someone with this name is already in your list' };
  return { ok: true, actors: [...list, v.actor], actor: v.actor };
}

/** Replace a person's fields (the id stays). */
export function updateUserActor(list: readonly Actor[], id: string, input: UserActorInput): EditResult {
  const k = list.findIndex((a) => a.id === id);
  if (k < 0) return { ok: false, reason: 'not in your list' };
  const v = validateUserActor({ ...input, id }, new Set());
  if (!v.ok) return v;
  if (list.some((a, i) => i !== k && personKey(a) === personKey(v.actor))) return { ok: false, reason: 'someone with this name is already in your list' };
  const actors = list.slice();
  actors[k] = v.actor;
  return { ok: true, actors, actor: v.actor };
}

export function removeUserActor(list: readonly Actor[], id: string): Actor[] {
  return list.filter((a) => a.id !== id);
}

/** The simple fields of a stored person, for an edit form. */
export function toUserActorInput(a: Actor): UserActorInput {
  const s = simple(a);
  const out: UserActorInput = { id: a.id, name: a.name, aliases: a.aliases.slice(), role: s.role, org: s.org, country: s.country };
  if (a.notes) out.notes = a.notes;
  if (a.roles.length > 1 || a.roles[0]?.from || a.roles[0]?.to) out.roles = a.roles.map((r) => ({ ...r }));
  return out;
}
