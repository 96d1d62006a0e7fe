/**
 * The settings model, pure: types, defaults, normalisation, and where the settings are stored.
 * utils/storage.ts reads and writes them with WXT's storage; the content script, which must stay
 * small, reads the same stored value with `browser.storage.local` (see SETTINGS_KEY) and this
 * module, without pulling WXT's storage into every page.
 */

/** The storage.local key of the settings item (WXT's `local:settings`). */
export const SETTINGS_KEY = 'settings';

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

/** Are highlights on for this host? The site's own choice wins over the global one. */
export function highlightsOnFor(settings: Settings, host: string): boolean {
  return settings.sites[host]?.highlights ?? settings.highlights;
}
