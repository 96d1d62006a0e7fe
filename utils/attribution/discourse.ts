/**
 * What the page has said so far: the people and organisations named in its prose, in order, so
 * that "he", "Bessent" and "the official" can be resolved. Names in captions, credits, bylines
 * and headings never enter it.
 */
import type { Gender, Mention } from './mentions';

export interface Entry {
  /** Resolved name: "Scott Bessent", "the Commerce Department". */
  name: string;
  kind: 'person' | 'other';
  gender?: Gender;
  plural?: boolean;
  /** Global sentence number and token position, for recency. */
  sentence: number;
  pos: number;
  subject: boolean;
  speaker: boolean;
  /** The noun phrase as written, for definite descriptions ("A Chinese Ministry of Commerce official"). */
  text: string;
  role?: string;
}

const key = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’']/g, "'");

export class Discourse {
  readonly entries: Entry[] = [];
  /** Full names (two or more words) seen in prose, most recent last. */
  private fullNames: Array<{ name: string; key: string; parts: string[]; gender?: Gender; role?: string }> = [];

  /** The full name a partial name stands for: "Bessent" → "Scott Bessent"; itself when unknown. */
  expand(name: string): { name: string; gender?: Gender; known: boolean } {
    const parts = key(name).split(/\s+/);
    if (parts.length >= 2) {
      const exact = this.findFull(key(name));
      return exact ? { name: exact.name, gender: exact.gender, known: true } : { name, known: false };
    }
    const part = parts[0];
    // the most recent full name whose last word is this one, else whose first word is (Chinese order, first names)
    for (const pick of [(p: string[]) => p[p.length - 1] === part, (p: string[]) => p[0] === part, (p: string[]) => p.includes(part)]) {
      for (let i = this.fullNames.length - 1; i >= 0; i--) {
        if (pick(this.fullNames[i].parts)) return { name: this.fullNames[i].name, gender: this.fullNames[i].gender, known: true };
      }
    }
    return { name, known: false };
  }

  private findFull(k: string) {
    for (let i = this.fullNames.length - 1; i >= 0; i--) if (this.fullNames[i].key === k) return this.fullNames[i];
    return undefined;
  }

  /** Record a mention from prose. Returns the entry, with the name resolved. */
  add(m: Mention, sentence: number, flags: { subject?: boolean; speaker?: boolean } = {}): Entry | null {
    if (m.kind === 'pronoun') return null;
    let name = m.text;
    let gender = m.gender;
    let kind: Entry['kind'] = 'other';
    if ((m.kind === 'person' || m.kind === 'name') && m.name) {
      const parts = key(m.name).split(/\s+/);
      if (parts.length >= 2) {
        const k = key(m.name);
        if (!this.findFull(k)) this.fullNames.push({ name: m.name, key: k, parts, gender: m.gender, role: m.role });
        name = m.name;
        kind = 'person';
      } else {
        const expanded = this.expand(m.name);
        name = expanded.name;
        gender = gender ?? expanded.gender;
        kind = expanded.known || m.kind === 'person' ? 'person' : 'other';
        // an unknown single capitalised word may still be a person (a surname used alone)
        if (!expanded.known && m.kind === 'name') kind = 'person';
      }
    }
    const entry: Entry = { name, kind, gender, plural: m.plural, sentence, pos: m.start, subject: !!flags.subject, speaker: !!flags.speaker, text: m.text, role: m.role };
    this.entries.push(entry);
    return entry;
  }

  /** Mark the most recent entry for `name` as a speaker (for pronoun preference). */
  markSpeaker(name: string, sentence: number) {
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const e = this.entries[i];
      if (e.sentence < sentence - 1) break;
      if (e.name === name) {
        e.speaker = true;
        return;
      }
    }
  }

  /**
   * The antecedent of a pronoun at (sentence, pos): the most recent sentence with a compatible
   * candidate wins; within it, a speaker, then a subject, then the first mention.
   */
  resolvePronoun(pronoun: string, sentence: number, pos: number, maxBack = 6): Entry | null {
    const p = pronoun.toLowerCase();
    const wantPerson = p === 'he' || p === 'she' || p === 'i';
    const wantGender: Gender | undefined = p === 'he' ? 'male' : p === 'she' ? 'female' : undefined;
    const fits = (e: Entry) => {
      if (wantPerson) return e.kind === 'person' && !e.plural && (!wantGender || !e.gender || e.gender === wantGender);
      if (p === 'it') return e.kind === 'other';
      if (p === 'they') return e.kind === 'other' || !!e.plural;
      if (p === 'we') return e.kind === 'other' || !!e.plural;
      return false;
    };
    let i = this.entries.length - 1;
    while (i >= 0) {
      const s = this.entries[i].sentence;
      if (s < sentence - maxBack) break;
      const group: Entry[] = [];
      for (; i >= 0 && this.entries[i].sentence === s; i--) {
        const e = this.entries[i];
        if (s === sentence && e.pos >= pos) continue;
        if (fits(e)) group.push(e);
      }
      if (group.length) {
        group.reverse(); // in text order
        // it/they take the subject of their sentence; he/she prefer the speaker, then the subject
        return group.find((e) => e.speaker) ?? group.find((e) => e.subject) ?? group[0];
      }
    }
    return null;
  }

  /** "the official", "the Nvidia spokesperson": the most recent entry whose phrase or role ends with the same noun. */
  resolveDescription(text: string, sentence: number): Entry | null {
    const words = key(text).replace(/^(the|this|that)\s+/, '').split(/\s+/);
    const head = words[words.length - 1];
    if (!head) return null;
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const e = this.entries[i];
      if (e.sentence >= sentence) continue;
      if (key(e.text) === key(text)) continue;
      const role = key(e.role ?? '');
      const phrase = key(e.text);
      if ((role && role.split(/\s+/).includes(head)) || phrase.endsWith(` ${head}`)) return e;
    }
    return null;
  }

  /** The person who is the subject of a sentence, if one is. */
  subjectOf(sentence: number): Entry | null {
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const e = this.entries[i];
      if (e.sentence < sentence) break;
      if (e.sentence === sentence && e.subject && e.kind === 'person') return e;
    }
    return null;
  }

  /** A role learned for a person ("John Rizzo, a spokesperson for Nvidia"). */
  noteRole(name: string, role: string) {
    const full = this.findFull(key(name));
    if (full && !full.role) full.role = role;
    for (let i = this.entries.length - 1; i >= 0; i--) if (this.entries[i].name === name && !this.entries[i].role) this.entries[i].role = role;
  }
}
