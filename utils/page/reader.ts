/**
 * Walking a page into raw blocks: one walk over the DOM (never changing it), Readability-style
 * scoring to find the article, then what each block's place says (in the article, in a sidebar,
 * in a zone …) as plain data. The roles are decided from that data by decide.ts, away from the
 * page: the content script sends its raw blocks to the background. The walk is a resumable state
 * machine, so the content script can spread a huge page over several tasks, while tests, the CLI
 * and small pages read in one go (read.ts `readPage`). All run the same code.
 */
import { RAW, type Placed, type RawBlock } from './block';
import { BLOCK_TAGS, classifyElement, F, ROLE_FLAGS, type ZoneKind } from './classify';
import { ArticleScorer } from './score';
import { sliceSegments, TextBuilder } from './text';
import type { PageFacts, PageRead, ReadOptions, TextSegment } from './types';

/** A block as the walk found it, with the elements around it. */
interface WalkedBlock {
  el: Element;
  text: string;
  segments: TextSegment[];
  linkLength: number;
  flags: number;
  /** The innermost page region we do not read (nav, comments …) around the block. */
  zoneEl: Element | null;
  zone: ZoneKind | null;
  /** The innermost sidebar/related container around the block. */
  asideEl: Element | null;
  /** The innermost share bar/promo/tags container around the block. */
  boilerEl: Element | null;
  /** The innermost element that made the block a caption, credit or figure text. */
  roleEl: Element | null;
}

interface Frame {
  el: Element;
  flags: number;
  /** Starts and ends a block. */
  boundary: boolean;
  inArticle: boolean;
  zoneEl: Element | null;
  zone: ZoneKind | null;
  asideEl: Element | null;
  boilerEl: Element | null;
  /** How many <q> elements enclose this one (itself included). */
  qDepth: number;
  roleEl: Element | null;
}

type Phase = 'walk' | 'score' | 'facts' | 'done';

const CHECK_EVERY = 64;
const VISIBLE_RE = /[^\s\u00ad\u200b\ufeff]/;

const SEPARATING_TAGS = new Set([
  ...BLOCK_TAGS,
  'pre', 'iframe', 'video', 'audio', 'canvas', 'textarea', 'select', 'object', 'embed', 'noscript', 'svg', 'math',
]);

export const defaultNow = (): number => (globalThis.performance ? globalThis.performance.now() : Date.now());

/**
 * The resumable walk. `step(deadline)` does work until the clock passes `deadline` and returns
 * true once the page is read; `facts()` then gives the raw blocks.
 */
export class PageReader {
  private phase: Phase = 'walk';
  private readonly now: () => number;
  private readonly isHidden?: (el: Element) => boolean;
  private readonly top: Element | null;
  // walk state
  private stack: Frame[] = [];
  private node: Node | null = null;
  /**
   * The first walk leaves out whole zones (navigation, footers, comments …: often most of a
   * page's nodes), whose blocks are dropped whenever the article is found outside them. Only when
   * it is not (the first scoring pass finds nothing) is the page walked again with them.
   */
  private withZones = false;
  private zonesLeftOut = false;
  private builder: TextBuilder | null = null;
  private builderFrame: Frame | null = null;
  private raws: WalkedBlock[] = [];
  // score state
  private scoreIndex = 0;
  private scorer: ArticleScorer | null = null;
  private scorePass = 1;
  private root: Element | null = null;
  private regions: Element[] = [];
  // facts state
  private factIndex = 0;
  /** Ids of the parents and grandparents of blocks (RawBlock.parent). */
  private readonly ids = new Map<Element, number>();
  private out: PageFacts = { raws: [], segments: [], elements: [], root: null };

  constructor(doc: Document, options: ReadOptions = {}) {
    this.now = options.now ?? defaultNow;
    this.isHidden = options.isHidden;
    this.top = doc.body ?? doc.documentElement;
    if (this.top) this.startWalk();
    else this.phase = 'done';
  }

  private startWalk(): void {
    const top = this.top!;
    this.stack = [
      {
        el: top,
        flags: 0,
        boundary: true,
        inArticle: false,
        zoneEl: null,
        zone: null,
        asideEl: null,
        boilerEl: null,
        qDepth: 0,
        roleEl: null,
      },
    ];
    this.node = top.firstChild;
    this.builder = null;
    this.builderFrame = null;
    this.raws = [];
    this.phase = 'walk';
  }

  get done(): boolean {
    return this.phase === 'done';
  }

  /** Works until `deadline` (a `now()` value); true when finished. */
  step(deadline = Infinity): boolean {
    while (this.phase !== 'done') {
      const finished =
        this.phase === 'walk'
          ? this.walk(deadline)
          : this.phase === 'score'
            ? this.score(deadline)
            : this.describe(deadline);
      if (!finished) return false;
      if ((this.phase as Phase) !== 'done' && this.now() > deadline) return false;
    }
    return true;
  }

  /** The raw blocks, their text nodes and elements (reads to the end first if need be). */
  facts(): PageFacts {
    if (this.phase !== 'done') this.step();
    return this.out;
  }

  // ---- phase 1: walk the DOM -------------------------------------------------------------

  private walk(deadline: number): boolean {
    let count = 0;
    const stack = this.stack;
    for (;;) {
      let node = this.node;
      while (node) {
        if (++count % CHECK_EVERY === 0 && this.now() > deadline) {
          this.node = node;
          return false;
        }
        const type = node.nodeType;
        if (type === 1) {
          const el = node as Element;
          if (el.localName === 'br') {
            this.lineBreak();
          } else {
            const frame = this.enter(el, stack[stack.length - 1]);
            if (!frame) {
              // A skipped block (a hidden div, a <pre>) still separates the text around it.
              if (SEPARATING_TAGS.has(el.localName)) this.flush();
            } else {
              if (frame.qDepth > stack[stack.length - 1].qDepth) this.quoteMark(frame, true);
              if (el.firstChild) {
                stack.push(frame);
                node = el.firstChild;
                continue;
              }
              if (frame.qDepth > stack[stack.length - 1].qDepth) this.quoteMark(frame, false);
              if (frame.boundary) this.flush();
            }
          }
        } else if (type === 3) {
          this.text(node as Text);
        }
        node = node.nextSibling;
      }
      // No more children: leave the element on top of the stack.
      if (stack.length <= 1) break;
      const frame = stack.pop()!;
      if (frame.qDepth > stack[stack.length - 1].qDepth) this.quoteMark(frame, false);
      if (frame.boundary) this.flush();
      this.node = frame.el.nextSibling;
    }
    this.flush();
    this.node = null;
    this.phase = 'score';
    return true;
  }

  /** The frame for an element, or null when it is skipped. */
  private enter(el: Element, parent: Frame): Frame | null {
    const info = classifyElement(el, parent.inArticle, this.isHidden);
    if (info.skip) return null;
    if (info.zone && info.block && !this.withZones) {
      this.flush(); // the zone's bounds still separate the text around it
      this.zonesLeftOut = true;
      return null;
    }
    const flags = parent.flags | info.flags;
    // An inline element that brings a role of its own (a credit span in a caption) is a block.
    const boundary = info.block || (info.flags & ROLE_FLAGS & ~parent.flags) !== 0;
    if (boundary) this.flush();
    return {
      el,
      flags,
      boundary,
      inArticle: parent.inArticle || (info.flags & F.ARTICLE) !== 0,
      zoneEl: info.zone ? el : parent.zoneEl,
      zone: info.zone ?? parent.zone,
      asideEl: info.aside ? el : parent.asideEl,
      boilerEl: info.boiler ? el : parent.boilerEl,
      qDepth: parent.qDepth + (el.localName === 'q' ? 1 : 0),
      roleEl: info.flags & (F.CAPTION | F.CREDIT | F.FIGURE) ? el : parent.roleEl,
    };
  }

  /** The marks a browser draws around <q>: double outside, single inside. */
  private quoteMark(frame: Frame, open: boolean): void {
    if (!this.builder) {
      this.builder = new TextBuilder();
      this.builderFrame = this.container();
    }
    const double = frame.qDepth % 2 === 1;
    this.builder.appendSynthetic(open ? (double ? '“' : '‘') : double ? '”' : '’');
  }

  private text(node: Text): void {
    if (!this.builder) {
      if (!VISIBLE_RE.test(node.data)) return;
      this.builder = new TextBuilder();
      this.builderFrame = this.container();
    }
    const top = this.stack[this.stack.length - 1];
    this.builder.appendText(node, (top.flags & F.LINK) !== 0);
  }

  private lineBreak(): void {
    const b = this.builder;
    if (!b || b.empty) return;
    // Two <br> in a row separate paragraphs, as on pages that never used <p>.
    if (b.lastWasBreak) this.flush();
    else b.appendBreak();
  }

  private container(): Frame {
    const stack = this.stack;
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i].boundary) return stack[i];
    return stack[0];
  }

  private flush(): void {
    const b = this.builder;
    if (!b) return;
    this.builder = null;
    const frame = this.builderFrame!;
    this.builderFrame = null;
    const { text, segments, linkLength } = b.finish();
    if (!text) return;
    this.raws.push({
      el: frame.el,
      text,
      segments,
      linkLength,
      flags: frame.flags,
      zoneEl: frame.zoneEl,
      zone: frame.zone,
      asideEl: frame.asideEl,
      boilerEl: frame.boilerEl,
      roleEl: frame.roleEl,
    });
  }

  // ---- phase 2: find the article -----------------------------------------------------------

  private score(deadline: number): boolean {
    const raws = this.raws;
    if (!this.scorer) this.scorer = new ArticleScorer(this.top!);
    let count = 0;
    while (this.scoreIndex < raws.length) {
      // Checked after some work, so every call makes progress.
      if (++count % CHECK_EVERY === 0 && this.now() > deadline) return false;
      const raw = raws[this.scoreIndex++];
      // First pass: leave out navigation, comments, footers; if nothing is left, score everything.
      if (this.scorePass === 1 && raw.zoneEl) continue;
      this.scorer.add(raw);
    }
    const best = this.scorer.best();
    if (!best && this.scorePass === 1) {
      this.scorePass = 2;
      this.scoreIndex = 0;
      this.scorer = null;
      if (this.zonesLeftOut) {
        // Nothing outside the zones: read them too, then score everything.
        this.withZones = true;
        this.startWalk();
        return true;
      }
      return this.score(deadline);
    }
    if (best) {
      const root = enclosingArticle(best.root, this.top!);
      this.root = root;
      this.regions = this.scorer.regions(root, best.score);
    } else {
      // No paragraph long enough to score: a short page, read all of it (zones still skipped).
      this.regions = [this.top!];
    }
    this.out.root = this.root;
    this.scorer = null;
    this.phase = 'facts';
    return true;
  }

  // ---- phase 3: what each block's place says ------------------------------------------------

  private inRegion(el: Element): boolean {
    for (const region of this.regions) if (region === el || region.contains(el)) return true;
    return false;
  }

  /** A container counts only when the article is not inside it. */
  private active(container: Element | null): boolean {
    return container !== null && !(this.root && (container === this.root || container.contains(this.root)));
  }

  private idOf(el: Element | null): number {
    if (!el) return -1;
    let id = this.ids.get(el);
    if (id === undefined) this.ids.set(el, (id = this.ids.size));
    return id;
  }

  private describe(deadline: number): boolean {
    const raws = this.raws;
    const out = this.out;
    let count = 0;
    while (this.factIndex < raws.length) {
      if (++count % CHECK_EVERY === 0 && this.now() > deadline) return false;
      const raw = raws[this.factIndex++];
      out.raws.push(this.rawBlock(raw));
      out.segments.push(raw.segments);
      out.elements.push(raw.el);
    }
    this.raws = [];
    this.ids.clear();
    this.phase = 'done';
    return true;
  }

  private rawBlock(raw: WalkedBlock): RawBlock {
    const parentEl = raw.el.parentElement;
    const block: RawBlock = { text: raw.text, linkLength: raw.linkLength, facts: 0, parent: this.idOf(parentEl), grandparent: this.idOf(parentEl?.parentElement ?? null) };
    if (raw.zoneEl && this.active(raw.zoneEl)) {
      block.facts = RAW.DROPPED;
      return block;
    }
    // A caption or credit class on the article itself ("author-5" on <article>) says nothing.
    let facts = raw.roleEl && !this.active(raw.roleEl) ? raw.flags & ~(F.CAPTION | F.CREDIT | F.FIGURE) : raw.flags;
    // A sidebar inside the article (or merged in as a sibling) is judged like the rest of the page.
    if (raw.asideEl !== null && this.active(raw.asideEl)) facts |= RAW.ASIDE;
    else if (this.inRegion(raw.el)) facts |= RAW.IN_REGION;
    if (raw.boilerEl !== null && this.active(raw.boilerEl)) facts |= RAW.BOILER;
    if (raw.el.localName === 'h1') facts |= RAW.H1;
    block.facts = facts;
    return block;
  }
}

/**
 * The `<article>` close around the best-scoring element, so the title, byline and dek above the
 * body come along, unless that element holds other articles (a listing page).
 */
function enclosingArticle(root: Element, top: Element): Element {
  let anc = root.parentElement;
  for (let i = 0; anc && anc !== top && i < 3; anc = anc.parentElement, i++) {
    // Not <main>: it often holds the sidebar too.
    if (anc.localName === 'article' || anc.getAttribute('role') === 'article') {
      for (const other of Array.from(anc.getElementsByTagName('article'))) {
        if (!root.contains(other) && !other.contains(root)) return root;
      }
      return anc;
    }
  }
  return root;
}

/**
 * The page's blocks, from the walk's facts and where decide.ts placed them: each block's text is
 * its raw block's, or a piece of it, and so are its text nodes.
 */
export function readFrom(facts: PageFacts, placed: readonly Placed[]): PageRead {
  const read: PageRead = { blocks: [], segments: [], elements: [], root: facts.root };
  for (const p of placed) {
    const raw = facts.raws[p.raw];
    const whole = p.start === 0 && p.end === raw.text.length;
    read.blocks.push({ text: whole ? raw.text : raw.text.slice(p.start, p.end), role: p.role });
    read.segments.push(whole ? facts.segments[p.raw] : sliceSegments(facts.segments[p.raw], p.start, p.end));
    read.elements.push(facts.elements[p.raw]);
  }
  return read;
}
