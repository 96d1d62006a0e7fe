/**
 * Walking a page into raw blocks: one walk over the DOM (never changing it) that keeps each
 * block's text, the map back to its text nodes, and where it sits, as plain data (block.ts
 * `WalkedPage`: the blocks and a tree of the elements around them). Finding the article
 * (describe.ts) and the roles (decide.ts) are decided from that data away from the page: the
 * content script sends it to the background. The walk is resumable, so the content script can
 * spread a huge page over several tasks, while tests, the CLI and small pages read in one go
 * (read.ts `readPage`). All run the same code.
 */
import type { Placed, RawBlock, TreeElement } from './block';
import { BLOCK_TAGS, classifyElement, F, ROLE_FLAGS, SKIP_TAGS } from './classify';
import { sliceSegments, TextBuilder } from './text';
import type { PageFacts, PageRead, ReadOptions } from './types';

interface Frame {
  el: Element;
  /** `el.localName`, read once (a call into the page's DOM). */
  tag: string;
  /** Its index in the stack. */
  depth: number;
  /** Its id in the tree once kept (-1 until then). */
  id: number;
  /** Element children seen so far. */
  children: number;
  cls: string;
  elId: string;
  article: boolean;
  flags: number;
  /** Starts and ends a block. */
  boundary: boolean;
  inArticle: boolean;
  /** The innermost page region we do not read (nav, comments …) around the element. */
  zone: Frame | null;
  /** The innermost sidebar/related container. */
  aside: Frame | null;
  /** The innermost share bar/promo/tags container. */
  boiler: Frame | null;
  /** How many <q> elements enclose this one (itself included). */
  qDepth: number;
  /** The innermost element that made the text a caption, credit or figure text. */
  role: Frame | null;
}

const CHECK_EVERY = 64;
const VISIBLE_RE = /[^\s\u00ad\u200b\ufeff]/;

const SEPARATING_TAGS = new Set([
  ...BLOCK_TAGS,
  'pre', 'iframe', 'video', 'audio', 'canvas', 'textarea', 'select', 'object', 'embed', 'noscript', 'svg', 'math',
]);

export const defaultNow = (): number => (globalThis.performance ? globalThis.performance.now() : Date.now());

/**
 * The resumable walk. `step(deadline)` does work until the clock passes `deadline` and returns
 * true once the page is walked; `facts()` then gives what it found.
 */
export class PageReader {
  private done = false;
  private readonly now: () => number;
  private readonly isHidden?: (el: Element) => boolean;
  private readonly top: Element | null;
  private stack: Frame[] = [];
  private node: Node | null = null;
  /**
   * Unless `withZones`, whole zones (navigation, footers, comments …: often most of a page's
   * nodes) are not walked: their blocks are dropped whenever the article is found outside them.
   * Only when it is not (describe.ts) is the page walked again with them.
   */
  private readonly withZones: boolean;
  private zonesLeftOut = false;
  private builder: TextBuilder | null = null;
  private builderFrame: Frame | null = null;
  /** The tree: the elements kept so far, and how many frames at the bottom of the stack are kept. */
  private readonly tree: TreeElement[] = [];
  private kept = 0;
  private topId = -1;
  private readonly out: PageFacts = { page: { raws: [], tree: [], top: -1, zonesLeftOut: false }, segments: [], elements: [] };

  constructor(doc: Document, options: ReadOptions = {}) {
    this.now = options.now ?? defaultNow;
    this.isHidden = options.isHidden;
    this.withZones = options.withZones ?? false;
    this.top = doc.body ?? doc.documentElement;
    if (!this.top) {
      this.done = true;
      return;
    }
    const top = this.top;
    const parent = top.parentElement;
    // The root's parent is in the tree too: blocks right in <body> have it as their parent.
    if (parent) this.tree.push({ parent: -1, tag: parent.localName, cls: '', id: '', article: false, children: parent.children.length });
    this.stack = [
      {
        el: top,
        tag: top.localName,
        depth: 0,
        id: -1,
        children: 0,
        cls: top.getAttribute('class') ?? '',
        elId: top.getAttribute('id') ?? '',
        article: top.getAttribute('role') === 'article',
        flags: 0,
        boundary: true,
        inArticle: false,
        zone: null,
        aside: null,
        boiler: null,
        qDepth: 0,
        role: null,
      },
    ];
    this.keep(0);
    this.topId = this.stack[0].id;
    this.node = top.firstChild;
  }

  /** Works until `deadline` (a `now()` value); true when finished. */
  step(deadline = Infinity): boolean {
    if (!this.done) this.done = this.walk(deadline);
    return this.done;
  }

  /** What the walk found (walks to the end first if need be). */
  facts(): PageFacts {
    if (!this.done) this.step();
    const out = this.out;
    out.page.tree = this.tree;
    out.page.top = this.topId;
    out.page.zonesLeftOut = this.zonesLeftOut;
    return out;
  }

  // ---- the walk ---------------------------------------------------------------------------

  private walk(deadline: number): boolean {
    let count = 0;
    const stack = this.stack;
    if (!stack.length) return true;
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
          const tag = el.localName;
          const parent = stack[stack.length - 1];
          parent.children++;
          if (tag === 'br') {
            this.lineBreak();
          } else {
            const frame = this.enter(el, tag, parent);
            if (!frame) {
              // A skipped block (a hidden div, a <pre>) still separates the text around it.
              if (SEPARATING_TAGS.has(tag)) this.flush();
            } else {
              if (frame.qDepth > parent.qDepth) this.quoteMark(frame, true);
              if (el.firstChild) {
                stack.push(frame);
                node = el.firstChild;
                continue;
              }
              if (frame.qDepth > parent.qDepth) this.quoteMark(frame, false);
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
      if (frame.id >= 0) this.tree[frame.id].children = frame.children;
      if (this.kept > stack.length) this.kept = stack.length;
      if (frame.qDepth > stack[stack.length - 1].qDepth) this.quoteMark(frame, false);
      if (frame.boundary) this.flush();
      this.node = frame.el.nextSibling;
    }
    this.tree[stack[0].id].children = stack[0].children;
    this.flush();
    this.node = null;
    return true;
  }

  /** Keeps the stack's frames up to `depth` in the tree, parents first (`kept` of them are already). */
  private keep(depth: number): void {
    const stack = this.stack;
    for (let i = this.kept; i <= depth; i++) if (stack[i].id < 0) this.record(stack[i], i === 0 ? this.tree.length - 1 : stack[i - 1].id);
    if (depth + 1 > this.kept) this.kept = depth + 1;
  }

  /** Puts a frame into the tree under `parent` (a tree id). */
  private record(f: Frame, parent: number): void {
    f.id = this.tree.length;
    this.tree.push({ parent, tag: f.tag, cls: f.cls, id: f.elId, article: f.article, children: 0 });
  }

  /**
   * An element the walk does not go into may still hold an `<article>` (the article finder asks
   * whether one encloses others): it goes into the tree with one article under it.
   */
  private keepArticlesIn(el: Element, tag: string, parent: Frame): void {
    if (tag !== 'article' && el.getElementsByTagName('article').length === 0) return;
    this.keep(parent.depth);
    const id = this.tree.length;
    this.tree.push({ parent: parent.id, tag, cls: '', id: '', article: false, children: 1 });
    if (tag !== 'article') this.tree.push({ parent: id, tag: 'article', cls: '', id: '', article: false, children: 0 });
  }

  /** The frame for an element, or null when it is skipped. */
  private enter(el: Element, tag: string, parent: Frame): Frame | null {
    const info = classifyElement(el, tag, parent.inArticle, this.isHidden);
    if (info.skip) {
      // Hidden by the page (not a script or an image, which hold no elements of their own).
      if (!SKIP_TAGS.has(tag)) this.keepArticlesIn(el, tag, parent);
      return null;
    }
    if (info.zone && info.block && !this.withZones) {
      this.flush(); // the zone's bounds still separate the text around it
      this.zonesLeftOut = true;
      this.keepArticlesIn(el, tag, parent);
      return null;
    }
    const flags = parent.flags | info.flags;
    // An inline element that brings a role of its own (a credit span in a caption) is a block.
    const boundary = info.block || (info.flags & ROLE_FLAGS & ~parent.flags) !== 0;
    if (boundary) this.flush();
    const frame: Frame = {
      el,
      tag,
      depth: parent.depth + 1,
      id: -1,
      children: 0,
      cls: info.cls,
      elId: info.id,
      article: info.article,
      flags,
      boundary,
      inArticle: parent.inArticle || (info.flags & F.ARTICLE) !== 0,
      zone: info.zone ? null : parent.zone,
      aside: parent.aside,
      boiler: parent.boiler,
      qDepth: parent.qDepth + (tag === 'q' ? 1 : 0),
      role: parent.role,
    };
    if (info.zone) frame.zone = frame;
    if (info.aside) frame.aside = frame;
    if (info.boiler) frame.boiler = frame;
    if (info.flags & (F.CAPTION | F.CREDIT | F.FIGURE)) frame.role = frame;
    // The article finder asks whether an <article> holds others: every one is in the tree.
    if (tag === 'article') {
      this.keep(parent.depth);
      this.record(frame, parent.id);
    }
    return frame;
  }

  /** The marks a browser draws around <q>: double outside, single inside. */
  private quoteMark(frame: Frame, open: boolean): void {
    if (!this.builder) this.startBlock();
    const double = frame.qDepth % 2 === 1;
    this.builder!.appendSynthetic(open ? (double ? '“' : '‘') : double ? '”' : '’');
  }

  private text(node: Text): void {
    if (!this.builder) {
      if (!VISIBLE_RE.test(node.data)) return;
      this.startBlock();
    }
    const top = this.stack[this.stack.length - 1];
    this.builder!.appendText(node, (top.flags & F.LINK) !== 0);
  }

  /** A block begins in the innermost block container: it and everything around it go into the tree. */
  private startBlock(): void {
    this.builder = new TextBuilder();
    const frame = this.container();
    this.builderFrame = frame;
    this.keep(frame.depth);
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
    const raw: RawBlock = {
      text,
      linkLength,
      flags: frame.flags,
      el: frame.id,
      zone: frame.zone ? frame.zone.id : -1,
      aside: frame.aside ? frame.aside.id : -1,
      boiler: frame.boiler ? frame.boiler.id : -1,
      role: frame.role ? frame.role.id : -1,
    };
    this.out.page.raws.push(raw);
    this.out.segments.push(segments);
    this.out.elements.push(frame.el);
  }
}

/**
 * The page's blocks, from the walk's facts and where decide.ts placed them: each block's text is
 * its raw block's, or a piece of it, and so are its text nodes.
 */
export function readFrom(facts: PageFacts, placed: readonly Placed[]): PageRead {
  const read: PageRead = { blocks: [], segments: [], elements: [] };
  for (const p of placed) {
    const raw = facts.page.raws[p.raw];
    const whole = p.start === 0 && p.end === raw.text.length;
    read.blocks.push({ text: whole ? raw.text : raw.text.slice(p.start, p.end), role: p.role });
    read.segments.push(whole ? facts.segments[p.raw] : sliceSegments(facts.segments[p.raw], p.start, p.end));
    read.elements.push(facts.elements[p.raw]);
  }
  return read;
}
