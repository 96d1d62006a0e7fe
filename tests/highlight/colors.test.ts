/** Speaker colours: deterministic per key, distinct enough, readable on light and dark pages. */
import { describe, expect, it } from 'vitest';
import { contrastRatio, FILL_ALPHA, hashKey, luminance, neutralColor, parseHex, SOLID_LUMINANCE, speakerColor } from '../../utils/highlight/colors';
import type { Palette } from '../../utils/storage';

const WHITE = 1;
const NEAR_BLACK = luminance([0x12, 0x12, 0x12]);
const PALETTES: Palette[] = ['default', 'high-contrast'];
const KEYS = Array.from({ length: 300 }, (_, i) => (i % 2 ? `actor:Q${1000 + i * 7}` : `name:person number ${i}`));

/** Luminance of `solid` painted at `alpha` over a background of luminance `bg` (close enough in linear light). */
const over = (solid: string, alpha: number, bg: number) => alpha * luminance(parseHex(solid)) + (1 - alpha) * bg;

describe('speakerColor', () => {
  it('is deterministic: the same key gives the same colour, whatever else was asked before', () => {
    const first = KEYS.map((k) => speakerColor(k));
    const again = [...KEYS].reverse().map((k) => speakerColor(k)).reverse();
    expect(again).toEqual(first);
    expect(speakerColor('actor:Q42', 'default')).toEqual({ ...speakerColor('actor:Q42') });
  });

  it('hash is FNV-1a (fixed values, so page and popup builds can never drift)', () => {
    expect(hashKey('')).toBe(0x811c9dc5);
    expect(hashKey('a')).toBe(0xe40c292c);
    expect(hashKey('foobar')).toBe(0xbf9cf968);
  });

  it.each(PALETTES)('%s: every solid is ≥ 3:1 against white and against #121212', (palette) => {
    for (const key of KEYS) {
      const { solid } = speakerColor(key, palette);
      expect(solid).toMatch(/^#[0-9a-f]{6}$/);
      const y = luminance(parseHex(solid));
      expect(contrastRatio(y, WHITE), `${key} ${solid} on white`).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(y, NEAR_BLACK), `${key} ${solid} on #121212`).toBeGreaterThanOrEqual(3);
    }
  });

  it.each(PALETTES)('%s: text under a fill stays ≥ 4.5:1 (black on white, white on dark)', (palette) => {
    for (const key of KEYS) {
      const { solid, fill } = speakerColor(key, palette);
      expect(fill).toMatch(new RegExp(`^rgba\\(\\d+, \\d+, \\d+, ${FILL_ALPHA[palette]}\\)$`));
      expect(contrastRatio(over(solid, FILL_ALPHA[palette], WHITE), 0)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(over(solid, FILL_ALPHA[palette], NEAR_BLACK), WHITE)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('spreads speakers over the hues (default) and uses the few far-apart hues (high-contrast)', () => {
    const hues = new Set(KEYS.map((k) => Math.floor(speakerColor(k).hue / 30)));
    expect(hues.size).toBe(12); // every 30° sector is used by 300 keys
    const hc = new Set(KEYS.map((k) => speakerColor(k, 'high-contrast').hue));
    expect(hc.size).toBe(8);
  });

  it('a neutral grey for terms and unattributed statements, as readable as the rest', () => {
    const { solid } = neutralColor();
    const [r, g, b] = parseHex(solid);
    expect(r).toBe(g);
    expect(g).toBe(b);
    expect(contrastRatio(luminance([r, g, b]), WHITE)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(luminance([r, g, b]), NEAR_BLACK)).toBeGreaterThanOrEqual(3);
  });

  it('the neutral grey has the luminance every speaker colour has, to the channel', () => {
    const [grey] = parseHex(neutralColor().solid);
    expect(luminance([grey, grey, grey])).toBeLessThanOrEqual(SOLID_LUMINANCE);
    expect(luminance([grey + 1, grey + 1, grey + 1])).toBeGreaterThan(SOLID_LUMINANCE);
  });
});

describe('keys that differ in one character', () => {
  it('get unrelated hues (no runs of similar colours for similar names)', () => {
    const hues = 'abcdefghij'.split('').map((c) => speakerColor(`name:speaker ${c}`).hue);
    // plain FNV-1a gives 234, 55, 236, 57, 238…: four 30° sectors, alternating
    const sectors = new Set(hues.map((h) => Math.floor(h / 30)));
    expect(sectors.size).toBeGreaterThanOrEqual(6);
  });
});
