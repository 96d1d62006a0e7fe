// @vitest-environment happy-dom
/**
 * The popup's wiring on happy-dom with WXT's fake browser standing in for the background and the
 * content script: what it shows for each tab state, and what it sends when the reader acts.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import App from '@/entrypoints/popup/App';
import { buildExport, groupBySpeaker, renderExport } from '@/utils/export';
import type { PageAnalysis, TabState } from '@/utils/messages';
import { exportInputFrom } from '@/utils/popup/export-input';
import { quote, samplePage, speaker } from '../export/helpers';

const TAB = 42;
const base = samplePage();
const paragraphs = Object.fromEntries(base.blocks.map((b, i) => [i, b.text]));
const analysis: PageAnalysis = { ...base.analysis, paragraphs, blockRoles: Object.fromEntries(base.blocks.map((b, i) => [i, b.role])) };

let states: TabState[];
let contentAnswer: (message: unknown) => unknown;
let sentToTab: unknown[];
let sentToBackground: unknown[];
let container: HTMLElement;

beforeEach(() => {
  fakeBrowser.reset();
  states = [{ status: 'done', analysis }];
  sentToTab = [];
  sentToBackground = [];
  contentAnswer = () => ({ ok: true, value: null });
  const b = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
  b.runtime.sendMessage = vi.fn(async (message: { type: string }) => {
    sentToBackground.push(message);
    if (message.type === 'get-tab') return { ok: true, value: states.length > 1 ? states.shift() : states[0] };
    return { ok: true, value: null };
  });
  b.runtime.getManifest = () => ({ version: '1.2.3' });
  b.tabs.sendMessage = vi.fn(async (tabId: number, message: unknown) => {
    sentToTab.push([tabId, message]);
    return contentAnswer(message);
  });
  b.tabs.get = vi.fn(async (id: number) => ({ id, status: 'complete', url: undefined }));
  b.tabs.update = vi.fn(async (id: number) => ({ id }));
  b.tabs.reload = vi.fn(async () => {});
  b.permissions.contains = vi.fn(async () => true);
  b.permissions.request = vi.fn(async () => true);
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
  vi.restoreAllMocks();
});

async function open(search = `?tab=${TAB}`) {
  history.replaceState(null, '', `/popup.html${search}`);
  await act(async () => render(<App />, container));
}
const $ = (selector: string) => container.querySelector<HTMLElement>(selector);
const $$ = (selector: string) => [...container.querySelectorAll<HTMLElement>(selector)];
const until = (check: () => unknown) => vi.waitFor(async () => expect(await check()).toBeTruthy(), { timeout: 3000, interval: 20 });
const click = (el: HTMLElement | null) => act(() => el!.click());

describe('a scanned page', () => {
  it('title, counts, speakers in groupBySpeaker order with their quotes; terms collapsed', async () => {
    await open();
    await until(() => $('[data-testid=quote-count]'));
    expect($('h1')!.textContent).toBe(analysis.meta.title);
    expect($('[data-testid=quote-count]')!.textContent).toBe('6');
    expect($('[data-testid=speaker-count]')!.textContent).toBe('2');
    const groups = groupBySpeaker(analysis.quotes).speakers;
    expect($$('[data-testid=speaker-group]').map((g) => g.dataset.speaker)).toEqual(groups.map((g) => g.name));
    const first = $$('[data-testid=speaker-group]')[0];
    expect([...first.querySelectorAll<HTMLElement>('[data-testid=quote-item]')].map((q) => q.dataset.quoteId)).toEqual(['b1', 'b2', 'b3']);
    expect(first.querySelector('a')!.getAttribute('href')).toBe('https://www.wikidata.org/wiki/Q7436184');
    expect(first.textContent).toContain('from QuoteLens list');
    const terms = $('[data-testid=terms-group]') as HTMLDetailsElement;
    expect(terms.open).toBe(false);
    expect(terms.querySelector<HTMLElement>('[data-testid=quote-item]')!.dataset.kind).toBe('term');
    expect($('[data-testid=unattributed-group] [data-testid=quote-item]')!.dataset.kind).toBe('statement');
  });

  it('renders page text as text, never as HTML', async () => {
    const evil = '<img src=x onerror="globalThis.pwned=1"><b>bold</b>';
    states = [
      {
        status: 'done',
        analysis: { ...analysis, meta: { title: '<i>t</i>' }, quotes: [quote({ id: 'x', text: evil, speaker: speaker('<script>alert(1)</script>', { role: '<u>r</u>' }) })] },
      },
    ];
    await open();
    await until(() => $('[data-testid=quote-item]'));
    expect($('[data-testid=quote-item]')!.textContent).toContain(evil);
    expect($('h1')!.textContent).toBe('<i>t</i>');
    expect(container.querySelectorAll('img, b, i, u, script').length).toBe(0);
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
  });

  it('&speaker= pre-fills the filter; typing narrows the list', async () => {
    await open(`?tab=${TAB}&speaker=Craig%20Allen`);
    await until(() => $('[data-testid=speaker-group]'));
    expect(($('[data-testid=filter]') as HTMLInputElement).value).toBe('Craig Allen');
    expect($$('[data-testid=speaker-group]').map((g) => g.dataset.speaker)).toEqual(['Craig Allen']);
    const input = $('[data-testid=filter]') as HTMLInputElement;
    await act(() => {
      input.value = 'mosaic';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect($$('[data-testid=quote-item]').map((q) => q.dataset.quoteId)).toEqual(['b3']);
    expect($('[data-testid=filter-result]')!.textContent).toContain('1 quote');
  });

  it("clicking a quote asks the tab's content script to reveal it (and brings the tab forward when the list is in a tab)", async () => {
    await open();
    await until(() => $('[data-quote-id=a1]'));
    await click($('[data-quote-id=a1]'));
    await until(() => sentToTab.length);
    expect(sentToTab).toEqual([[TAB, { type: 'content/reveal', quoteId: 'a1' }]]);
    await until(() => (fakeBrowser.tabs.update as unknown as { mock: { calls: unknown[][] } }).mock.calls.length);
    expect(fakeBrowser.tabs.update).toHaveBeenCalledWith(TAB, { active: true });
  });

  it('says so when the page cannot be reached', async () => {
    contentAnswer = () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
    await open();
    await until(() => $('[data-quote-id=a1]'));
    await click($('[data-quote-id=a1]'));
    await until(() => $('[data-testid=note]')!.textContent);
    expect($('[data-testid=note]')!.textContent).toMatch(/could not reach the page/i);
  });

  it('the toolbar popup offers "open in a tab" with the filter, through the background', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/a' });
    await fakeBrowser.tabs.update(tab.id!, { active: true });
    (fakeBrowser as unknown as { tabs: { query: unknown } }).tabs.query = vi.fn(async () => [{ id: tab.id }]);
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    await open('');
    await until(() => $('[data-testid=open-in-tab]'));
    expect($('[data-testid=back-to-page]')).toBeNull();
    const input = $('[data-testid=filter]') as HTMLInputElement;
    await act(() => {
      input.value = 'Bessent';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await click($('[data-testid=open-in-tab]'));
    await until(() => close.mock.calls.length);
    expect(sentToBackground).toContainEqual({ type: 'open-list', tabId: tab.id, speaker: 'Bessent' });
  });
});

describe('exports', () => {
  let blobs: Blob[];
  let names: string[];
  const onClick = (e: Event) => {
    const a = e.target as HTMLAnchorElement;
    if (a.download) {
      names.push(a.download);
      e.preventDefault();
    }
  };
  beforeEach(() => {
    blobs = [];
    names = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (blobs.push(b as Blob), `blob:x/${blobs.length}`));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    document.addEventListener('click', onClick, { capture: true });
  });
  afterEach(() => document.removeEventListener('click', onClick, { capture: true }));

  it.each(['json', 'csv', 'md'] as const)('saves %s with the file name and text utils/export gives', async (format) => {
    await open();
    await until(() => $(`[data-testid=export-${format}]`));
    await click($(`[data-testid=export-${format}]`));
    const expected = renderExport(format, exportInputFrom(analysis, '1.2.3'));
    expect(names).toEqual([expected.fileName]);
    // byte for byte: the CSV file starts with the UTF-8 byte-order mark
    expect(new Uint8Array(await blobs[0].arrayBuffer())).toEqual(new TextEncoder().encode(expected.text));
    expect(expected.text.startsWith('\uFEFF')).toBe(format === 'csv');
    expect($('[data-testid=note]')!.textContent).toBe(`Saved ${expected.fileName}`);
  });

  it('the JSON holds the same document as utils/export, every quote with its paragraph', async () => {
    await open();
    await until(() => $('[data-testid=export-json]'));
    await click($('[data-testid=export-json]'));
    const doc = JSON.parse(await blobs[0].text());
    expect(doc).toEqual(JSON.parse(JSON.stringify(buildExport({ ...base, analysis, version: '1.2.3' }))));
    expect(doc.quotes.every((q: { context: unknown }) => q.context !== null)).toBe(true);
  });

  it.each(['json', 'csv', 'md'] as const)('copies %s to the clipboard (CSV without the byte-order mark)', async (format) => {
    const writeText = vi.fn(async () => {});
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
    await open();
    await until(() => $(`[data-testid=copy-${format}]`));
    await click($(`[data-testid=copy-${format}]`));
    await until(() => writeText.mock.calls.length);
    const text = (writeText.mock.calls[0] as unknown as [string])[0];
    expect(text).toBe(renderExport(format, exportInputFrom(analysis, '1.2.3'), { bom: false }).text);
    expect(text.startsWith('\uFEFF')).toBe(false);
    await until(() => /Copied 6 quotes/.test($('[data-testid=note]')!.textContent ?? ''));
  });
});

describe('states', () => {
  const phase = () => $('[data-testid=status]')?.dataset.phase;

  it('still scanning: asks again until the result is there', async () => {
    states = [{ status: 'scanning' }, { status: 'scanning' }, { status: 'done', analysis }];
    await open();
    await until(() => phase() === 'scanning');
    expect($('[data-testid=status]')!.textContent).toMatch(/still scanning/i);
    await until(() => $('[data-testid=quote-count]'));
    expect(phase()).toBeUndefined();
  });

  it('no quotes on this page: the header with 0 and the message', async () => {
    states = [{ status: 'done', analysis: { ...analysis, quotes: [], paragraphs: {} } }];
    await open();
    await until(() => phase() === 'empty');
    expect($('[data-testid=quote-count]')!.textContent).toBe('0');
    expect($('[data-testid=status]')!.textContent).toMatch(/no quotes on this page/i);
    expect(($('[data-testid=export-json]') as HTMLButtonElement).disabled).toBe(true);
  });

  it('skipped by the gate: "scan anyway" sends content/scan, then the list comes', async () => {
    states = [{ status: 'skipped', reason: 'not an article' }];
    await open();
    await until(() => phase() === 'skipped');
    expect($('[data-testid=status]')!.textContent).toContain('not an article');
    states = [{ status: 'skipped', reason: 'not an article' }, { status: 'scanning' }, { status: 'done', analysis }];
    await click($('[data-testid=action-scan]'));
    await until(() => $('[data-testid=quote-count]'));
    expect(sentToTab).toContainEqual([TAB, { type: 'content/scan' }]);
  });

  it('no content script and no address: cannot be scanned, offers access to all sites, then reloads', async () => {
    states = [{ status: 'none' }];
    contentAnswer = () => Promise.reject(new Error('Receiving end does not exist.'));
    await open();
    await until(() => phase() === 'unscannable');
    expect($('[data-testid=status]')!.textContent).toMatch(/can't be scanned/);
    await click($('[data-testid=action-grant]'));
    await until(() => (fakeBrowser.tabs.reload as unknown as { mock: { calls: unknown[] } }).mock.calls.length);
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ origins: ['http://*/*', 'https://*/*'] });
    expect(fakeBrowser.tabs.reload).toHaveBeenCalledWith(TAB);
  });

  it('a known site without permission: asks for that site only', async () => {
    states = [{ status: 'none' }];
    (fakeBrowser.tabs as unknown as { get: unknown }).get = vi.fn(async (id: number) => ({ id, status: 'complete', url: 'https://news.example/a?b' }));
    (fakeBrowser.permissions as unknown as { contains: unknown }).contains = vi.fn(async () => false);
    await open();
    await until(() => phase() === 'unscannable');
    await click($('[data-testid=action-grant]'));
    await until(() => (fakeBrowser.permissions.request as unknown as { mock: { calls: unknown[] } }).mock.calls.length);
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ origins: ['https://news.example/*'] });
  });

  it('a browser page: says so and offers nothing', async () => {
    states = [{ status: 'none' }];
    (fakeBrowser.tabs as unknown as { get: unknown }).get = vi.fn(async (id: number) => ({ id, status: 'complete', url: 'chrome://newtab/' }));
    await open();
    await until(() => phase() === 'unscannable');
    expect($('[data-testid=status]')!.textContent).toMatch(/browser or store page/);
    expect($$('[data-testid=status] button')).toHaveLength(0);
  });

  it('a background error: says so and can try again', async () => {
    (fakeBrowser.runtime as unknown as { sendMessage: unknown }).sendMessage = vi.fn(async () => ({ ok: false, error: 'get-tab: bad tabId' }));
    await open();
    await until(() => phase() === 'error');
    expect($('[data-testid=status]')!.textContent).toContain('get-tab: bad tabId');
    expect($('[data-testid=action-retry]')).not.toBeNull();
  });
});
