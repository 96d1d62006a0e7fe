/**
 * A small scorer for gold files in the shape of tests/fixtures/seed/gold.json, following the
 * rules of the project's evaluation: texts match after trimming marks, edge punctuation and
 * case (or when one holds the other and is at least 60% of it); a speaker is right when its
 * name or mention is, or contains as whole words, one the gold accepts.
 */
import type { Quote } from '@/utils/quote';

export interface GoldQuote {
  text: string;
  kind: 'statement' | 'term';
  optional?: boolean;
  occurrences?: number;
  speaker?: { name: string; accept?: string[] } | null;
}
export interface Gold {
  quotes: GoldQuote[];
  not_speakers?: string[];
}

const EDGE = /^[\s"'“”‘’«»„‚‹›`,.;:!?…\u2014\u2013-]+|[\s"'“”‘’«»„‚‹›`,.;:!?…\u2014\u2013-]+$/g;
export const normQuote = (s: string) =>
  s.normalize('NFKC').replace(/[‘’‚‛]/g, "'").replace(/[“”„‟]/g, '"').replace(/\s+/g, ' ').replace(EDGE, '').toLowerCase();
export const normName = (s: string) =>
  s.normalize('NFKC').toLowerCase().replace(/[’‘]/g, "'").replace(/'s\b/g, '').replace(/[^\p{L}\p{N}\s-]/gu, ' ').replace(/\s+/g, ' ').trim().replace(/^(the|a|an) /, '');
const containsWords = (hay: string, needle: string) => !!needle && ` ${hay} `.includes(` ${needle} `);

export interface Score {
  quoteF1: number;
  speakerAccuracy: number;
  e2eF1: number;
  termsAsStatements: number;
  captionSpeakers: number;
  misses: string[];
}

export function score(found: readonly Quote[], gold: Gold): Score {
  const preds = found.map((q) => ({ q, n: normQuote(q.text), used: false }));
  const items = gold.quotes.flatMap((g) => Array.from({ length: g.occurrences ?? 1 }, () => ({ g, n: normQuote(g.text), match: null as (typeof preds)[number] | null })));
  const loose = (a: string, b: string) => (a.includes(b) || b.includes(a)) && Math.min(a.length, b.length) / Math.max(a.length, b.length) >= 0.6;
  for (const optional of [false, true]) {
    for (const test of [(a: string, b: string) => a === b, loose]) {
      for (const item of items) {
        if (item.match || Boolean(item.g.optional) !== optional) continue;
        const m = preds.find((p) => !p.used && test(p.n, item.n));
        if (m) {
          m.used = true;
          item.match = m;
        }
      }
    }
  }
  const misses: string[] = [];
  let tp = 0, fp = 0, fn = 0, spk = 0, spkOk = 0, e2e = 0, neutral = 0, termsAsStatements = 0, captionSpeakers = 0, pred = 0;
  const notSpeakers = (gold.not_speakers ?? []).map(normName);
  for (const p of preds) {
    if (p.q.kind !== 'statement') continue;
    pred++;
    const name = normName(p.q.speaker?.name ?? '');
    if (name && notSpeakers.some((ns) => name === ns || containsWords(name, ns))) captionSpeakers++;
    if (!p.used) {
      fp++;
      misses.push(`FP "${p.q.text}"`);
    }
  }
  for (const { g, match } of items) {
    const stmt = match?.q.kind === 'statement';
    if (g.kind === 'term') {
      if (g.optional) neutral += stmt ? 1 : 0;
      else if (stmt) {
        termsAsStatements++;
        fp++;
        misses.push(`TERM-AS-STATEMENT "${g.text}"`);
      }
      continue;
    }
    if (g.optional) {
      neutral += stmt ? 1 : 0;
      continue;
    }
    if (!stmt) {
      fn++;
      misses.push(`MISSED "${g.text}"`);
      continue;
    }
    tp++;
    if (!g.speaker) {
      e2e++;
      continue;
    }
    spk++;
    const accept = (g.speaker.accept?.length ? g.speaker.accept : [g.speaker.name]).map(normName);
    const names = [match!.q.speaker?.name, match!.q.speaker?.mention].filter((x): x is string => !!x).map(normName);
    if (names.some((n) => accept.some((a) => n === a || containsWords(n, a)))) {
      spkOk++;
      e2e++;
    } else misses.push(`SPEAKER "${g.text}" gold=${g.speaker.name} got=${match!.q.speaker?.name ?? 'none'}`);
  }
  const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
  const qp = tp / (tp + fp || 1), qr = tp / (tp + fn || 1);
  const ep = e2e / (pred - neutral || 1), er = e2e / (tp + fn || 1);
  return { quoteF1: f1(qp, qr), speakerAccuracy: spk ? spkOk / spk : 0, e2eF1: f1(ep, er), termsAsStatements, captionSpeakers, misses };
}
