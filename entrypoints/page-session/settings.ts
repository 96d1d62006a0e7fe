/**
 * The settings as the content script reads them: the same stored value utils/storage.ts writes
 * (storage.local, key SETTINGS_KEY), read with the extension API directly so WXT's storage
 * library stays out of the content script (it runs on every page and must stay small).
 * tests/highlight/content-settings.test.ts checks both sides agree.
 */
import { browser } from 'wxt/browser';
import { normalizeSettings, SETTINGS_KEY, type Settings } from '@/utils/settings';

export async function readSettings(): Promise<Settings> {
  const got = await browser.storage.local.get(SETTINGS_KEY);
  return normalizeSettings(got[SETTINGS_KEY]);
}

export function watchStoredSettings(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) callback(normalizeSettings(changes[SETTINGS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
