/**
 * Painting ranges on the page. Two painters with one interface:
 *
 * - `HighlightPainter`: the CSS Custom Highlight API. One `Highlight` per name in
 *   `CSS.highlights`; the page's DOM is not touched (the `::highlight()` rules are an adopted
 *   stylesheet, or one `<style>` in `<head>` where the document refuses that).
 * - `MarkPainter`: where that API is missing, text is wrapped in `<quotelens-mark>` elements
 *   (not spans, so page CSS written for spans does not match). `clear()` unwraps them and joins
 *   the text nodes it split, so the page's nodes are the ones it had, with their text.
 *
 * The DOM work lives here; what to paint is decided in plan.ts.
 */
import { HIGHLIGHT, highlightPriority, MARK_NAME_ATTR, MARK_QUOTE_ATTR, MARK_TAG, STYLE_ATTR } from './style';

export interface PaintItem {
  /** Identity (PlanEntry.key). */
  key: string;
  /** Highlight name. */
  name: string;
  quoteId: string;
  range: Range;
}

export interface Painter {
  /** True for the Custom Highlight API, false for the wrapping fallback. */
  readonly native: boolean;
  /** How many items are painted. */
  readonly size: number;
  has(key: string): boolean;
  keys(): string[];
  /** The page range an item covers (null once its text is gone). */
  rangeOf(key: string): Range | null;
  /** Replaces our stylesheet in the page (adopted, or one `<style data-quotelens>` in `<head>`). */
  setStyle(css: string): void;
  add(items: readonly PaintItem[]): void;
  remove(keys: Iterable<string>): void;
  /** The keyboard focus: an item (or any range) painted above the rest; null clears it. */
  setFocus(key: string | null, range?: Range | null): void;
  /** Paints an item (or range) brightly for `ms`. */
  flash(key: string | null, range: Range | null, ms: number): void;
  /** The quote painted at a text node (fallback hit-testing); null when none or native. */
  quoteIdAt(node: Node): string | null;
  /** Removes every highlight and the stylesheet; the page is as it was. */
  clear(): void;
}

/** True when the page's window has the CSS Custom Highlight API. */
export function hasHighlightApi(win: Window & typeof globalThis = window): boolean {
  const css = (win as { CSS?: { highlights?: unknown } }).CSS;
  return typeof (win as { Highlight?: unknown }).Highlight === 'function' && !!css && typeof css.highlights === 'object' && css.highlights !== null;
}

function styleElement(doc: Document): HTMLStyleElement {
  let el = doc.querySelector<HTMLStyleElement>(`style[${STYLE_ATTR}]`);
  if (!el) {
    el = doc.createElement('style');
    el.setAttribute(STYLE_ATTR, '');
    (doc.head ?? doc.documentElement).appendChild(el);
  }
  return el;
}

abstract class BasePainter {
  protected style: HTMLStyleElement | null = null;
  /** The adopted stylesheet, where the document takes one from us (no node in the page at all). */
  private sheet: CSSStyleSheet | null = null;
  private sheetCss = '';
  /** False once the document refused our sheet: the <style> element then. */
  private adoptable: boolean;
  constructor(protected readonly doc: Document, adopt = false) {
    this.adoptable = adopt && Array.isArray(doc.adoptedStyleSheets) && typeof doc.defaultView?.CSSStyleSheet === 'function';
  }

  setStyle(css: string): void {
    if (this.adoptable && this.adoptSheet(css)) return;
    if (!this.style || !this.style.isConnected) this.style = styleElement(this.doc);
    if (this.style.textContent !== css) this.style.textContent = css;
  }

  /**
   * Our rules as a constructed sheet in `document.adoptedStyleSheets`: it adds no node to the
   * page and costs a third of a <style> element's insertion. Re-adopted when the page replaced
   * the list; false when the document does not take it.
   */
  private adoptSheet(css: string): boolean {
    try {
      if (!this.sheet) this.sheet = new this.doc.defaultView!.CSSStyleSheet();
      if (this.sheetCss !== css) {
        this.sheet.replaceSync(css);
        this.sheetCss = css;
      }
      const list = this.doc.adoptedStyleSheets;
      if (!list.includes(this.sheet)) this.doc.adoptedStyleSheets = [...list, this.sheet];
      if (this.doc.adoptedStyleSheets.includes(this.sheet)) return true;
    } catch {
      // a document that refuses sheets from this world
    }
    this.adoptable = false;
    this.sheet = null;
    return false;
  }

  protected removeStyle(): void {
    const sheet = this.sheet;
    if (sheet) {
      try {
        this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== sheet);
      } catch {
        // the page took it away already
      }
      this.sheet = null;
      this.sheetCss = '';
    }
    this.style?.remove();
    this.doc.querySelector(`style[${STYLE_ATTR}]`)?.remove();
    this.style = null;
  }
}

interface NativeItem {
  name: string;
  range: Range;
}

export class HighlightPainter extends BasePainter implements Painter {
  readonly native = true;
  private readonly items = new Map<string, NativeItem>();
  private readonly highlights = new Map<string, Highlight>();
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    doc: Document,
    private readonly win: Window & typeof globalThis = doc.defaultView as Window & typeof globalThis,
  ) {
    super(doc, true);
  }

  get size(): number {
    return this.items.size;
  }

  has(key: string): boolean {
    return this.items.has(key);
  }

  keys(): string[] {
    return [...this.items.keys()];
  }

  rangeOf(key: string): Range | null {
    const item = this.items.get(key);
    return item && !item.range.collapsed ? item.range : null;
  }

  private highlight(name: string): Highlight {
    let h = this.highlights.get(name);
    if (!h) {
      h = new this.win.Highlight();
      h.priority = highlightPriority(name);
      this.highlights.set(name, h);
      this.win.CSS.highlights.set(name, h);
    }
    return h;
  }

  add(items: readonly PaintItem[]): void {
    for (const item of items) {
      const old = this.items.get(item.key);
      if (old) this.highlights.get(old.name)?.delete(old.range);
      this.highlight(item.name).add(item.range);
      this.items.set(item.key, { name: item.name, range: item.range });
    }
  }

  remove(keys: Iterable<string>): void {
    for (const key of keys) {
      const item = this.items.get(key);
      if (!item) continue;
      this.items.delete(key);
      const h = this.highlights.get(item.name);
      h?.delete(item.range);
      if (h && h.size === 0) {
        this.highlights.delete(item.name);
        this.win.CSS.highlights.delete(item.name);
      }
    }
  }

  private single(name: string, range: Range | null): void {
    if (!range) {
      this.highlights.delete(name);
      this.win.CSS.highlights.delete(name);
      return;
    }
    const h = this.highlight(name);
    h.clear();
    h.add(range);
  }

  setFocus(key: string | null, range?: Range | null): void {
    this.single(HIGHLIGHT.focus, range ?? (key ? this.rangeOf(key) : null));
  }

  flash(key: string | null, range: Range | null, ms: number): void {
    clearTimeout(this.flashTimer);
    this.single(HIGHLIGHT.flash, range ?? (key ? this.rangeOf(key) : null));
    this.flashTimer = setTimeout(() => this.single(HIGHLIGHT.flash, null), ms);
  }

  quoteIdAt(): string | null {
    return null;
  }

  clear(): void {
    clearTimeout(this.flashTimer);
    for (const name of this.highlights.keys()) this.win.CSS.highlights.delete(name);
    this.highlights.clear();
    this.items.clear();
    this.removeStyle();
  }
}

/** One text node cut in two by the fallback: `tail` was split off `head`. */
interface Split {
  head: Text;
  tail: Text;
}

export class MarkPainter extends BasePainter implements Painter {
  readonly native = false;
  private readonly marks = new Map<string, { name: string; quoteId: string; els: HTMLElement[] }>();
  private readonly splits: Split[] = [];
  private focusKey: string | null = null;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  get size(): number {
    return this.marks.size;
  }

  has(key: string): boolean {
    return this.marks.has(key);
  }

  keys(): string[] {
    return [...this.marks.keys()];
  }

  rangeOf(key: string): Range | null {
    const els = this.marks.get(key)?.els.filter((e) => e.isConnected);
    if (!els?.length) return null;
    const range = this.doc.createRange();
    range.setStartBefore(els[0]);
    range.setEndAfter(els[els.length - 1]);
    return range;
  }

  private split(node: Text, offset: number): Text {
    const tail = node.splitText(offset);
    this.splits.push({ head: node, tail });
    return tail;
  }

  /**
   * Adds items. Every range is first turned into (text node, start, end) pieces, then each text
   * node is cut at all its cut points at once, and only then are pieces wrapped: so one item's
   * wrapping never moves the boundaries of another's.
   */
  add(items: readonly PaintItem[]): void {
    const pieces = items.map((item) => ({ item, parts: textParts(item.range) }));
    // Cut points per text node.
    const cuts = new Map<Text, Set<number>>();
    for (const { parts } of pieces) {
      for (const p of parts) {
        let set = cuts.get(p.node);
        if (!set) cuts.set(p.node, (set = new Set()));
        if (p.start > 0) set.add(p.start);
        if (p.end < p.node.length) set.add(p.end);
      }
    }
    // Split each node from the right; remember where each piece starts.
    const chunks = new Map<Text, Array<{ at: number; node: Text }>>();
    for (const [node, set] of cuts) {
      const points = [...set].sort((a, b) => b - a);
      const list: Array<{ at: number; node: Text }> = [];
      for (const at of points) list.push({ at, node: this.split(node, at) });
      list.push({ at: 0, node });
      chunks.set(node, list.reverse());
    }
    for (const { item, parts } of pieces) {
      const els: HTMLElement[] = [];
      for (const p of parts) {
        for (const chunk of chunks.get(p.node) ?? []) {
          const len = chunk.node.length;
          if (chunk.at >= p.start && chunk.at + len <= p.end && len > 0) els.push(this.wrap(chunk.node, item));
        }
      }
      const old = this.marks.get(item.key);
      if (old) this.unwrap(old.els);
      this.marks.set(item.key, { name: item.name, quoteId: item.quoteId, els });
    }
  }

  private wrap(node: Text, item: PaintItem): HTMLElement {
    const mark = this.doc.createElement(MARK_TAG);
    mark.setAttribute(MARK_NAME_ATTR, item.name);
    mark.setAttribute(MARK_QUOTE_ATTR, item.quoteId);
    node.parentNode!.insertBefore(mark, node);
    mark.appendChild(node);
    return mark;
  }

  private unwrap(els: readonly HTMLElement[]): void {
    for (let i = els.length - 1; i >= 0; i--) {
      const mark = els[i];
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
    }
  }

  remove(keys: Iterable<string>): void {
    for (const key of keys) {
      const entry = this.marks.get(key);
      if (!entry) continue;
      this.marks.delete(key);
      this.unwrap(entry.els);
    }
  }

  private mark(key: string | null, attr: string, on: boolean): void {
    for (const el of (key && this.marks.get(key)?.els) || []) {
      if (on) el.setAttribute(attr, '');
      else el.removeAttribute(attr);
    }
  }

  setFocus(key: string | null): void {
    this.mark(this.focusKey, 'data-ql-focus', false);
    this.focusKey = key;
    this.mark(key, 'data-ql-focus', true);
  }

  flash(key: string | null, _range: Range | null, ms: number): void {
    clearTimeout(this.flashTimer);
    this.mark(key, 'data-ql-flash', true);
    this.flashTimer = setTimeout(() => this.mark(key, 'data-ql-flash', false), ms);
  }

  quoteIdAt(node: Node): string | null {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    return el?.closest(MARK_TAG)?.getAttribute(MARK_QUOTE_ATTR) ?? null;
  }

  clear(): void {
    clearTimeout(this.flashTimer);
    const all = [...this.marks.values()];
    this.marks.clear();
    // Innermost marks were made last.
    for (let i = all.length - 1; i >= 0; i--) this.unwrap(all[i].els);
    // Join the text nodes back, the last cut first, where the page left them side by side.
    for (let i = this.splits.length - 1; i >= 0; i--) {
      const { head, tail } = this.splits[i];
      if (head.nextSibling === tail && tail.parentNode) {
        head.appendData(tail.data);
        tail.parentNode.removeChild(tail);
      }
    }
    this.splits.length = 0;
    this.focusKey = null;
    this.removeStyle();
  }
}

interface TextPart {
  node: Text;
  start: number;
  end: number;
}

/** The text nodes a range covers, each with the covered [start, end). */
export function textParts(range: Range): TextPart[] {
  const parts: TextPart[] = [];
  if (range.collapsed) return parts;
  const doc = range.startContainer.ownerDocument ?? (range.startContainer as Document);
  const root = range.commonAncestorContainer;
  const add = (node: Text) => {
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.length;
    if (end > start) parts.push({ node, start, end });
  };
  if (root.nodeType === 3) {
    add(root as Text);
    return parts;
  }
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (range.intersectsNode(n)) add(n as Text);
  }
  return parts;
}

/** The painter for a document: the Highlight API when the page has it, else the fallback. */
export function createPainter(doc: Document, options: { forceFallback?: boolean } = {}): Painter {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (!options.forceFallback && win && hasHighlightApi(win)) return new HighlightPainter(doc, win);
  return new MarkPainter(doc);
}
