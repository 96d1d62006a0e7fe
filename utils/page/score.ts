/**
 * Finding the main article the way Readability does (`_grabArticle`), read-only: paragraph
 * scores (1 + commas + one per 100 characters, at most 3) flow to five levels of ancestors
 * (divided by 1, 2, then level × 3), ancestors start from a tag prior plus class weights, and
 * final scores are scaled by (1 − link density). Nothing is removed or rewritten. It runs over the
 * walk's tree (block.ts `TreeElement`: plain data), not the DOM, so the background does it.
 */
import type { TreeElement } from './block';

export interface ScoredBlock {
  /** The block's element (tree id). */
  el: number;
  text: string;
  linkLength: number;
}

interface Candidate {
  score: number;
  scored: boolean;
  text: number;
  link: number;
}

// Readability's class weights, as substrings: its patterns (/-ad-|hidden|…/i) cost milliseconds
// to compile the first time they run, and the reader runs cold on every article.
const NEGATIVE = ['-ad-', 'hidden', 'banner', 'combx', 'comment', 'com-', 'contact', 'footer', 'gdpr', 'masthead', 'media', 'meta', 'outbrain', 'promo', 'related', 'scroll', 'share', 'shoutbox', 'sidebar', 'skyscraper', 'sponsor', 'shopping', 'tags', 'widget'];
const POSITIVE = ['article', 'body', 'content', 'entry', 'hentry', 'h-entry', 'main', 'page', 'pagination', 'post', 'text', 'blog', 'story'];

/** Readability's weight of one class or id string: -25, 0 or +25 (both lists may match). */
function nameWeight(name: string): number {
  const lower = name.toLowerCase();
  // (and "hid" as a word between spaces)
  const negative = NEGATIVE.some((word) => lower.includes(word)) || ` ${lower} `.includes(' hid ');
  const positive = POSITIVE.some((word) => lower.includes(word));
  return (positive ? 25 : 0) - (negative ? 25 : 0);
}

export function classWeight(el: TreeElement): number {
  return (el.cls ? nameWeight(el.cls) : 0) + (el.id ? nameWeight(el.id) : 0);
}

function tagPrior(tag: string): number {
  switch (tag) {
    case 'div':
      return 5;
    case 'pre':
    case 'td':
    case 'blockquote':
      return 3;
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      return -3;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      return -5;
    case 'article':
    case 'main':
      // Not in Readability: semantic containers are a strong hint on modern pages.
      return 10;
    default:
      return 0;
  }
}

const OTHER_COMMAS_RE = /[\uff0c\u3001\u060c]/g;

function countCommas(text: string): number {
  let n = 0;
  for (let i = text.indexOf(','); i !== -1; i = text.indexOf(',', i + 1)) n++;
  // Fullwidth, ideographic and Arabic commas, as Readability counts them.
  if (text.length > 0 && OTHER_COMMAS_RE.test(text)) {
    OTHER_COMMAS_RE.lastIndex = 0;
    n += text.match(OTHER_COMMAS_RE)!.length;
  }
  OTHER_COMMAS_RE.lastIndex = 0;
  return n;
}

/** True when tree element `a` is `b` or one of its ancestors. */
export function contains(tree: readonly TreeElement[], a: number, b: number): boolean {
  for (let x = b; x !== -1; x = tree[x].parent) if (x === a) return true;
  return false;
}

/** Incremental scorer: feed blocks, then ask for the article root. Elements are tree ids. */
export class ArticleScorer {
  private candidates = new Map<number, Candidate>();

  constructor(
    private readonly tree: readonly TreeElement[],
    private readonly top: number,
  ) {}

  add(block: ScoredBlock): void {
    const tree = this.tree;
    const len = block.text.length;
    const contentScore = len >= 25 ? 1 + countCommas(block.text) + Math.min(Math.floor(len / 100), 3) : 0;
    // Level -1 is the block's own element: it gets lengths (for the sibling merge), not scores.
    let level = -1;
    for (let anc = block.el; anc !== -1; anc = tree[anc].parent, level++) {
      let cand = this.candidates.get(anc);
      if (!cand) {
        cand = { score: 0, scored: false, text: 0, link: 0 };
        this.candidates.set(anc, cand);
      }
      cand.text += len;
      cand.link += block.linkLength;
      if (contentScore && level >= 0 && level < 5) {
        if (!cand.scored) {
          cand.scored = true;
          cand.score = tagPrior(tree[anc].tag) + classWeight(tree[anc]);
        }
        cand.score += contentScore / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
      }
      if (anc === this.top) break;
    }
  }

  private finalScore(el: number): number | undefined {
    const cand = this.candidates.get(el);
    if (!cand || !cand.scored) return undefined;
    const density = cand.text ? cand.link / cand.text : 0;
    return cand.score * (1 - density);
  }

  /** The best article root and its final score, Readability's refinements included. */
  best(): { root: number; score: number } | null {
    const tree = this.tree;
    const ranked: { el: number; score: number }[] = [];
    for (const [el, cand] of this.candidates) {
      if (!cand.scored || el === this.top || tree[el].tag === 'html') continue;
      const score = this.finalScore(el) ?? 0;
      ranked.push({ el, score });
    }
    if (!ranked.length) return null;
    ranked.sort((a, b) => b.score - a.score);
    let top = ranked[0].el;
    let topScore = ranked[0].score;
    if (topScore <= 0) return null;

    // Several strong candidates under one ancestor: the ancestor is the article.
    const alternatives = ranked.slice(1, 5).filter((c) => c.score / topScore >= 0.75).map((c) => c.el);
    if (alternatives.length >= 3) {
      for (let parent = tree[top].parent; parent !== -1 && parent !== this.top; parent = tree[parent].parent) {
        let inside = 0;
        for (const alt of alternatives) if (contains(tree, parent, alt)) inside++;
        if (inside >= 3) {
          top = parent;
          topScore = this.finalScore(parent) ?? topScore;
          break;
        }
      }
    }

    // Walk up while a parent scores better (Readability's lastScore loop).
    let lastScore = topScore;
    const threshold = lastScore / 3;
    for (let parent = tree[top].parent; parent !== -1 && parent !== this.top; parent = tree[parent].parent) {
      const parentScore = this.finalScore(parent);
      if (parentScore === undefined) continue;
      if (parentScore < threshold) break;
      if (parentScore > lastScore) {
        top = parent;
        topScore = parentScore;
        break;
      }
      lastScore = parentScore;
    }

    // An only child stands for its parent.
    for (let parent = tree[top].parent; parent !== -1 && parent !== this.top && tree[parent].children === 1; parent = tree[parent].parent) top = parent;
    return { root: top, score: topScore };
  }

  /**
   * Readability's sibling merge: siblings of the root that score well, or that are plain prose,
   * belong to the article too. (Siblings the walk kept no record of hold no block: they never count.)
   */
  regions(root: number, rootScore: number): number[] {
    const tree = this.tree;
    const out = [root];
    const parent = tree[root].parent;
    if (parent === -1) return out;
    const threshold = Math.max(10, rootScore * 0.2);
    const rootClass = tree[root].cls;
    for (let sib = parent + 1; sib < tree.length; sib++) {
      if (sib === root || tree[sib].parent !== parent) continue;
      const cand = this.candidates.get(sib);
      let bonus = 0;
      if (rootClass && tree[sib].cls === rootClass) bonus += rootScore * 0.2;
      const score = this.finalScore(sib);
      if (score !== undefined && score + bonus >= threshold) {
        out.push(sib);
        continue;
      }
      if (cand && cand.text > 80 && cand.link / cand.text < 0.25) out.push(sib);
    }
    return out;
  }
}
