#!/usr/bin/env node
/**
 * Builds the actor list the extension ships (public/actors.json) from the merged open-data file
 * ../shared/data/actors/actors.json (5,908 people; see docs/actors.md for sources and licenses).
 *
 *   npm run build:actors                      # default input and output
 *   node scripts/build-actors.mjs <input.json> [output.json]
 *
 * What it does, per record: keeps id (Wikidata QID where known), name, aliases, source and asOf
 * (traceability), the curated refs and the note; turns role/org/since/until/current plus
 * extraRoles and previousRoles into one list of dated roles. previousRoles are strings like
 * "Minister of Finance, Government of Japan (2010-06-08–2011-09-02)" and are parsed here.
 *
 * Output: a compact JSON (string tables for orgs, countries, sources, asOf; roles as tuples),
 * decoded by utils/actors/codec.ts. Deterministic: no clock, no randomness, input order kept,
 * so the same input gives the same bytes. The input's sha256 is recorded in the output.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const input = resolve(process.argv[2] ?? resolve(root, '../shared/data/actors/actors.json'));
const output = resolve(process.argv[3] ?? resolve(root, 'public/actors.json'));

const MONTHS = {
  january: '01', february: '02', march: '03', april: '04', may: '05', june: '06',
  july: '07', august: '08', september: '09', october: '10', november: '11', december: '12',
};
const ISO = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** "2022-11-03..2023-01-03" (left between two snapshots) → the later bound; "after X" → unknown. */
function parseUntil(until) {
  if (until == null) return {};
  const s = String(until).trim();
  if (ISO.test(s)) return { to: s };
  const range = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)\.\.(\d{4}(?:-\d{2}(?:-\d{2})?)?)$/.exec(s);
  if (range) return { to: range[2] };
  if (/^after\s/i.test(s)) return { ended: true };
  throw new Error(`unknown until: ${s}`);
}

/**
 * Parse the trailing parenthesis of a previousRoles/extraRoles string.
 * Returns { text, from?, to?, current? } where current is true (…–present), false (closed) or
 * undefined (open end marked "?", or only a start given).
 */
function parseDated(raw) {
  const s = raw.trim();
  const m = /\s*\(([^()]*)\)\s*$/.exec(s);
  if (!m) return { text: s, current: false }; // undated previous role: held before, ended
  const inside = m[1].trim();
  const text = s.slice(0, m.index).trim();
  const D = '(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)';
  let r;
  if ((r = new RegExp(`^${D}\\s*(?:–|-|to)\\s*${D}\\.\\.${D}$`).exec(inside)))
    return { text, from: r[1], to: r[3], current: false };
  if ((r = new RegExp(`^${D}\\s*(?:–|-|\\bto\\b)\\s*${D}$`).exec(inside)))
    return { text, from: r[1], to: r[2], current: false };
  if ((r = new RegExp(`^${D}\\s*(?:–|-)\\s*\\?$`).exec(inside))) return { text, from: r[1] };
  if ((r = new RegExp(`^${D}\\s*(?:–|-)\\s*present$`, 'i').exec(inside)))
    return { text, from: r[1], current: true };
  if ((r = new RegExp(`^confirmed\\s+${D}$`, 'i').exec(inside))) return { text, from: r[1], current: false };
  const monthYear = /(?:from|appointed|since)\s+([A-Za-z]+)\s+(\d{4})\s*$/i.exec(inside);
  if (monthYear && MONTHS[monthYear[1].toLowerCase()]) {
    // Keep the non-date part of the note, e.g. "Ishiba cabinet".
    const rest = inside.slice(0, monthYear.index).replace(/[,;\s]+$/, '').trim();
    return {
      text: rest ? `${text} (${rest})` : text,
      from: `${monthYear[2]}-${MONTHS[monthYear[1].toLowerCase()]}`,
      current: false,
    };
  }
  // A parenthesis that is part of the role ("(Chief Whip)") or says it is undated.
  if (/undated/i.test(inside)) return { text, current: false };
  return { text: s, current: false };
}

/** "Role, Org" → the last comma part is the organisation when it looks like one. */
function splitRoleOrg(text) {
  const i = text.lastIndexOf(', ');
  if (i < 0) return { role: text };
  const org = text.slice(i + 2).trim();
  const role = text.slice(0, i).trim();
  if (!/^[A-Z0-9"'“]/.test(org) || !role) return { role: text };
  return { role, org };
}

function endsBeforeStart(from, to) {
  return Boolean(from && to && to.slice(0, from.length) < from.slice(0, to.length));
}

function sha256(buf) {
  return createHash('sha256').update(buf).digest('hex');
}

function build(input, indexActorNames) {
  let records = input;
  const tables = { role: [], org: [], country: [], source: [], asOf: [] };
  const maps = { org: new Map(), country: new Map(), source: new Map(), asOf: new Map() };
  /** 1-based index into a table; 0 = none. */
  const ref = (table, value) => {
    if (value == null || value === '') return 0;
    const v = String(value);
    let i = maps[table].get(v);
    if (i === undefined) {
      tables[table].push(v);
      i = tables[table].length;
      maps[table].set(v, i);
    }
    return i;
  };
  /** Role tuple: [role, org, from, to, current]; current 1 = held, 0 = ended, -1 = unknown. Trailing defaults trimmed. */
  const roleTuple = (r) => {
    const t = [r.role, ref('org', r.org), r.from ?? '', r.to ?? '', r.current === true ? 1 : r.current === false ? 0 : -1];
    const defaults = [undefined, 0, '', '', -1];
    while (t.length > 1 && t[t.length - 1] === defaults[t.length - 1]) t.pop();
    return t;
  };

  // Order the people by their primary name key (the folded canonical name, from
  // utils/actors/normalize.ts): the worker then finds a full name by binary search over the list
  // itself, and only the other keys (aliases, variants) need an index of their own.
  const entries = new Map();
  for (const rec of records) {
    const aliases = [...new Set((rec.aliases ?? []).map((a) => String(a).trim()).filter((a) => a && a !== rec.name))];
    entries.set(rec, indexActorNames(rec.name, aliases, rec.country));
  }
  const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
  records = [...records].sort((a, b) => cmp(entries.get(a).keys[0], entries.get(b).keys[0]) || cmp(a.id, b.id));
  const seen = new Set();
  const actors = [];
  const index = { alt: new Map(), surname: new Map(), lastTwo: new Map() };
  const fixedEnds = [];
  for (const rec of records) {
    if (!rec || typeof rec.id !== 'string' || typeof rec.name !== 'string') throw new Error(`bad record ${JSON.stringify(rec).slice(0, 200)}`);
    if (seen.has(rec.id)) throw new Error(`duplicate id ${rec.id}`);
    seen.add(rec.id);

    const roles = [];
    const main = { role: rec.role, org: rec.org };
    if (rec.since) main.from = String(rec.since);
    const until = parseUntil(rec.until);
    // A few merged records end before they start (an earlier term's end kept with a later start:
    // Trump, Putin, Netanyahu, Lula …): the end belongs to another term, drop it.
    if (endsBeforeStart(main.from, until.to)) {
      delete until.to;
      fixedEnds.push(rec.id);
    }
    if (until.to) main.to = until.to;
    if (rec.current === true && !main.to) main.current = true;
    else if (rec.current === false || until.to || until.ended) main.current = false;
    // current === null: status unknown after asOf (see the record's note) → left undefined.
    if (main.role) roles.push(main);

    for (const extra of rec.extraRoles ?? []) {
      const p = parseDated(extra);
      const { role, org } = splitRoleOrg(p.text);
      const r = { role, org };
      if (p.from) r.from = p.from;
      if (p.to) r.to = p.to;
      // Undated extra roles (committee chairs, party leadership) are held as of the record's asOf
      // when the person is in office then.
      if (p.current === true || (p.from === undefined && p.to === undefined && rec.current === true)) r.current = true;
      else if (p.to || rec.current === false) r.current = false;
      roles.push(r);
    }
    for (const prev of rec.previousRoles ?? []) {
      const p = parseDated(prev);
      const { role, org } = splitRoleOrg(p.text);
      const r = { role, org };
      if (p.from) r.from = p.from;
      if (p.to && !endsBeforeStart(p.from, p.to)) r.to = p.to;
      else if (p.to) fixedEnds.push(`${rec.id} (${role})`);
      if (p.current !== undefined) r.current = p.current;
      roles.push(r);
    }

    const aliases = [...new Set((rec.aliases ?? []).map((a) => String(a).trim()).filter((a) => a && a !== rec.name))];
    // the index entries the worker would otherwise compute at start-up (utils/actors/normalize.ts)
    const entry = entries.get(rec);
    const pos = actors.length;
    for (const [kind, keys] of [['alt', entry.keys.slice(1)], ['surname', entry.surnames], ['lastTwo', entry.lastTwo]]) {
      for (const k of keys) {
        const list = index[kind].get(k);
        if (!list) index[kind].set(k, [pos]);
        else if (!list.includes(pos)) list.push(pos);
      }
    }
    const row = [
      rec.id,
      rec.name,
      aliases.length ? aliases : 0,
      ref('country', rec.country),
      ref('source', rec.source),
      ref('asOf', rec.asOf),
      roles.map(roleTuple),
    ];
    const extras = {};
    if (rec.note) extras.n = rec.note;
    if (Array.isArray(rec.refs) && rec.refs.length) extras.r = rec.refs;
    if (Object.keys(extras).length) row.push(extras);
    actors.push(row);
  }
  if (fixedEnds.length) console.log(`dropped an end date earlier than the start on ${fixedEnds.length} roles: ${fixedEnds.join(', ')}`);
  // Role titles used more than once go to a table too ("Minister of Finance", "U.S. Senator from …").
  const uses = new Map();
  for (const a of actors) for (const r of a[6]) uses.set(r[0], (uses.get(r[0]) ?? 0) + 1);
  tables.role = [...uses].filter(([, n]) => n > 1).map(([t]) => t).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const roleIx = new Map(tables.role.map((t, i) => [t, i + 1]));
  for (const a of actors) for (const r of a[6]) r[0] = roleIx.get(r[0]) ?? r[0];
  // Keys sorted in code-unit order (what JavaScript's < compares) for a binary search at run time.
  const sorted = (map) => {
    const keys = [...map.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return [keys, keys.map((k) => (map.get(k).length === 1 ? map.get(k)[0] : map.get(k)))];
  };
  return { tables, actors, index: { order: 'primary-key', alt: sorted(index.alt), surname: sorted(index.surname), lastTwo: sorted(index.lastTwo) } };
}

async function main() {
  const raw = readFileSync(input);
  const records = JSON.parse(raw.toString('utf8'));
  if (!Array.isArray(records)) throw new Error('input must be a JSON array of actor records');
  // The name normalisation is TypeScript shared with the extension; load it through tsx.
  const { tsImport } = await import('tsx/esm/api');
  const { indexActorNames } = await tsImport('../utils/actors/normalize.ts', import.meta.url);
  const { tables, actors, index } = build(records, indexActorNames);
  const out = {
    format: 'quotelens-actors',
    version: 1,
    about:
      'Public figures bundled with QuoteLens. Built by scripts/build-actors.mjs from actors.json (open data, CC0-1.0 / public domain; see docs/actors.md). Decode with utils/actors/codec.ts.',
    input: { file: 'actors.json', sha256: sha256(raw), records: records.length },
    layout: {
      actor: '[id, name, aliases|0, country#, source#, asOf#, roles, extras?]  (# = 1-based index into tables; 0 = none)',
      index: 'actors are sorted by primary name key (utils/actors/normalize.ts indexActorNames(...).keys[0]); {alt, surname, lastTwo}: [sorted keys, actor position(s) per key] for the other keys',
      role: '[role|role#, org#, from, to, current]  current: 1 held, 0 ended, -1 unknown (default); trailing defaults omitted',
      extras: '{n: note, r: refs}',
    },
    tables,
    index,
    actors,
  };
  // One actor per line: readable diffs, still compact.
  const head = JSON.stringify({ ...out, actors: undefined }).replace(/}$/, '');
  const body = actors.map((a) => JSON.stringify(a)).join(',\n');
  const text = `${head},"actors":[\n${body}\n]}\n`;
  JSON.parse(text); // sanity
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(output, text);
  const bytes = Buffer.byteLength(text);
  const gz = gzipSync(text, { level: 9 }).length;
  const roles = actors.reduce((n, a) => n + a[6].length, 0);
  console.log(
    `${relative(process.cwd(), output)}: ${actors.length} actors, ${roles} roles, ${bytes} bytes (${(bytes / 1024).toFixed(0)} KB), ${gz} gzipped (${(gz / 1024).toFixed(0)} KB)`,
  );
  if (bytes > 2 * 1024 * 1024) throw new Error('over the 2 MB budget');
  if (gz > 300 * 1024) throw new Error('over the 300 KB gzipped budget');
}

await main();
