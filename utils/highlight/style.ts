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

/** Marks our `<style>` in the page's `<head>`, where the page takes no adopted stylesheet from us. */
export const STYLE_ATTR = 'data-quotelens';

/** The element the fallback wraps text in (where the CSS Custom Highlight API is missing). */
export const MARK_TAG = 'quotelens-mark';
/** The attribute holding a mark's highlight name; `data-ql-quote` holds the quote id. */
export const MARK_NAME_ATTR = 'data-ql';
export const MARK_QUOTE_ATTR = 'data-ql-quote';

/**
 * In Firefox every colour we paint is multiplied by this custom property, which only the content
 * script's manifest stylesheet (entrypoints/content/page.css) sets to 1. When the extension is
 * disabled, Firefox removes that stylesheet at once (though it cannot run our clean-up code), so
 * whatever we left in the page turns transparent. Chrome needs no such switch (its content script
 * notices and cleans up itself), and there colours are plain: a `var()` in each rule made our
 * stylesheet three times as slow to parse on every article.
 */
export const ON_VAR = '--quotelens-on';

/** A colour's channels and alpha (1 when opaque), from `#rrggbb` or `rgb[a](r, g, b[, a])`. */
function channels(color: string): { rgb: string; alpha: string | null } {
  if (/^#[0-9a-f]{6}$/i.test(color)) return { rgb: parseHex(color).join(' '), alpha: null };
  const m = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*([\d.]+)\s*)?\)$/.exec(color);
  if (!m) throw new Error(`not a colour: ${color}`);
  return { rgb: `${m[1]} ${m[2]} ${m[3]}`, alpha: m[4] ?? null };
}

/** An opaque or translucent colour, shown only while QuoteLens is on (see ON_VAR). */
export function gated(color: string): string {
  const { rgb, alpha } = channels(color);
  return alpha === null ? `rgb(${rgb} / var(${ON_VAR}, 0))` : `rgb(${rgb} / calc(var(${ON_VAR}, 0) * ${alpha}))`;
}

/** The same colour, always shown. */
export function plain(color: string): string {
  const { rgb, alpha } = channels(color);
  return alpha === null ? `rgb(${rgb})` : `rgb(${rgb} / ${alpha})`;
}

const rgba = (hex: string, alpha: number) => `rgba(${parseHex(hex).join(', ')}, ${alpha})`;
const FOCUS = { solid: '#c9570b', fill: 'rgba(255, 176, 0, 0.5)' };
const UNDERLINE: Record<Palette, string> = { default: '2px', 'high-contrast': '3px' };

/**
 * Which rules besides the speaker colours a page needs. Every `::highlight()` rule is checked
 * against every element whenever the page recalculates style (such a rule has no selector a
 * browser can index), so the page gets only the rules it paints with: the keyboard focus and the
 * flash once a quote is stepped to or revealed.
 */
export interface StyleNeeds {
  unattributed: boolean;
  term: boolean;
  /** The keyboard focus and the popup's flash. */
  focus: boolean;
}

export const ALL_RULES: StyleNeeds = { unattributed: true, term: true, focus: true };

/**
 * The stylesheet for the colours in use: `::highlight()` rules for the Custom Highlight API and,
 * with `marks`, the same look for the fallback's `<quotelens-mark data-ql="name">`; with `gate`, every
 * colour switched by ON_VAR (Firefox). Only properties that `::highlight()` accepts
 * (background-color, text-decoration), nothing that could move text.
 */
export function highlightCss(colors: Iterable<Pick<SpeakerColor, 'solid' | 'fill'>>, palette: Palette = 'default', marks = true, needs: StyleNeeds = ALL_RULES, gate = true): string {
  const rules: string[] = [];
  const line = UNDERLINE[palette] ?? UNDERLINE.default;
  const colour = gate ? gated : plain;
  const paint = (fill: string, style: string, width: string, solid: string) =>
    `background-color: ${colour(fill)}; text-decoration: underline ${width} ${style} ${colour(solid)};`;
  // The page parses every rule on every load: the fallback's rules only where it paints. (Not one
  // selector list: a browser without ::highlight() would drop the whole rule.)
  const rule = (name: string, body: string) => {
    rules.push(`::highlight(${name}) { ${body} }`);
    if (marks) rules.push(`${MARK_TAG}[${MARK_NAME_ATTR}="${name}"] { ${body} }`);
  };
  const seen = new Set<string>();
  for (const c of colors) {
    const name = colorHighlight(c);
    if (seen.has(name)) continue;
    seen.add(name);
    rule(name, paint(c.fill, 'solid', line, c.solid));
  }
  const grey = neutralColor(palette);
  const alpha = FILL_ALPHA[palette] ?? FILL_ALPHA.default;
  if (needs.unattributed) rule(HIGHLIGHT.unattributed, paint(grey.fill, 'dashed', line, grey.solid));
  if (needs.term) rule(HIGHLIGHT.term, paint(rgba(grey.solid, Math.round(alpha * 50) / 100), 'dotted', '1px', grey.solid));
  if (needs.focus) {
    rule(HIGHLIGHT.focus, paint(FOCUS.fill, 'solid', '3px', FOCUS.solid));
    rule(HIGHLIGHT.flash, paint(FOCUS.fill, 'solid', '3px', FOCUS.solid));
  }
  if (marks) {
    if (needs.focus) rules.push(`${MARK_TAG}[data-ql-focus], ${MARK_TAG}[data-ql-flash] { ${paint(FOCUS.fill, 'solid', '3px', FOCUS.solid)} }`);
    // The fallback's elements must not change layout: inline, no box of their own.
    rules.push(`${MARK_TAG} { display: inline; margin: 0; padding: 0; border: 0; font: inherit; }`);
  }
  return rules.join('\n');
}
