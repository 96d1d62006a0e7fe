import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { settingsFromWarm } from '../../entrypoints/page-session/settings';
import { err, ok, parseContentRequest } from '../../utils/messages';
import { DEFAULT_SETTINGS, getSettings, updateSettings } from '../../utils/storage';

describe('the page side gets the settings utils/storage writes, from the background', () => {
  beforeEach(() => fakeBrowser.reset());

  it("in the answer to 'warm': the stored value once written, the defaults before", async () => {
    expect(settingsFromWarm(ok(await getSettings()))).toEqual(DEFAULT_SETTINGS);
    const stored = await updateSettings((s) => ({ ...s, highlightTerms: false, palette: 'high-contrast', sites: { 'a.example': { highlights: false } } }));
    expect(settingsFromWarm(ok(await getSettings()))).toEqual(stored);
  });

  it.each([[null], [undefined], [err('no receiving end')], [{ ok: true }], ['settings'], [{ ok: true, value: { palette: 'neon', autoScan: 'yes' } }]])(
    'the defaults when the answer is %j',
    (answer) => {
      expect(settingsFromWarm(answer)).toEqual(DEFAULT_SETTINGS);
    },
  );

  it("in 'content/settings' when they change, whatever else the message holds", async () => {
    const stored = await updateSettings((s) => ({ ...s, autoScan: false }));
    expect(parseContentRequest({ type: 'content/settings', settings: stored })).toEqual(ok({ type: 'content/settings', settings: stored }));
    expect(parseContentRequest({ type: 'content/settings', settings: { palette: 'neon' } })).toEqual(ok({ type: 'content/settings', settings: DEFAULT_SETTINGS }));
    expect(parseContentRequest({ type: 'content/settings' }).ok).toBe(false);
  });
});
