/**
 * One colour per speaker, the same in the page and in the popup. Pure: a speaker's key (what
 * `groupBySpeaker` gives: `actor:Q123` or `name:scott bessent`) and the palette in, colours out;
 * deterministic, so the page's highlight and the popup's swatch agree without talking to each other.
 *
 * Every `solid` colour has a relative luminance of about 0.2, which keeps it at least 3:1 (the
 * WCAG contrast for graphics) against both a white and a near-black (#121212) background. `fill`
 * is the same colour, translucent, for painting behind page text: on a white page with black text
 * and on a dark page with white text the text stays well above 4.5:1.
 */
import type { Palette } from '../storage';

export interface SpeakerColor {
  /** Hue in degrees, 0–359. */
  hue: number;
  /** Opaque `#rrggbb`: swatches, borders, underlines. */
  solid: string;
  /** Translucent `rgba(…)` of the same colour: a highlight behind text. */
  fill: string;
}

/** Target relative luminance of `solid` (see the module comment). */
export const SOLID_LUMINANCE = 0.2;
/** Opacity of `fill` per palette. */
export const FILL_ALPHA: Readonly<Record<Palette, number>> = { default: 0.28, 'high-contrast': 0.45 };

/** The high-contrast palette: few hues, far apart, so neighbours are easy to tell apart. */
const HIGH_CONTRAST_HUES = [210, 25, 130, 290, 55, 340, 180, 95] as const;
const SATURATION: Readonly<Record<Palette, number>> = { default: 0.65, 'high-contrast': 0.95 };

/** FNV-1a, 32-bit: a small, stable hash of the key's UTF-16 code units. */
export function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's finaliser: spreads FNV's output so keys that differ in one character get unrelated hues. */
export function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

type Rgb = [number, number, number];

/** One channel of HSL → RGB, 0–255 rounded (n: 0 red, 8 green, 4 blue). No allocation: it runs 60 times a colour. */
function hslChannel(n: number, h: number, s: number, l: number): number {
  const k = (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  return Math.round((l - a * Math.max(-1, Math.min(k - 3, Math.min(9 - k, 1)))) * 255);
}

function hslToRgb(h: number, s: number, l: number): Rgb {
  return [hslChannel(0, h, s, l), hslChannel(8, h, s, l), hslChannel(4, h, s, l)];
}

const channel = (c: number) => {
  const v = c / 255;
  return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
};

/** channel() of 0–255, computed once per page: the same numbers without a power per call. */
let channels: Float64Array | undefined;
function linear(c: number): number {
  if (!channels) {
    channels = new Float64Array(256);
    for (let i = 0; i < 256; i++) channels[i] = channel(i);
  }
  return c >= 0 && c <= 255 && c === (c | 0) ? channels[c] : channel(c);
}

/** WCAG relative luminance of an sRGB colour (0–255 channels). */
export function luminance([r, g, b]: Rgb): number {
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG contrast ratio of two relative luminances. */
export function contrastRatio(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** `#rrggbb` → channels. */
export function parseHex(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

const hex = (rgb: Rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;

/** The lightness at which hue `h` and saturation `s` reach the target luminance (bisection). */
function rgbAtLuminance(h: number, s: number, target: number): Rgb {
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 20; i++) {
    const mid = (lo + hi) / 2;
    const y = 0.2126 * linear(hslChannel(0, h, s, mid)) + 0.7152 * linear(hslChannel(8, h, s, mid)) + 0.0722 * linear(hslChannel(4, h, s, mid));
    if (y < target) lo = mid;
    else hi = mid;
  }
  return hslToRgb(h, s, (lo + hi) / 2);
}

const cache = new Map<string, SpeakerColor>();

/** The colour of a speaker, by `groupBySpeaker` key, in the chosen palette. */
export function speakerColor(key: string, palette: Palette = 'default'): SpeakerColor {
  const id = `${palette}\u0000${key}`;
  const hit = cache.get(id);
  if (hit) return hit;
  const h = mix32(hashKey(key));
  const hue = palette === 'high-contrast' ? HIGH_CONTRAST_HUES[h % HIGH_CONTRAST_HUES.length] : h % 360;
  const rgb = rgbAtLuminance(hue, SATURATION[palette], SOLID_LUMINANCE);
  const color: SpeakerColor = { hue, solid: hex(rgb), fill: `rgba(${rgb.join(', ')}, ${FILL_ALPHA[palette]})` };
  if (cache.size > 2000) cache.clear();
  cache.set(id, color);
  return color;
}

/**
 * The grey at SOLID_LUMINANCE, to the channel (what rgbAtLuminance gives for saturation 0),
 * written out: the page paints it on every scan, and working it out there costs a fresh page's
 * main thread up to a millisecond. colors.test.ts checks it.
 */
const NEUTRAL_GREY = 123;

/** Terms (scare quotes, names) and statements without a speaker: a neutral grey. */
export function neutralColor(palette: Palette = 'default'): SpeakerColor {
  const rgb: Rgb = [NEUTRAL_GREY, NEUTRAL_GREY, NEUTRAL_GREY];
  return { hue: 0, solid: hex(rgb), fill: `rgba(${rgb.join(', ')}, ${FILL_ALPHA[palette]})` };
}
