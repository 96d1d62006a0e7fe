/**
 * Highlight names and the page stylesheet that paints them. Pure: strings in, strings out.
 *
 * Every statement is painted under the name of its speaker's colour (`speakerColor` in
 * colors.ts, the popup's colour too), so one `Highlight` per colour in use; terms and
 * unattributed statements under neutral names; the keyboard focus and the popup's "reveal"
 * under their own names, above the rest. All names begin with `quotelens`.
 */
import type { Palette } from '../settings';
import { FILL_ALPHA, neutralColor, parseHex, type SpeakerColor } from './colors';

export const HIGHLIGHT_PREFIX = 'quotelens';

export const HIGHLIGHT = {
  /** Statements without a speaker. */
  unattributed: 'quotelens-unattributed',
  /** Scare quotes, names and titles: lighter than statements. */
  term: 'quotelens-term',
  /** The quote the keyboard stepped to. */
  focus: 'quotelens-focus',
  /** A quote revealed from the popup, for a moment. */
  flash: 'quotelens-flash',
} as const;

/** Statements and terms (what counts as "a highlighted quote"), not the focus or the flash. */
export function isQuoteHighlight(name: string): boolean {
  return name.startsWith(`${HIGHLIGHT_PREFIX}-`) && name !== HIGHLIGHT.focus && name !== HIGHLIGHT.flash;
}

/** The highlight name of a speaker colour: `quotelens-c2874ee` (one per distinct colour). */
export function colorHighlight(color: Pick<SpeakerColor, 'solid'>): string {
  return `${HIGHLIGHT_PREFIX}-c${color.solid.slice(1).toLowerCase()}`;
}

/** Painting order: terms sit inside statements, the focus and the flash above both. */
export function highlightPriority(name: string): number {
  if (name === HIGHLIGHT.flash) return 3;
  if (name === HIGHLIGHT.focus) return 2;
  if (name === HIGHLIGHT.term) return 1;
  return 0;
}

/** Marks our `<style>` in the page's `<head>`. */
export const STYLE_ATTR = 'data-quotelens';

/** The element the fallback wraps text in (where the CSS Custom Highlight API is missing). */
export const MARK_TAG = 'quotelens-mark';
/** The attribute holding a mark's highlight name; `data-ql-quote` holds the quote id. */
export const MARK_NAME_ATTR = 'data-ql';
export const MARK_QUOTE_ATTR = 'data-ql-quote';

const rgba = (hex: string, alpha: number) => `rgba(${parseHex(hex).join(', ')}, ${alpha})`;
const FOCUS = { solid: '#c9570b', fill: 'rgba(255, 176, 0, 0.5)' };
const UNDERLINE: Record<Palette, string> = { default: '2px', 'high-contrast': '3px' };

/**
 * The stylesheet for the colours in use: `::highlight()` rules for the Custom Highlight API and
 * the same look for the fallback's `<quotelens-mark data-ql="name">`. Only properties that
 * `::highlight()` accepts (background-color, text-decoration), nothing that could move text.
 */
export function highlightCss(colors: Iterable<Pick<SpeakerColor, 'solid' | 'fill'>>, palette: Palette = 'default'): string {
  const rules: string[] = [];
  const rule = (name: string, body: string) => {
    rules.push(`::highlight(${name}) { ${body} }`, `${MARK_TAG}[${MARK_NAME_ATTR}="${name}"] { ${body} }`);
  };
  const line = UNDERLINE[palette] ?? UNDERLINE.default;
  const seen = new Set<string>();
  for (const c of colors) {
    const name = colorHighlight(c);
    if (seen.has(name)) continue;
    seen.add(name);
    rule(name, `background-color: ${c.fill}; text-decoration: underline ${line} solid ${c.solid};`);
  }
  const grey = neutralColor(palette);
  const alpha = FILL_ALPHA[palette] ?? FILL_ALPHA.default;
  rule(HIGHLIGHT.unattributed, `background-color: ${grey.fill}; text-decoration: underline ${line} dashed ${grey.solid};`);
  rule(HIGHLIGHT.term, `background-color: ${rgba(grey.solid, Math.round(alpha * 50) / 100)}; text-decoration: underline 1px dotted ${grey.solid};`);
  rule(HIGHLIGHT.focus, `background-color: ${FOCUS.fill}; text-decoration: underline 3px solid ${FOCUS.solid};`);
  rule(HIGHLIGHT.flash, `background-color: ${FOCUS.fill}; text-decoration: underline 3px solid ${FOCUS.solid};`);
  const marked = `background-color: ${FOCUS.fill}; text-decoration: underline 3px solid ${FOCUS.solid};`;
  rules.push(`${MARK_TAG}[data-ql-focus], ${MARK_TAG}[data-ql-flash] { ${marked} }`);
  // The fallback's elements must not change layout: inline, no box of their own.
  rules.push(`${MARK_TAG} { display: inline; margin: 0; padding: 0; border: 0; font: inherit; }`);
  return rules.join('\n');
}
