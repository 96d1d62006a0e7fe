/** The per-site list: hosts as the content script looks them up (location.hostname). */
import { describe, expect, it } from 'vitest';
import { normalizeHost, removeSite, setSite, siteRows } from '@/utils/options/sites';
import { DEFAULT_SETTINGS, highlightsOnFor } from '@/utils/storage';

describe('normalizeHost', () => {
  it.each([
    ['www.nytimes.com', 'www.nytimes.com'],
    ['  NYTimes.COM ', 'nytimes.com'],
    ['https://www.nytimes.com/2025/07/26/world/x.html?x=1#y', 'www.nytimes.com'],
    ['http://example.com:8080/a', 'example.com'],
    ['example.com.', 'example.com'],
    ['localhost', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
    ['bücher.example', 'xn--bcher-kva.example'],
    ['sub-domain.co.uk', 'sub-domain.co.uk'],
  ])('%j → %s', (input, host) => expect(normalizeHost(input)).toEqual({ ok: true, host }));

  it.each([
    ['', /type a site/i],
    ['   ', /type a site/i],
    ['www.exa mple.com', /no spaces/],
    ['ftp://files.example.com', /only web sites/i],
    ['chrome://extensions', /only web sites/i],
    ['nodot', /not a site/],
    ['-bad-.com', /not a site/],
    ['exa_mple.com', /not a site/],
    ['http://', /not a site/],
  ])('%j is refused', (input, reason) => {
    const r = normalizeHost(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });
});

describe('site list edits', () => {
  it('set, change and remove a site; the global switch applies again after removal', () => {
    let s = setSite(DEFAULT_SETTINGS, 'www.a.example', false);
    expect(highlightsOnFor(s, 'www.a.example')).toBe(false);
    s = setSite(s, 'www.a.example', true);
    s = setSite(s, 'b.example', false);
    expect(s.sites).toEqual({ 'www.a.example': { highlights: true }, 'b.example': { highlights: false } });
    s = removeSite(s, 'b.example');
    expect(highlightsOnFor(s, 'b.example')).toBe(true);
    expect(DEFAULT_SETTINGS.sites).toEqual({}); // never mutated
  });

  it('rows sorted by host without www., so a site’s hosts sit together', () => {
    let s = DEFAULT_SETTINGS;
    for (const h of ['www.zeit.example', 'b.example', 'www.a.example', 'a.example', 'zeit.example']) s = setSite(s, h, h.startsWith('www'));
    expect(siteRows(s).map((r) => r.host)).toEqual(['a.example', 'www.a.example', 'b.example', 'zeit.example', 'www.zeit.example']);
    expect(siteRows(s)[1]).toEqual({ host: 'www.a.example', highlights: true });
  });
});
