/**
 * Who said what: quotes grouped by speaker. The popup's list and the Markdown digest both use
 * `groupBySpeaker`, so the two always agree on who is listed, in which order, with which quotes.
 * Pure: plain quotes in, plain groups out.
 */
import type { Quote, Speaker } from '../quote';

export interface SpeakerGroup {
  /** Stable identity for keys and DOM hooks: `actor:<actorId>` or `name:<normalised name>`. */
  key: string;
  /** The group's display name: the name most of its quotes give (ties: the earliest). */
  name: string;
  /**
   * The group's speaker, merged over its quotes in page order: name as above, `mention` and
   * `source` from the first quote, and each of actorId, role (with roleSource and listRole),
   * org and country from the first quote that has one.
   */
  speaker: Speaker;
  /** The speaker's statements, in page order. */
  quotes: Quote[];
}

export interface SpeakerGroups {
  /** Sorted by number of quotes (most first), then by first appearance on the page. */
  speakers: SpeakerGroup[];
  /** Scare quotes, names and titles (kind 'term'), in page order, whatever their speaker. */
  terms: Quote[];
  /** Statements with no speaker (or an empty speaker name), in page order. */
  unattributed: Quote[];
}

/** Page order: by block, then by position in the block (then by end, so enclosing quotes come first). */
export function comparePageOrder(a: Quote, b: Quote): number {
  return a.blockIndex - b.blockIndex || a.start - b.start || b.end - a.end;
}

/** A copy of `quotes` in page order (the sort is stable: equal positions keep their input order). */
export function inPageOrder(quotes: readonly Quote[]): Quote[] {
  return [...quotes].sort(comparePageOrder);
}

/** Case-, width- and spacing-insensitive form of a name, for grouping only. */
export function normaliseName(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

const nonEmpty = (s: string | undefined): s is string => s !== undefined && s.trim() !== '';

interface Building {
  quotes: Quote[];
  actorId?: string;
  nameKey: string;
  firstSeen: number;
}

/**
 * Groups statements by speaker. A speaker is the same person when the quotes share an actorId,
 * or when their names are equal after normalisation and at most one actorId is involved (so
 * "Bessent" with an actorId and "Bessent" without one are one person, but two different actors
 * who share a name stay apart).
 */
export function groupBySpeaker(quotes: readonly Quote[]): SpeakerGroups {
  const ordered = inPageOrder(quotes);
  const terms: Quote[] = [];
  const unattributed: Quote[] = [];
  const groups: Building[] = [];
  const byActor = new Map<string, Building>();
  const byName = new Map<string, Building>();

  ordered.forEach((q, index) => {
    if (q.kind === 'term') {
      terms.push(q);
      return;
    }
    const speaker = q.speaker;
    if (!speaker || !nonEmpty(speaker.name)) {
      unattributed.push(q);
      return;
    }
    const nameKey = normaliseName(speaker.name);
    const actorId = nonEmpty(speaker.actorId) ? speaker.actorId.trim() : undefined;
    let group = actorId ? byActor.get(actorId) : undefined;
    if (!group) {
      const sameName = byName.get(nameKey);
      if (sameName && (!actorId || !sameName.actorId)) group = sameName;
    }
    if (!group) {
      group = { quotes: [], nameKey, firstSeen: index };
      groups.push(group);
    }
    if (actorId && !group.actorId) group.actorId = actorId;
    if (actorId && !byActor.has(actorId)) byActor.set(actorId, group);
    if (!byName.has(nameKey)) byName.set(nameKey, group);
    group.quotes.push(q);
  });

  const speakers = groups
    .sort((a, b) => b.quotes.length - a.quotes.length || a.firstSeen - b.firstSeen)
    .map(finish);
  return { speakers, terms, unattributed };
}

function finish(group: Building): SpeakerGroup {
  const speakers = group.quotes.map((q) => q.speaker as Speaker);
  const name = mostFrequentName(speakers);
  const first = speakers[0];
  const merged: Speaker = { name, mention: first.mention, source: first.source };
  if (group.actorId) merged.actorId = group.actorId;
  const withRole = speakers.find((s) => nonEmpty(s.role));
  if (withRole) {
    merged.role = withRole.role;
    if (withRole.roleSource) merged.roleSource = withRole.roleSource;
    if (nonEmpty(withRole.listRole)) merged.listRole = withRole.listRole;
  }
  const org = speakers.find((s) => nonEmpty(s.org))?.org;
  if (org) merged.org = org;
  const country = speakers.find((s) => nonEmpty(s.country))?.country;
  if (country) merged.country = country;
  const key = group.actorId ? `actor:${group.actorId}` : `name:${group.nameKey}`;
  return { key, name, speaker: merged, quotes: group.quotes };
}

function mostFrequentName(speakers: Speaker[]): string {
  const counts = new Map<string, number>();
  for (const s of speakers) counts.set(s.name.trim(), (counts.get(s.name.trim()) ?? 0) + 1);
  let best = '';
  let bestCount = 0;
  // Map iteration follows insertion order, i.e. first appearance, so ties keep the earliest name.
  for (const [name, count] of counts) {
    if (count > bestCount) {
      best = name;
      bestCount = count;
    }
  }
  return best;
}
