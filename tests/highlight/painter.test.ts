// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createPainter, HighlightPainter, MarkPainter, textParts } from '../../utils/highlight/painter';
import { HIGHLIGHT, MARK_TAG } from '../../utils/highlight/style';

const HTML = '<article><p id="p">Before “one <b>two</b> three” middle “four” after.</p><p id="q">Second “five” here.</p></article>';

function rangeOf(node: Node, start: number, endNode: Node, end: number): Range {
  const r = document.createRange();
  r.setStart(node, start);
  r.setEnd(endNode, end);
  return r;
}

function setup() {
  document.body.innerHTML = HTML;
  const p = document.getElementById('p')!;
  const [t1, b, t3] = [...p.childNodes];
  const t2 = b.firstChild!;
  const q = document.getElementById('q')!.firstChild!;
  const nodes = [t1, t2, t3, q];
  return { p, t1, t2, t3, q, nodes };
}

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('MarkPainter (where the Custom Highlight API is missing)', () => {
  it('wraps exactly the quoted text in custom elements (not spans), and clear() gives back the same nodes and text', () => {
    const { p, t1, t2, t3, q, nodes } = setup();
    const before = document.body.innerHTML;
    const text = document.body.textContent;
    const painter = new MarkPainter(document);
    painter.setStyle('quotelens-mark { }');
    // “one <b>two</b> three”: from the mark in t1 to the mark in t3, across the <b>.
    const open = t1.textContent!.indexOf('“');
    const close = t3.textContent!.indexOf('”') + 1;
    const four = t3.textContent!.indexOf('“four”');
    const items = [
      { key: 'k1', name: 'quotelens-c123456', quoteId: 'q1', range: rangeOf(t1, open, t3, close) },
      { key: 'k2', name: HIGHLIGHT.term, quoteId: 'q2', range: rangeOf(t3, four, t3, four + 6) },
      { key: 'k3', name: HIGHLIGHT.unattributed, quoteId: 'q3', range: rangeOf(q, 7, q, 13) },
    ];
    painter.add(items);
    const marks = [...document.querySelectorAll(MARK_TAG)];
    expect(document.querySelectorAll('span')).toHaveLength(0);
    const byQuote = (id: string) => marks.filter((m) => m.getAttribute('data-ql-quote') === id).map((m) => m.textContent).join('');
    expect(byQuote('q1')).toBe('“one two three”');
    expect(byQuote('q2')).toBe('“four”');
    expect(byQuote('q3')).toBe('“five”');
    expect(document.body.textContent).toBe(text);
    expect(painter.size).toBe(3);
    expect(painter.rangeOf('k1')?.toString()).toBe('“one two three”');
    expect(painter.quoteIdAt(marks.find((m) => m.textContent === 'two')!.firstChild!)).toBe('q1');
    expect(painter.quoteIdAt(p)).toBeNull();
    expect(document.querySelector('style[data-quotelens]')).not.toBeNull();

    painter.setFocus('k2');
    expect(document.querySelectorAll('[data-ql-focus]')).toHaveLength(1);
    painter.clear();
    expect(document.body.innerHTML).toBe(before);
    // The page's own text nodes are back, each whole (a framework holding them still holds the right ones).
    expect([...p.childNodes][0]).toBe(t1);
    expect(p.querySelector('b')!.firstChild).toBe(t2);
    expect([...p.childNodes][2]).toBe(t3);
    expect(document.getElementById('q')!.firstChild).toBe(q);
    expect(nodes.map((n) => n.textContent)).toEqual([t1, t2, t3, q].map((n) => n.textContent));
    expect(document.querySelector('style[data-quotelens]')).toBeNull();
  });

  it('nests a term inside a statement and still restores the page', () => {
    const { t1, t3 } = setup();
    const before = document.body.innerHTML;
    const painter = new MarkPainter(document);
    const open = t1.textContent!.indexOf('“');
    const close = t3.textContent!.indexOf('”') + 1;
    painter.add([
      { key: 'outer', name: 'quotelens-c111111', quoteId: 'o', range: rangeOf(t1, open, t3, close) },
      { key: 'inner', name: HIGHLIGHT.term, quoteId: 'i', range: rangeOf(t1, open + 1, t1, open + 4) },
    ]);
    const inner = [...document.querySelectorAll(`${MARK_TAG}[data-ql-quote="i"]`)];
    expect(inner.map((m) => m.textContent).join('')).toBe('one');
    expect(inner[0].parentElement?.localName).toBe(MARK_TAG);
    painter.remove(['inner']);
    expect(document.querySelectorAll(`${MARK_TAG}[data-ql-quote="i"]`)).toHaveLength(0);
    painter.clear();
    expect(document.body.innerHTML).toBe(before);
  });
});

describe('HighlightPainter', () => {
  /** A stand-in for the Highlight API (happy-dom has none): records what is registered. */
  function fakeWindow() {
    const registry = new Map<string, Set<Range> & { priority: number }>();
    class FakeHighlight extends Set<Range> {
      priority = 0;
    }
    const win = { Highlight: FakeHighlight, CSS: { highlights: registry } } as unknown as Window & typeof globalThis;
    return { win, registry };
  }

  it('registers one Highlight per name under names beginning "quotelens", terms above statements, and takes them all away', () => {
    const { t1, q } = setup();
    const { win, registry } = fakeWindow();
    const before = document.body.innerHTML;
    const painter = new HighlightPainter(document, win);
    painter.setStyle('::highlight(quotelens-term) {}');
    const a = rangeOf(t1, 7, t1, 12);
    const b = rangeOf(q, 7, q, 13);
    painter.add([
      { key: 'a', name: 'quotelens-c2874ee', quoteId: 'qa', range: a },
      { key: 'b', name: HIGHLIGHT.term, quoteId: 'qb', range: b },
    ]);
    expect([...registry.keys()].sort()).toEqual(['quotelens-c2874ee', 'quotelens-term']);
    expect(registry.get('quotelens-term')!.priority).toBeGreaterThan(registry.get('quotelens-c2874ee')!.priority);
    expect(document.body.innerHTML).toBe(before); // the page's DOM is untouched
    expect(painter.rangeOf('a')).toBe(a);

    painter.setFocus('b');
    expect(registry.get(HIGHLIGHT.focus)?.has(b)).toBe(true);
    expect(registry.get(HIGHLIGHT.focus)!.priority).toBeGreaterThan(registry.get('quotelens-term')!.priority);
    painter.setFocus(null);
    expect(registry.has(HIGHLIGHT.focus)).toBe(false);

    // Replacing an item swaps its range; removing the last range of a name unregisters it.
    const a2 = rangeOf(t1, 8, t1, 12);
    painter.add([{ key: 'a', name: 'quotelens-c2874ee', quoteId: 'qa', range: a2 }]);
    expect([...registry.get('quotelens-c2874ee')!]).toEqual([a2]);
    painter.remove(['a']);
    expect(registry.has('quotelens-c2874ee')).toBe(false);
    expect(painter.size).toBe(1);
    painter.clear();
    expect(registry.size).toBe(0);
    expect(document.querySelector('style[data-quotelens]')).toBeNull();
    expect(document.documentElement.outerHTML).not.toContain('quotelens');
  });

  it('keeps its rules in one adopted stylesheet: no node in the page, back when the page replaces the list, gone on clear', () => {
    setup();
    const { win } = fakeWindow();
    // (plain selectors: the test DOM parses no ::highlight())
    const pageSheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [pageSheet];
    const painter = new HighlightPainter(document, win);
    painter.setStyle('.quotelens-term { background-color: red; }');
    const ours = () => document.adoptedStyleSheets.filter((s) => s !== pageSheet);
    expect(ours()).toHaveLength(1);
    expect(ours()[0].cssRules[0].cssText).toContain('quotelens-term');
    expect(document.adoptedStyleSheets[0]).toBe(pageSheet);
    expect(document.querySelector('style')).toBeNull();
    // the same rules again: nothing changes; new rules replace the sheet's text, not the sheet
    const sheet = ours()[0];
    painter.setStyle('.quotelens-unattributed { background-color: blue; }');
    expect(ours()).toEqual([sheet]);
    expect(sheet.cssRules[0].cssText).toContain('quotelens-unattributed');
    // a page that sets its own list drops ours: the next paint puts it back
    document.adoptedStyleSheets = [pageSheet];
    painter.setStyle('.quotelens-unattributed { background-color: blue; }');
    expect(ours()).toEqual([sheet]);
    painter.clear();
    expect(document.adoptedStyleSheets).toEqual([pageSheet]);
    document.adoptedStyleSheets = [];
  });

  it('uses a <style> element where the document refuses an adopted sheet', () => {
    setup();
    const { win } = fakeWindow();
    const painter = new HighlightPainter(document, win);
    Object.defineProperty(document, 'adoptedStyleSheets', { configurable: true, get: () => [], set: () => {} });
    try {
      painter.setStyle('::highlight(quotelens-term) {}');
      expect(document.querySelector('style[data-quotelens]')?.textContent).toBe('::highlight(quotelens-term) {}');
      painter.clear();
      expect(document.querySelector('style[data-quotelens]')).toBeNull();
    } finally {
      delete (document as { adoptedStyleSheets?: unknown }).adoptedStyleSheets;
    }
  });

  it('createPainter picks the fallback where the API is missing', () => {
    expect(createPainter(document).native).toBe(false);
    expect(createPainter(document, { forceFallback: true })).toBeInstanceOf(MarkPainter);
  });
});

describe('textParts', () => {
  it('lists the text nodes a range covers with their covered offsets', () => {
    const { t1, t2, t3 } = setup();
    const parts = textParts(rangeOf(t1, 7, t3, 3));
    expect(parts.map((p) => [p.node, p.start, p.end])).toEqual([
      [t1, 7, t1.textContent!.length],
      [t2, 0, 3],
      [t3, 0, 3],
    ]);
    expect(textParts(rangeOf(t1, 2, t1, 2))).toEqual([]);
  });
});
