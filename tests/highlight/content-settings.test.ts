import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readSettings, watchStoredSettings } from '../../entrypoints/page-session/settings';
import { DEFAULT_SETTINGS, updateSettings } from '../../utils/storage';

describe('the content script reads the settings utils/storage writes', () => {
  beforeEach(() => fakeBrowser.reset());

  it('defaults when nothing is stored, the stored value once written', async () => {
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    const stored = await updateSettings((s) => ({ ...s, highlightTerms: false, palette: 'high-contrast', sites: { 'a.example': { highlights: false } } }));
    expect(await readSettings()).toEqual(stored);
  });

  it('follows changes', async () => {
    const seen: unknown[] = [];
    const stop = watchStoredSettings((s) => seen.push(s));
    const stored = await updateSettings((s) => ({ ...s, autoScan: false }));
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual([stored]);
    stop();
    await updateSettings((s) => ({ ...s, autoScan: true }));
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toHaveLength(1);
  });
});
