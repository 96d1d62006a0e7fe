import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, getSettings, highlightsOnFor, normalizeSettings, updateSettings } from '@/utils/storage';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts from the defaults', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps a change', async () => {
    await updateSettings((s) => ({ ...s, highlightTerms: false, sites: { 'example.com': { highlights: false } } }));
    const s = await getSettings();
    expect(s.highlightTerms).toBe(false);
    expect(highlightsOnFor(s, 'example.com')).toBe(false);
    expect(highlightsOnFor(s, 'other.org')).toBe(true);
  });

  it.each([
    [null],
    ['nonsense'],
    [{ autoScan: 'yes', palette: 'neon', sites: { 'a.com': { highlights: 'no' }, 'b.com': { highlights: false } } }],
  ])('repairs a damaged stored value %j', (value) => {
    const s = normalizeSettings(value);
    expect(s.autoScan).toBe(true);
    expect(s.palette).toBe('default');
    expect(Object.keys(s.sites)).toEqual(typeof value === 'object' && value ? ['b.com'] : []);
  });
});
