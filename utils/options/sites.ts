/**
 * The per-site list of the options page: which hosts have highlights on or off whatever the global
 * switch says. Hosts are keyed as `location.hostname` gives them (lower case, punycode, no port),
 * which is what `highlightsOnFor(settings, host)` is asked with. Pure.
 */
import type { Settings } from '../storage';

export type HostCheck = { ok: true; host: string } | { ok: false; reason: string };

/** A host from what a reader types or pastes: "nytimes.com", "https://www.nytimes.com/2025/…". */
export function normalizeHost(input: string): HostCheck {
  const raw = input.trim();
  if (!raw) return { ok: false, reason: 'Type a site, such as www.example.com.' };
  if (/\s/.test(raw)) return { ok: false, reason: 'A site has no spaces.' };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `http://${raw}`);
  } catch {
    return { ok: false, reason: `“${raw.slice(0, 80)}” is not a site address.` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, reason: 'Only web sites (http and https) can be listed.' };
  const host = url.hostname.replace(/\.$/, '').toLowerCase();
  if (!host) return { ok: false, reason: `“${raw.slice(0, 80)}” is not a site address.` };
  const ip = /^\d{1,3}(?:\.\d{1,3}){3}$/.test(host) || host.startsWith('[');
  if (!ip && host !== 'localhost' && !/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/.test(host)) {
    return { ok: false, reason: `“${raw.slice(0, 80)}” is not a site address.` };
  }
  return { ok: true, host };
}

/** Highlights on or off for one host (a new entry or a change). */
export function setSite(settings: Settings, host: string, highlights: boolean): Settings {
  return { ...settings, sites: { ...settings.sites, [host]: { highlights } } };
}

/** Forget a host's own choice: the global switch applies there again. */
export function removeSite(settings: Settings, host: string): Settings {
  const sites = { ...settings.sites };
  delete sites[host];
  return { ...settings, sites };
}

export interface SiteRow {
  host: string;
  highlights: boolean;
}

/** The list, sorted by host without "www." so a site's hosts sit together. */
export function siteRows(settings: Settings): SiteRow[] {
  const bare = (h: string) => h.replace(/^www\./, '');
  return Object.entries(settings.sites)
    .map(([host, s]) => ({ host, highlights: s.highlights }))
    .sort((a, b) => bare(a.host).localeCompare(bare(b.host)) || a.host.length - b.host.length || a.host.localeCompare(b.host));
}
