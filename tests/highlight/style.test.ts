import { describe, expect, it } from 'vitest';
import { speakerColor } from '../../utils/highlight/colors';
import { ALL_RULES, colorHighlight, gated, HIGHLIGHT, highlightCss, highlightPriority, isQuoteHighlight, ON_VAR, plain } from '../../utils/highlight/style';

describe('highlight names and stylesheet', () => {
  const c = speakerColor('name:ann lee');

  it('every name begins with quotelens; one per colour', () => {
    expect(colorHighlight(c)).toBe(`quotelens-c${c.solid.slice(1)}`);
    for (const name of Object.values(HIGHLIGHT)) expect(name.startsWith('quotelens-')).toBe(true);
    expect(isQuoteHighlight(colorHighlight(c))).toBe(true);
    expect(isQuoteHighlight(HIGHLIGHT.term)).toBe(true);
    expect(isQuoteHighlight(HIGHLIGHT.focus)).toBe(false);
    expect(isQuoteHighlight('other-highlight')).toBe(false);
    expect(highlightPriority(HIGHLIGHT.flash)).toBeGreaterThan(highlightPriority(HIGHLIGHT.focus));
    expect(highlightPriority(HIGHLIGHT.focus)).toBeGreaterThan(highlightPriority(HIGHLIGHT.term));
    expect(highlightPriority(HIGHLIGHT.term)).toBeGreaterThan(highlightPriority(colorHighlight(c)));
  });

  it('paints with the speaker colour, in ::highlight() and for the fallback marks, and never moves text', () => {
    const css = highlightCss([c, c], 'default');
    expect(css.match(new RegExp(`::highlight\\(${colorHighlight(c)}\\)`, 'g'))).toHaveLength(1);
    expect(css).toContain(`background-color: ${gated(c.fill)}`);
    expect(css).toContain(`solid ${gated(c.solid)}`);
    expect(css).toContain(`quotelens-mark[data-ql="${colorHighlight(c)}"]`);
    for (const name of Object.values(HIGHLIGHT)) expect(css).toContain(`::highlight(${name})`);
    // Only properties ::highlight() accepts, none that change layout.
    const props = [...css.matchAll(/([a-z-]+)\s*:/g)].map((m) => m[1]).filter((p) => !['highlight'].includes(p));
    const allowed = new Set(['background-color', 'text-decoration', 'display', 'margin', 'padding', 'border', 'font']);
    expect(props.filter((p) => !allowed.has(p))).toEqual([]);
    expect(css).toContain('quotelens-mark { display: inline; margin: 0; padding: 0; border: 0; font: inherit; }');
  });

  it('leaves the fallback marks\' rules out where the Highlight API paints (fewer rules to parse on every load)', () => {
    const css = highlightCss([c], 'default', false);
    expect(css).not.toContain('quotelens-mark');
    for (const name of Object.values(HIGHLIGHT)) expect(css).toContain(`::highlight(${name})`);
    expect(css.split('\n').length * 2).toBeLessThan(highlightCss([c], 'default').split('\n').length + 1);
  });

  it('every colour is multiplied by --quotelens-on, so the page turns clean when the manifest sheet goes', () => {
    expect(gated('#2874ee')).toBe(`rgb(40 116 238 / var(${ON_VAR}, 0))`);
    expect(gated('rgba(40, 116, 238, 0.28)')).toBe(`rgb(40 116 238 / calc(var(${ON_VAR}, 0) * 0.28))`);
    expect(() => gated('red')).toThrow();
    const css = highlightCss([c], 'default');
    const colours = [...css.matchAll(/(?:background-color:|solid|dashed|dotted)\s+(rgba?\([^;]*?\)|#[0-9a-f]{6})/gi)].map((m) => m[1]);
    expect(colours.length).toBeGreaterThan(10);
    for (const colour of colours) expect(colour).toContain(`var(${ON_VAR}, 0)`);
  });

  it('has rules only for what the page paints: the neutral names when used, the focus once used', () => {
    const none = highlightCss([c], 'default', false, { unattributed: false, term: false, focus: false });
    expect(none.split('\n')).toEqual([expect.stringContaining(`::highlight(${colorHighlight(c)})`)]);
    const some = highlightCss([c], 'default', true, { unattributed: true, term: false, focus: true });
    for (const name of [HIGHLIGHT.unattributed, HIGHLIGHT.focus, HIGHLIGHT.flash]) expect(some).toContain(`::highlight(${name})`);
    expect(some).not.toContain(`::highlight(${HIGHLIGHT.term})`);
    expect(some).toContain('quotelens-mark[data-ql-focus]');
    expect(highlightCss([c], 'default', true, { unattributed: false, term: true, focus: false })).not.toContain('data-ql-focus');
  });

  it('without the switch (Chrome), colours are plain: the same channels and alpha, no var()', () => {
    expect(plain('#2874ee')).toBe('rgb(40 116 238)');
    expect(plain('rgba(40, 116, 238, 0.28)')).toBe('rgb(40 116 238 / 0.28)');
    expect(() => plain('red')).toThrow();
    const css = highlightCss([c], 'default', true, ALL_RULES, false);
    expect(css).not.toContain('var(');
    expect(css).toContain(`background-color: ${plain(c.fill)}`);
    expect(css.split('\n')).toHaveLength(highlightCss([c], 'default').split('\n').length);
  });

  it('high contrast draws thicker lines', () => {
    expect(highlightCss([c], 'high-contrast')).toContain('underline 3px solid');
    expect(highlightCss([c], 'default')).toContain('underline 2px solid');
  });
});
