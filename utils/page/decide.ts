/**
 * The role of every block the page walk found, and which blocks are kept: pure, over plain data
 * (`BlockFacts`, from describe.ts), so it runs where the page's main thread does not pay for it.
 * The content script walks the page and sends its raw blocks; the background describes and places
 * them (`placeBlocks`) before it analyses them. `readPage` (tests, the command line) does it all
 * in one go.
 */
import { RAW, type Block, type BlockFacts, type BlockRole, type Placed } from './block';
import { F } from './classify';
import { looksLikeTitle, roleFromText, splitEmbeddedCredits } from './roles';

/**
 * The page's blocks in reading order: each kept raw block with its role, and a paragraph that
 * carries a caption and its credit cut into its pieces.
 */
export function placeBlocks(raws: readonly BlockFacts[]): Placed[] {
  const roles: (BlockRole | null)[] = [];
  const inMain: boolean[] = [];
  // Headings, captions and credits outside the article come along only with the prose they
  // belong to (a teaser's headline next to its text): the parents of that prose.
  const proseParents = new Set<number>();
  for (const raw of raws) {
    const main = (raw.facts & (RAW.DROPPED | RAW.ASIDE)) === 0 && (raw.facts & RAW.IN_REGION) !== 0;
    const role = decide(raw, main);
    roles.push(role);
    inMain.push(main);
    if (role === 'paragraph' && !main) {
      if (raw.parent >= 0) proseParents.add(raw.parent);
      if (raw.grandparent >= 0) proseParents.add(raw.grandparent);
    }
  }
  const placed: Placed[] = [];
  raws.forEach((raw, i) => {
    const role = roles[i];
    if (role === null) return;
    if (role !== 'paragraph' && role !== 'boilerplate' && !inMain[i] && !(raw.parent >= 0 && proseParents.has(raw.parent))) return;
    if (role === 'paragraph') {
      const pieces = splitEmbeddedCredits(raw.text);
      if (pieces) {
        for (const piece of pieces) placed.push({ raw: i, start: piece.start, end: piece.end, role: piece.role });
        return;
      }
    }
    placed.push({ raw: i, start: 0, end: raw.text.length, role });
  });
  return placed;
}

/** The blocks `placed` describes, over the raw blocks it was placed from. */
export function placedBlocks(raws: readonly BlockFacts[], placed: readonly Placed[]): Block[] {
  return placed.map((p) => {
    const text = raws[p.raw].text;
    return { text: p.start === 0 && p.end === text.length ? text : text.slice(p.start, p.end), role: p.role };
  });
}

/** The role of a block, or null to leave it out. */
function decide(raw: BlockFacts, inMain: boolean): BlockRole | null {
  if (raw.facts & RAW.DROPPED) return null;
  const base = baseRole(raw);
  const boiler = (raw.facts & RAW.BOILER) !== 0;
  if (inMain) {
    if (boiler && (base === 'paragraph' || base === 'heading')) return 'boilerplate';
    if (base !== 'paragraph') return base;
    const density = raw.linkLength / raw.text.length;
    if (density > 0.5 && (raw.text.length < 200 || density > 0.8)) return 'boilerplate';
    return 'paragraph';
  }
  if (base === 'paragraph') return !boiler && isProse(raw) ? 'paragraph' : null;
  return boiler ? null : base;
}

/** What the markup and the text say about a block, wherever it is. */
function baseRole(raw: BlockFacts): BlockRole {
  const flags = raw.facts;
  if (flags & F.CREDIT) return 'credit';
  if (flags & F.CAPTION) return roleFromText(raw.text) === 'credit' ? 'credit' : 'caption';
  if (flags & F.HEADING) {
    // A standfirst set in a heading tag, or a whole sentence in an h2, is prose.
    if (flags & F.DEK || (!(flags & RAW.H1) && headingIsProse(raw.text))) return 'paragraph';
    return 'heading';
  }
  const fromText = roleFromText(raw.text);
  if (fromText) return fromText;
  if (flags & F.FIGURE && !(flags & F.BLOCKQUOTE)) return 'caption';
  if (looksLikeTitle(raw.text)) return 'heading';
  return 'paragraph';
}

/** A sentence set in a subhead tag (BuzzFeed's list items, Breitbart's lede) reads as prose. */
function headingIsProse(text: string): boolean {
  if (isSentence(text, 90)) return true;
  return /[.!?…]["”’)]?$/.test(text) && wordCount(text, 8) >= 8;
}

/** Words (spaces + 1), counting no further than `max`. */
function wordCount(text: string, max = Infinity): number {
  let words = 1;
  for (let i = text.indexOf(' '); i !== -1 && words < max; i = text.indexOf(' ', i + 1)) words++;
  return words;
}

function isSentence(text: string, minLength: number): boolean {
  return text.length >= minLength && wordCount(text, 12) >= 12;
}

/** Article-like prose outside the article: long, few links, sentences. */
function isProse(raw: BlockFacts): boolean {
  const text = raw.text;
  if (text.length < 100) return false;
  if (raw.linkLength / text.length > 0.3) return false;
  if (!/[.!?…]["'”’)]?(?:\s|$)/.test(text)) return false;
  if (!isSentence(text, 100)) return false;
  // ALL-CAPS banners are not prose.
  return /[a-z\u00DF-\u00FF\u0430-\u044F]/.test(text);
}
