/**
 * Finding the article in a walked page and saying, for every raw block, what its place means: in
 * the article, in a sidebar, in a zone, in a share bar. Pure, over the walk's plain data
 * (block.ts `WalkedPage`), so it runs in the background, off the page's main thread; decide.ts
 * then gives each block its role.
 */
import { RAW, type BlockFacts, type RawBlock, type TreeElement, type WalkedPage } from './block';
import { F } from './classify';
import { ArticleScorer, contains } from './score';

/**
 * What each raw block's place says, once the article is found. Null when no article was found
 * outside the zones the walk left out: the page must be walked again with them (`withZones`).
 */
export function describePage(page: WalkedPage): BlockFacts[] | null {
  const { raws, tree, top } = page;
  if (top < 0) return raws.map((raw) => ({ text: raw.text, linkLength: raw.linkLength, facts: raw.flags, parent: -1, grandparent: -1 }));
  // First pass: leave out navigation, comments, footers; if nothing is left, score everything.
  let scorer = new ArticleScorer(tree, top);
  for (const raw of raws) if (raw.zone < 0) scorer.add(raw);
  let best = scorer.best();
  if (!best) {
    if (page.zonesLeftOut) return null;
    scorer = new ArticleScorer(tree, top);
    for (const raw of raws) scorer.add(raw);
    best = scorer.best();
  }
  let root = -1;
  let regions: number[];
  if (best) {
    root = enclosingArticle(tree, best.root, top);
    regions = scorer.regions(root, best.score);
  } else {
    // No paragraph long enough to score: a short page, read all of it (zones still skipped).
    regions = [top];
  }
  /** A container counts only when the article is not inside it. */
  const active = (container: number) => container >= 0 && !(root >= 0 && contains(tree, container, root));
  const inRegion = (el: number) => regions.some((region) => contains(tree, region, el));
  return raws.map((raw) => describe(raw, tree, active, inRegion));
}

function describe(raw: RawBlock, tree: readonly TreeElement[], active: (container: number) => boolean, inRegion: (el: number) => boolean): BlockFacts {
  const parent = tree[raw.el].parent;
  const block: BlockFacts = { text: raw.text, linkLength: raw.linkLength, facts: 0, parent, grandparent: parent >= 0 ? tree[parent].parent : -1 };
  if (active(raw.zone)) {
    block.facts = RAW.DROPPED;
    return block;
  }
  // A caption or credit class on the article itself ("author-5" on <article>) says nothing.
  let facts = raw.role >= 0 && !active(raw.role) ? raw.flags & ~(F.CAPTION | F.CREDIT | F.FIGURE) : raw.flags;
  // A sidebar inside the article (or merged in as a sibling) is judged like the rest of the page.
  if (active(raw.aside)) facts |= RAW.ASIDE;
  else if (inRegion(raw.el)) facts |= RAW.IN_REGION;
  if (active(raw.boiler)) facts |= RAW.BOILER;
  if (tree[raw.el].tag === 'h1') facts |= RAW.H1;
  block.facts = facts;
  return block;
}

/**
 * The `<article>` close around the best-scoring element, so the title, byline and dek above the
 * body come along, unless that element holds other articles (a listing page).
 */
function enclosingArticle(tree: readonly TreeElement[], root: number, top: number): number {
  let anc = tree[root].parent;
  for (let i = 0; anc !== -1 && anc !== top && i < 3; anc = tree[anc].parent, i++) {
    // Not <main>: it often holds the sidebar too.
    if (tree[anc].tag === 'article' || tree[anc].article) {
      for (let other = anc + 1; other < tree.length; other++) {
        if (tree[other].tag !== 'article' || !contains(tree, anc, other)) continue;
        if (!contains(tree, root, other) && !contains(tree, other, root)) return root;
      }
      return anc;
    }
  }
  return root;
}
