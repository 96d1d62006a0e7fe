/**
 * What the hover card shows for a quote, and the text "Copy" puts on the clipboard. Pure: a quote
 * and its speaker group in, plain strings out; the component renders them as text only.
 */
import type { PageMeta, Quote, RoleSource, SpeakerSource } from '../quote';
import { neutralColor, type SpeakerColor } from './colors';
import type { SpeakerRef } from './plan';
import type { Palette } from '../settings';

export interface CardModel {
  quoteId: string;
  kind: Quote['kind'];
  /** The quote's words (shortened for display; the copy keeps them whole). */
  excerpt: string;
  color: SpeakerColor;
  speaker: null | {
    name: string;
    /** "Treasury secretary, U.S. Treasury" (role and org, whichever are known). */
    role?: string;
    /** Where role and org came from: "actor list", "this page", "your list". */
    roleFrom?: string;
    /** The bundled list's role when the page gives another one. */
    listRole?: string;
    country?: string;
    /** https://www.wikidata.org/wiki/Q… when the actor id is a Wikidata id. */
    wikidata?: string;
    /** The group name 'open-list' filters the list by. */
    listName: string;
  };
  /** How the speaker was found: "Named here", "“he” → Scott Bessent", … */
  how: string;
  /** The attribution phrase as written ("said in a statement"). */
  cue?: string;
  /** 0–100. */
  confidence: number;
  confidenceLabel: 'high' | 'medium' | 'low';
  /** The quote with its attribution, for the clipboard. */
  copyText: string;
}

const ROLE_FROM: Record<RoleSource, string> = { actors: 'actor list', page: 'this page', user: 'your list' };

const HOW: Record<SpeakerSource, (name: string, mention: string) => string> = {
  cue: (name, mention) => (mention && fold(mention) !== fold(name) ? `Named here as “${mention}”` : 'Named here'),
  pronoun: (name, mention) => `“${mention || 'they'}” → ${name}`,
  continuation: (name) => `Continues the previous quote by ${name}`,
  context: (name) => `From context: ${name} is the nearest plausible source`,
  echo: (name) => `A headline repeating ${name}’s words in the article`,
};

const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** A Wikidata item URL for ids like "Q42", else undefined. */
export function wikidataUrl(actorId: string | undefined): string | undefined {
  return actorId && /^Q[1-9]\d{0,11}$/.test(actorId) ? `https://www.wikidata.org/wiki/${actorId}` : undefined;
}

/** At most `max` characters, cut at a word, with an ellipsis. */
export function excerpt(text: string, max = 280): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

export function confidenceLabel(confidence: number): CardModel['confidenceLabel'] {
  return confidence >= 0.75 ? 'high' : confidence >= 0.45 ? 'medium' : 'low';
}

/** "Scott Bessent, Treasury secretary (U.S. Treasury)", or the name alone. */
export function describeSpeaker(s: { name: string; role?: string; org?: string }): string {
  const role = s.role?.trim();
  const org = s.org?.trim();
  if (role && org && !fold(role).includes(fold(org))) return `${s.name}, ${role}, ${org}`;
  if (role) return `${s.name}, ${role}`;
  if (org) return `${s.name} (${org})`;
  return s.name;
}

/** “Quote” — Speaker, role, org. Source: title (site), url */
export function copyText(quote: Quote, meta: PageMeta = {}, speakerName?: string): string {
  const words = quote.text.replace(/\s+/g, ' ').trim();
  let line = `“${words}”`;
  if (quote.kind === 'statement') {
    const s = quote.speaker;
    line += s && (speakerName ?? s.name).trim() ? ` — ${describeSpeaker({ ...s, name: speakerName ?? s.name })}` : ' — unattributed';
  }
  const source = [meta.title?.trim(), meta.site?.trim() ? `(${meta.site.trim()})` : ''].filter(Boolean).join(' ');
  const where = [source, meta.published, meta.url].filter(Boolean).join(', ');
  return where ? `${line}\nSource: ${where}` : line;
}

export function cardModel(quote: Quote, ref: SpeakerRef | null, meta: PageMeta = {}, palette: Palette = 'default'): CardModel {
  const confidence = Math.max(0, Math.min(100, Math.round(quote.confidence * 100)));
  const s = quote.kind === 'statement' ? quote.speaker : null;
  const name = s?.name.trim() ? s.name.trim() : '';
  let how: string;
  if (quote.kind === 'term') how = 'A term or name in quotation marks: nobody is quoted';
  else if (!s || !name) how = 'No speaker found';
  else how = HOW[s.source]?.(name, s.mention?.trim() ?? '') ?? 'Named here';
  const speaker: CardModel['speaker'] =
    s && name
      ? {
          name,
          ...(describeRole(s) ? { role: describeRole(s) } : {}),
          ...(s.roleSource && (s.role || s.org) ? { roleFrom: ROLE_FROM[s.roleSource] } : {}),
          ...(s.listRole && s.listRole !== s.role ? { listRole: s.listRole } : {}),
          ...(s.country ? { country: s.country } : {}),
          ...(wikidataUrl(s.actorId) ? { wikidata: wikidataUrl(s.actorId) } : {}),
          listName: ref?.name ?? name,
        }
      : null;
  return {
    quoteId: quote.id,
    kind: quote.kind,
    excerpt: excerpt(quote.text),
    color: ref?.color ?? neutralColor(palette),
    speaker,
    how,
    ...(quote.cue?.trim() ? { cue: quote.cue.trim() } : {}),
    confidence,
    confidenceLabel: confidenceLabel(quote.confidence),
    copyText: copyText(quote, meta, name || undefined),
  };
}

function describeRole(s: { role?: string; org?: string }): string | undefined {
  const role = s.role?.trim();
  const org = s.org?.trim();
  if (role && org && !fold(role).includes(fold(org))) return `${role}, ${org}`;
  return role || org || undefined;
}
