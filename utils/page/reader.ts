/**
 * Reading a page into blocks: one walk over the DOM (never changing it), Readability-style
 * scoring to find the article, then a role for every block. The work is a resumable state
 * machine, so the content script can spread a huge page over several tasks (`readPageAsync`)
 * while tests, the CLI and small pages read in one go (`readPage`). Both run the same code.
 */
import type { Block, BlockRole } from './block';
import { BLOCK_TAGS, classifyElement, F, ROLE_FLAGS, type ZoneKind } from './classify';
import { looksLikeTitle, roleFromText, splitEmbeddedCredits } from './roles';
import { ArticleScorer } from './score';
import { sliceSegments, TextBuilder } from './text';
import type { PageRead, ReadOptions, TextSegment } from './types';

/** A block as the walk found it, before roles. */
interface RawBlock {
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

type Phase = 'walk' | 'score' | 'roles' | 'emit' | 'done';

const CHECK_EVERY = 64;
const VISIBLE_RE = /[^\s\u00ad\u200b\ufeff]/;

const SEPARATING_TAGS = new Set([
  ...BLOCK_TAGS,
  'pre', 'iframe', 'video', 'audio', 'canvas', 'textarea', 'select', 'object', 'embed', 'noscript', 'svg', 'math',
]);

const defaultNow = (): number => (globalThis.performance ? globalThis.performance.now() : Date.now());

/**
 * The resumable reader. `step(deadline)` does work until the clock passes `deadline` and returns
 * true once the page is read; `result()` then gives the blocks.
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
  private raws: RawBlock[] = [];
  // score state
  private scoreIndex = 0;
  private scorer: ArticleScorer | null = null;
  private scorePass = 1;
  private root: Element | null = null;
  private regions: Element[] = [];
  // roles state
  private roleIndex = 0;
  private decided: (BlockRole | null)[] = [];
  /** Per raw block: inside the article proper (not a sidebar in it). */
  private inMain: boolean[] = [];
  private proseParents = new Set<Element>();
  private emitIndex = 0;
  private out: PageRead = { blocks: [], segments: [], elements: [], root: null };

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
            : this.phase === 'roles'
              ? this.assign(deadline)
              : this.emitAll(deadline);
      if (!finished) return false;
      if ((this.phase as Phase) !== 'done' && this.now() > deadline) return false;
    }
    return true;
  }

  result(): PageRead {
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
    this.phase = 'roles';
    return true;
  }

  // ---- phase 3: roles ------------------------------------------------------------------------

  private inRegion(el: Element): boolean {
    for (const region of this.regions) if (region === el || region.contains(el)) return true;
    return false;
  }

  /** A container counts only when the article is not inside it. */
  private active(container: Element | null): boolean {
    return container !== null && !(this.root && (container === this.root || container.contains(this.root)));
  }

  private assign(deadline: number): boolean {
    const raws = this.raws;
    let count = 0;
    while (this.roleIndex < raws.length) {
      if (++count % CHECK_EVERY === 0 && this.now() > deadline) return false;
      const i = this.roleIndex++;
      const role = this.decide(raws[i]);
      this.decided.push(role);
      // Headings, captions and credits outside the article come along only with the prose
      // they belong to (a teaser's headline next to its text): remember where that prose is.
      if (role === 'paragraph' && !this.inMain[i]) {
        const parent = raws[i].el.parentElement;
        if (parent) {
          this.proseParents.add(parent);
          if (parent.parentElement) this.proseParents.add(parent.parentElement);
        }
      }
    }
    this.phase = 'emit';
    return true;
  }

  private emitAll(deadline: number): boolean {
    const raws = this.raws;
    let count = 0;
    while (this.emitIndex < raws.length) {
      if (++count % CHECK_EVERY === 0 && this.now() > deadline) return false;
      const i = this.emitIndex++;
      const role = this.decided[i];
      const raw = raws[i];
      if (role === null) continue;
      if (role !== 'paragraph' && role !== 'boilerplate' && !this.inMain[i]) {
        const parent = raw.el.parentElement;
        if (!parent || !this.proseParents.has(parent)) continue;
      }
      if (role === 'paragraph') {
        const pieces = splitEmbeddedCredits(raw.text);
        if (pieces) {
          for (const piece of pieces) {
            this.emit(raw.text.slice(piece.start, piece.end), piece.role, sliceSegments(raw.segments, piece.start, piece.end), raw.el);
          }
          continue;
        }
      }
      this.emit(raw.text, role, raw.segments, raw.el);
    }
    this.raws = [];
    this.decided = [];
    this.inMain = [];
    this.proseParents.clear();
    this.phase = 'done';
    return true;
  }

  private emit(text: string, role: BlockRole, segments: TextSegment[], el: Element): void {
    const block: Block = { text, role };
    this.out.blocks.push(block);
    this.out.segments.push(segments);
    this.out.elements.push(el);
  }

  /** The role of a block, or null to leave it out. */
  private decide(raw: RawBlock): BlockRole | null {
    if (raw.zoneEl && this.active(raw.zoneEl)) {
      this.inMain.push(false);
      return null;
    }
    const aside = raw.asideEl !== null && this.active(raw.asideEl);
    // A sidebar inside the article (or merged in as a sibling) is judged like the rest of the page.
    const inMain = !aside && this.inRegion(raw.el);
    this.inMain.push(inMain);
    // A caption or credit class on the article itself ("author-5" on <article>) says nothing.
    const flags = raw.roleEl && !this.active(raw.roleEl) ? raw.flags & ~(F.CAPTION | F.CREDIT | F.FIGURE) : raw.flags;
    const base = baseRole(raw, flags);
    const boiler = raw.boilerEl !== null && this.active(raw.boilerEl);
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

/** What the markup and the text say about a block, wherever it is. */
function baseRole(raw: RawBlock, flags: number): BlockRole {
  if (flags & F.CREDIT) return 'credit';
  if (flags & F.CAPTION) return roleFromText(raw.text) === 'credit' ? 'credit' : 'caption';
  if (flags & F.HEADING) {
    // A standfirst set in a heading tag, or a whole sentence in an h2, is prose.
    if (flags & F.DEK || (raw.el.localName !== 'h1' && headingIsProse(raw.text))) return 'paragraph';
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
function isProse(raw: RawBlock): boolean {
  const text = raw.text;
  if (text.length < 100) return false;
  if (raw.linkLength / text.length > 0.3) return false;
  if (!/[.!?…]["'”’)]?(?:\s|$)/.test(text)) return false;
  if (!isSentence(text, 100)) return false;
  // ALL-CAPS banners are not prose.
  return /[a-z\u00DF-\u00FF\u0430-\u044F]/.test(text);
}

/** Reads the whole page now. */
export function readPage(doc: Document, options: ReadOptions = {}): PageRead {
  return new PageReader(doc, options).result();
}

export interface AsyncReadOptions extends ReadOptions {
  /** Longest stretch of work between yields, in ms (default 8). */
  sliceMs?: number;
  /** How to give the main thread back (default: scheduler.yield, else setTimeout 0). */
  yieldToMain?: () => Promise<void>;
  /** Stop early: the promise then resolves to null. */
  signal?: AbortSignal;
}

function defaultYield(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Reads the page in slices of at most `sliceMs`, yielding to the page in between. */
export async function readPageAsync(doc: Document, options: AsyncReadOptions = {}): Promise<PageRead | null> {
  const reader = new PageReader(doc, options);
  const now = options.now ?? defaultNow;
  const slice = options.sliceMs ?? 8;
  const yieldToMain = options.yieldToMain ?? defaultYield;
  while (!reader.step(now() + slice)) {
    await yieldToMain();
    if (options.signal?.aborted) return null;
  }
  return reader.result();
}
