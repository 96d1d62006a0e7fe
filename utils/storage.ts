/**
 * Every stored setting, versioned. Settings live in storage.local (the reader's own actors are
 * in utils/actors/user-store.ts, in storage.sync). Read them with `getSettings()`, change them
 * with `updateSettings()`, and follow changes with `watchSettings()`.
 */
import { storage } from 'wxt/utils/storage';

/** The highlight colour scheme: one colour per speaker, readable on light and dark pages. */
export type Palette = 'default' | 'high-contrast';

export interface Settings {
  /** Scan article pages as they load. Off: only "Scan this page" scans. */
  autoScan: boolean;
  /** Paint highlights in pages (everywhere, unless a site says otherwise). */
  highlights: boolean;
  /** Paint terms (scare quotes, names of things) too, lighter than statements. */
  highlightTerms: boolean;
  palette: Palette;
  /** Per-site choices, by host name ("www.nytimes.com"): highlights on or off there. */
  sites: Record<string, { highlights: boolean }>;
}

export const DEFAULT_SETTINGS: Settings = {
  autoScan: true,
  highlights: true,
  highlightTerms: true,
  palette: 'default',
  sites: {},
};

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Fill in what an older or damaged stored value lacks, so callers always get every field. */
export function normalizeSettings(value: unknown): Settings {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Partial<Settings>;
  const sites: Settings['sites'] = {};
  if (v.sites && typeof v.sites === 'object') {
    for (const [host, site] of Object.entries(v.sites)) {
      if (site && typeof site === 'object' && typeof (site as { highlights?: unknown }).highlights === 'boolean') sites[host] = { highlights: (site as { highlights: boolean }).highlights };
    }
  }
  return {
    autoScan: typeof v.autoScan === 'boolean' ? v.autoScan : DEFAULT_SETTINGS.autoScan,
    highlights: typeof v.highlights === 'boolean' ? v.highlights : DEFAULT_SETTINGS.highlights,
    highlightTerms: typeof v.highlightTerms === 'boolean' ? v.highlightTerms : DEFAULT_SETTINGS.highlightTerms,
    palette: v.palette === 'high-contrast' ? 'high-contrast' : 'default',
    sites,
  };
}

export async function getSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = normalizeSettings(change(await getSettings()));
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(normalizeSettings(value)));
}

/** Are highlights on for this host? The site's own choice wins over the global one. */
export function highlightsOnFor(settings: Settings, host: string): boolean {
  return settings.sites[host]?.highlights ?? settings.highlights;
}
