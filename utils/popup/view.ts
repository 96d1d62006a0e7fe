/**
 * What the popup shows for an analysed page: speakers grouped (by utils/export's `groupBySpeaker`,
 * so the list and the exports agree), each with its colour, role and where the role came from, and
 * its quotes in page order; terms and unattributed statements apart; all narrowed by the filter.
 * Pure: an analysis, the palette and the filter text in, plain view models out.
 */
import { groupBySpeaker, inPageOrder, wikidataUrl } from '../export';
import { neutralColor, speakerColor, type SpeakerColor } from '../highlight/colors';
import type { PageAnalysis } from '../messages';
import type { Quote, QuoteKind, RoleSource } from '../quote';
import type { Palette } from '../storage';
import { allWordsIn, filterWords, foldText } from './filter';

export interface QuoteView {
  id: string;
  text: string;
  kind: QuoteKind;
  /** 1-based position among all the page's quotes. */
  order: number;
  /** As written at the cue, when it is not just (part of) the speaker's name: "he", "the minister". */
  mention?: string;
  cue?: string;
}

export interface SpeakerView {
  /** `groupBySpeaker`'s key: `actor:…` or `name:…`. */
  key: string;
  name: string;
  color: SpeakerColor;
  role?: string;
  org?: string;
  country?: string;
  roleSource?: RoleSource;
  /** Words for the role's source: "QuoteLens list", "this page", "your list". */
  roleSourceLabel?: string;
  /** The role in a list (QuoteLens's or the reader's) when the page gives another one. */
  listRole?: string;
  wikidataUrl: string | null;
  /** All of the speaker's statements on the page (before filtering). */
  total: number;
  /** The statements shown (after filtering), in page order. */
  quotes: QuoteView[];
}

export interface PopupCounts {
  quotes: number;
  statements: number;
  terms: number;
  speakers: number;
  unattributed: number;
}

export interface PopupView {
  title: string;
  url?: string;
  site?: string;
  published?: string;
  /** Whole page, unfiltered. */
  counts: PopupCounts;
  /** After filtering: speakers with at least one quote shown, most quotes on the page first. */
  speakers: SpeakerView[];
  unattributed: QuoteView[];
  terms: QuoteView[];
  termColor: SpeakerColor;
  /** True when a filter is set. */
  filtered: boolean;
  /** Quotes shown (statements and terms) after filtering. */
  shown: number;
}

export const ROLE_SOURCE_LABEL: Readonly<Record<RoleSource, string>> = {
  actors: 'QuoteLens list',
  page: 'this page',
  user: 'your list',
};

export interface ViewOptions {
  palette?: Palette;
  filter?: string;
}

/** A page's title for the heading: the page's own, else its address, else a plain fallback. */
export function pageTitle(analysis: PageAnalysis): string {
  return analysis.meta.title?.trim() || analysis.meta.url || 'This page';
}

export function buildPopupView(analysis: PageAnalysis, options: ViewOptions = {}): PopupView {
  const palette = options.palette ?? 'default';
  const words = filterWords(options.filter ?? '');
  const order = new Map(inPageOrder(analysis.quotes).map((q, i) => [q.id, i + 1]));
  const groups = groupBySpeaker(analysis.quotes);
  const toView = (q: Quote): QuoteView => {
    const v: QuoteView = { id: q.id, text: q.text, kind: q.kind, order: order.get(q.id) ?? 0 };
    const mention = q.speaker?.mention?.trim();
    if (mention && !mentionIsName(mention, q.speaker?.name ?? '')) v.mention = mention;
    if (q.cue) v.cue = q.cue;
    return v;
  };
  const quoteMatches = (q: Quote, speakerText: readonly string[]) =>
    allWordsIn(words, [...speakerText, foldText(q.text), ...(q.speaker ? [foldText(q.speaker.mention ?? '')] : [])]);

  const speakers: SpeakerView[] = [];
  for (const g of groups.speakers) {
    const s = g.speaker;
    const speakerText = [g.name, s.mention, s.role ?? '', s.org ?? '', s.listRole ?? ''].map(foldText);
    const whole = words.length === 0 || allWordsIn(words, speakerText);
    const shown = whole ? g.quotes : g.quotes.filter((q) => quoteMatches(q, speakerText));
    if (!shown.length) continue;
    const view: SpeakerView = {
      key: g.key,
      name: g.name,
      color: speakerColor(g.key, palette),
      wikidataUrl: wikidataUrl(s.actorId),
      total: g.quotes.length,
      quotes: shown.map(toView),
    };
    if (s.role) view.role = s.role;
    if (s.org) view.org = s.org;
    if (s.country) view.country = s.country;
    if (s.roleSource) {
      view.roleSource = s.roleSource;
      view.roleSourceLabel = ROLE_SOURCE_LABEL[s.roleSource];
    }
    if (s.listRole && s.listRole !== s.role) view.listRole = s.listRole;
    speakers.push(view);
  }

  const keep = (q: Quote) => words.length === 0 || quoteMatches(q, q.speaker ? [foldText(q.speaker.name)] : []);
  const unattributed = groups.unattributed.filter(keep).map(toView);
  const terms = groups.terms.filter(keep).map(toView);
  const { meta } = analysis;
  const view: PopupView = {
    title: pageTitle(analysis),
    counts: {
      quotes: analysis.quotes.length,
      statements: analysis.quotes.length - groups.terms.length,
      terms: groups.terms.length,
      speakers: groups.speakers.length,
      unattributed: groups.unattributed.length,
    },
    speakers,
    unattributed,
    terms,
    termColor: neutralColor(palette),
    filtered: words.length > 0,
    shown: speakers.reduce((n, s) => n + s.quotes.length, 0) + unattributed.length + terms.length,
  };
  if (meta.url) view.url = meta.url;
  if (meta.site) view.site = meta.site;
  if (meta.published) view.published = meta.published;
  return view;
}

/** Is the mention the name or part of it ("Bessent" for "Scott Bessent")? Then it says nothing new. */
export function mentionIsName(mention: string, name: string): boolean {
  const words = new Set(foldText(name).split(' '));
  return foldText(mention)
    .split(' ')
    .every((w) => words.has(w.replace(/['’]s$/, '')));
}

/** "1 quote", "2 quotes": the few plurals the popup needs. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
