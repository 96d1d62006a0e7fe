/**
 * Range planning: which quotes to paint, under which highlight name, and how to tell a quote
 * painted before a rescan from a new one. Pure: quotes and block texts in, plain entries out.
 */
import { groupBySpeaker } from '../export/group';
import type { Quote } from '../quote';
import type { Palette } from '../settings';
import { speakerColor, type SpeakerColor } from './colors';
import { colorHighlight, HIGHLIGHT } from './style';

export interface PlanOptions {
  /** Paint terms (scare quotes, names) too. */
  terms: boolean;
  palette: Palette;
  /** Ids of block texts, kept by the caller between rescans (see blockKeys). */
  textIds?: Map<string, number>;
  /** The speaker groups the background worked out (PageAnalysis.speakers); else grouped here. */
  groups?: ReadonlyArray<{ key: string; name: string; quoteIds: readonly string[]; colors?: Partial<Record<Palette, SpeakerColor>> }>;
}

/** Who a statement belongs to, as the popup groups it. */
export interface SpeakerRef {
  /** groupBySpeaker's key: `actor:Q123` or `name:scott bessent`. */
  key: string;
  /** The group's display name (what the popup lists, and what 'open-list' filters by). */
  name: string;
  color: SpeakerColor;
}

export interface PlanEntry {
  quote: Quote;
  /** The highlight name it is painted under. */
  name: string;
  /**
   * Identity across rescans: the block's text (and which of the blocks with that same text it
   * is), the span and the name. A quote whose paragraph did not change keeps its key even when
   * paragraphs before it were added or removed.
   */
  key: string;
  speaker: SpeakerRef | null;
}

export interface Plan {
  /** In page order. */
  entries: PlanEntry[];
  /** The speaker colours in use (one per distinct colour), for the stylesheet. */
  colors: SpeakerColor[];
  /** Whether any entry is painted as unattributed, or as a term (their rules are needed). */
  unattributed: boolean;
  term: boolean;
}

/**
 * Per block: `<id of its text>#<how many earlier blocks have the same text>`. Texts get ids from
 * `ids`, which the caller keeps between rescans so an unchanged paragraph keeps its key (a Map
 * hashes the text natively: much cheaper than hashing it in script on every page).
 */
export function blockKeys(blocks: ReadonlyArray<{ text: string }>, ids: Map<string, number> = new Map()): string[] {
  const seen = new Map<number, number>();
  return blocks.map((b) => {
    let id = ids.get(b.text);
    if (id === undefined) ids.set(b.text, (id = ids.size));
    const n = seen.get(id) ?? 0;
    seen.set(id, n + 1);
    return `${id}#${n}`;
  });
}

/** The speaker of every statement, keyed by quote id (from `groups` when given: no grouping work on the page). */
export function speakersOf(quotes: readonly Quote[], palette: Palette, groups?: PlanOptions['groups']): Map<string, SpeakerRef> {
  const out = new Map<string, SpeakerRef>();
  if (groups) {
    for (const g of groups) {
      const ref: SpeakerRef = { key: g.key, name: g.name, color: g.colors?.[palette] ?? speakerColor(g.key, palette) };
      for (const id of g.quoteIds) out.set(id, ref);
    }
    return out;
  }
  for (const group of groupBySpeaker(quotes).speakers) {
    const ref: SpeakerRef = { key: group.key, name: group.name, color: speakerColor(group.key, palette) };
    for (const q of group.quotes) out.set(q.id, ref);
  }
  return out;
}

/** What to paint: statements under their speaker's colour, terms (when asked) under a lighter name. */
export function planHighlights(quotes: readonly Quote[], blocks: ReadonlyArray<{ text: string }>, options: PlanOptions): Plan {
  const keys = blockKeys(blocks, options.textIds);
  const speakers = speakersOf(quotes, options.palette, options.groups);
  const colors = new Map<string, SpeakerColor>();
  const entries: PlanEntry[] = [];
  const ordered = [...quotes].sort((a, b) => a.blockIndex - b.blockIndex || a.start - b.start || b.end - a.end);
  for (const quote of ordered) {
    const blockKey = keys[quote.blockIndex];
    if (blockKey === undefined || quote.end <= quote.start) continue;
    if (quote.kind === 'term' && !options.terms) continue;
    const speaker = quote.kind === 'statement' ? (speakers.get(quote.id) ?? null) : null;
    let name: string;
    if (quote.kind === 'term') name = HIGHLIGHT.term;
    else if (speaker) {
      name = colorHighlight(speaker.color);
      colors.set(name, speaker.color);
    } else name = HIGHLIGHT.unattributed;
    entries.push({ quote, name, key: `${blockKey}:${quote.start}-${quote.end}:${name}`, speaker });
  }
  return { entries, colors: [...colors.values()], unattributed: entries.some((e) => e.name === HIGHLIGHT.unattributed), term: entries.some((e) => e.name === HIGHLIGHT.term) };
}

export interface PlanDiff<T> {
  /** Entries of the new plan not painted yet. */
  added: PlanEntry[];
  /** Entries of the new plan already painted (with what is painted for them). */
  kept: Array<{ entry: PlanEntry; painted: T }>;
  /** Painted keys the new plan no longer has. */
  removed: string[];
}

/** What changes between what is painted (by key) and a new plan. Duplicate keys count once. */
export function diffPlan<T>(painted: ReadonlyMap<string, T>, next: readonly PlanEntry[]): PlanDiff<T> {
  const added: PlanEntry[] = [];
  const kept: Array<{ entry: PlanEntry; painted: T }> = [];
  const wanted = new Set<string>();
  for (const entry of next) {
    if (wanted.has(entry.key)) continue;
    wanted.add(entry.key);
    const old = painted.get(entry.key);
    if (old === undefined) added.push(entry);
    else kept.push({ entry, painted: old });
  }
  const removed = [...painted.keys()].filter((k) => !wanted.has(k));
  return { added, kept, removed };
}
