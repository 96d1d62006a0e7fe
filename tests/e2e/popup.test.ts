/**
 * The popup in Chromium and Firefox with the built extension, on the sample page: what it lists
 * equals what the background holds for the tab and what the command-line extractor (the same
 * engine) finds in the same HTML; its JSON, CSV and Markdown exports hold the same quotes and
 * speakers; a quote that starts with "=" is defused in the CSV; clicking a quote reveals it in the
 * page; the states a reader meets (browser page, not an article); no serious accessibility issue.
 *
 * Exports are captured in the popup itself: the Blob behind each <a download> (kept by wrapping
 * URL.createObjectURL, the click on the anchor is stopped so no file dialog opens) and the text
 * handed to navigator.clipboard.writeText (replaced by a recorder: headless browsers give extension
 * pages no clipboard to read back).
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { beforeAll, expect, it } from 'vitest';
import { groupBySpeaker, inPageOrder, type ExportDocument, type ExportQuote } from '../../utils/export';
import type { TabState } from '../../utils/messages';
import { FIXTURES_DIR, keepForReadme, REPO_ROOT, SEED_PAGE, type BrowserPage, type TabPage } from './helpers';
import { runAxe, tabThrough } from './helpers/a11y';
import { describeInBrowsers } from './helpers/vitest';
import { unescape } from '../export/markdown-check';

type Done = Extract<TabState, { status: 'done' }>;
type Doc = ExportDocument & { file?: string };
type Row = Record<string, string>;

const FORMULA_PAGE = 'e2e/formula.html';
const exec = promisify(execFile);

/** The extractor, as a user runs it: `npm run -s extract -- --format F FILE...` (once for the whole file). */
const extractor = (format: 'json' | 'csv') =>
  exec('npm', ['run', '-s', 'extract', '--', '--format', format, join(FIXTURES_DIR, SEED_PAGE), join(FIXTURES_DIR, FORMULA_PAGE)], {
    cwd: REPO_ROOT,
    maxBuffer: 64 * 1024 * 1024,
  }).then((r) => r.stdout);
let extracted: Promise<{ docs: Doc[]; rows: Row[] }> | undefined;
const fromExtractor = () =>
  (extracted ??= Promise.all([extractor('json'), extractor('csv')]).then(([json, csv]) => ({
    docs: JSON.parse(json) as Doc[],
    rows: parse(csv, { bom: true, columns: true }) as Row[],
  })));
const extractedDoc = async (page: string) => (await fromExtractor()).docs.find((d) => d.file?.endsWith(page))!;
const extractedRows = async (page: string) => (await fromExtractor()).rows.filter((r) => r.page_url.endsWith(page));

/** What makes a quote the same quote with the same speaker, whoever exported it. */
const comparable = (q: ExportQuote) => ({
  order: q.order,
  text: q.text,
  kind: q.kind,
  speaker: q.speaker,
  cue: q.cue,
  confidence: q.confidence,
  position: q.position,
  context: q.context,
});
/** CSV columns that differ by nature: where the page was read from, and when. */
const stable = (r: Row) => {
  const { page_url: _u, extracted_at: _t, ...rest } = r;
  return rest;
};

interface Captured {
  name: string;
  type: string;
  href: string;
  /** Decoded without dropping a byte-order mark. */
  text: string;
}

/** Records downloads and clipboard writes in an extension page (see the note at the top). */
async function captureExports(popup: BrowserPage): Promise<void> {
  await popup.evaluate(() => {
    const w = window as unknown as { __ql?: { blobs: Map<string, Blob>; downloads: Array<{ name: string; href: string }>; copies: string[] } };
    if (w.__ql) return;
    const rec = (w.__ql = { blobs: new Map<string, Blob>(), downloads: [] as Array<{ name: string; href: string }>, copies: [] as string[] });
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (b: Blob | MediaSource) => {
      const url = create(b);
      rec.blobs.set(url, b as Blob);
      return url;
    };
    URL.revokeObjectURL = () => {};
    document.addEventListener(
      'click',
      (e) => {
        const a = e.target;
        if (a instanceof HTMLAnchorElement && a.hasAttribute('download')) {
          e.preventDefault();
          rec.downloads.push({ name: a.download, href: a.href });
        }
      },
      true,
    );
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void rec.copies.push(text) },
    });
  });
}

/** Clicks like a user (the driver's own click, so it is a trusted event). */
const click = (page: BrowserPage, selector: string) => (page.raw as { click(selector: string): Promise<void> }).click(selector);

async function download(popup: BrowserPage, testid: string): Promise<Captured> {
  await captureExports(popup);
  await click(popup, `[data-testid=${testid}]`);
  return popup.evaluate(async () => {
    const rec = (window as unknown as { __ql: { blobs: Map<string, Blob>; downloads: Array<{ name: string; href: string }> } }).__ql;
    const d = rec.downloads.pop();
    if (!d) throw new Error('no download was started');
    const blob = rec.blobs.get(d.href);
    if (!blob) throw new Error(`the download's URL ${d.href} is not a Blob URL the popup made`);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer());
    return { name: d.name, type: blob.type, href: d.href, text };
  });
}

async function copied(popup: BrowserPage, testid: string): Promise<string> {
  await captureExports(popup);
  await click(popup, `[data-testid=${testid}]`);
  await popup.waitFor('[data-testid=note]:not(:empty)');
  return popup.evaluate(() => {
    const copies = (window as unknown as { __ql: { copies: string[] } }).__ql.copies;
    if (!copies.length) throw new Error('nothing was copied');
    return copies[copies.length - 1];
  });
}

/** The popup's groups as shown: name and the kinds of its quote items. */
const shownGroups = (popup: BrowserPage) =>
  popup.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-testid=speaker-group]')].map((g) => ({
      name: g.dataset.speaker ?? '',
      quotes: [...g.querySelectorAll<HTMLElement>('[data-testid=quote-item]')].map((q) => q.dataset.quoteId ?? ''),
    })),
  );

describeInBrowsers('popup', (h, browser) => {
  let seed: { page: TabPage; state: Done; popup: BrowserPage };
  const openAnalysed = async (path: string) => {
    const page = await h().openPage(path);
    const state = await h().waitForTabState(page.tabId);
    if (state.status !== 'done') throw new Error(`${path} was not analysed: ${JSON.stringify(state).slice(0, 300)}`);
    return { page, state };
  };

  beforeAll(async () => {
    void fromExtractor(); // runs while the browser works
    const { page, state } = await openAnalysed(SEED_PAGE);
    seed = { page, state, popup: await h().openPopup(page.tabId) };
  });

  it('lists the speakers and counts the background holds for the tab, and the extractor finds', async () => {
    const { popup, state } = seed;
    const { quotes } = state.analysis;
    const groups = groupBySpeaker(quotes);
    expect(await popup.text('[data-testid=quote-count]')).toBe(String(quotes.length));
    expect(await popup.text('[data-testid=speaker-count]')).toBe(String(groups.speakers.length));
    expect(await shownGroups(popup)).toEqual(groups.speakers.map((g) => ({ name: g.name, quotes: g.quotes.map((q) => q.id) })));
    // terms apart, collapsed; each item says its kind
    const kinds = await popup.evaluate(() => ({
      termsOpen: (document.querySelector('[data-testid=terms-group]') as HTMLDetailsElement | null)?.open ?? null,
      terms: document.querySelectorAll('[data-testid=terms-group] [data-testid=quote-item][data-kind=term]').length,
      statements: document.querySelectorAll('[data-testid=speaker-group] [data-testid=quote-item][data-kind=statement]').length,
    }));
    expect(kinds).toEqual({ termsOpen: groups.terms.length ? false : null, terms: groups.terms.length, statements: quotes.length - groups.terms.length - groups.unattributed.length });

    const doc = await extractedDoc(SEED_PAGE);
    expect(doc.counts.quotes).toBe(quotes.length);
    expect((await shownGroups(popup)).map((g) => [g.name, g.quotes.length])).toEqual(doc.speakers.map((s) => [s.name, s.quoteCount]));
  });

  it('shows roles with their source and links people with a QID to Wikidata', async () => {
    const groups = groupBySpeaker(seed.state.analysis.quotes).speakers;
    const shown = await seed.popup.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-testid=speaker-group]')].map((g) => ({
        name: g.dataset.speaker,
        wikidata: g.querySelector<HTMLAnchorElement>('a.wikidata')?.getAttribute('href') ?? null,
        role: g.querySelector('.speaker-role')?.textContent ?? '',
      })),
    );
    for (const [i, g] of groups.entries()) {
      const qid = g.speaker.actorId && /^Q\d+$/.test(g.speaker.actorId) ? g.speaker.actorId : null;
      expect(shown[i].wikidata, g.name).toBe(qid ? `https://www.wikidata.org/wiki/${qid}` : null);
      if (g.speaker.role) expect(shown[i].role, g.name).toContain(g.speaker.role);
    }
    const rizzo = shown.find((s) => s.name === 'John Rizzo');
    expect(rizzo?.role).toMatch(/spokesperson.*Nvidia.*from this page/);
  });

  it('exports JSON holding the same quotes and speakers as the extractor', async () => {
    const file = await download(seed.popup, 'export-json');
    expect(file.type).toBe('application/json');
    const doc = JSON.parse(file.text) as Doc;
    const { analysis } = seed.state;
    expect(file.name).toMatch(/^[^<>:"/\\|?*~]+ - \d{4}-\d{2}-\d{2}\.json$/);
    expect(file.name).toBe(`${analysis.meta.title} - ${analysis.extractedAt.slice(0, 10)}.json`.replace(/[<>:"/\\|?*~]/g, '_'));
    expect(doc.schema).toBe('quotelens.export/1');
    expect(doc.extractedAt).toBe(analysis.extractedAt);
    expect(doc.page.url).toBe(seed.page.url());
    expect(doc.quotes.map((q) => q.id)).toEqual(inPageOrder(analysis.quotes).map((q) => q.id));

    const ref = await extractedDoc(SEED_PAGE);
    expect(doc.quotes.map(comparable)).toEqual(ref.quotes.map(comparable));
    expect(doc.speakers).toEqual(ref.speakers);
    expect(doc.counts).toEqual(ref.counts);
    expect({ title: doc.page.title, site: doc.page.site, published: doc.page.published }).toEqual({ title: ref.page.title, site: ref.page.site, published: ref.page.published });

    // the clipboard gets the same document
    expect(JSON.parse(await copied(seed.popup, 'copy-json'))).toEqual(doc);
  });

  it('exports CSV that parses into the same rows as the extractor, with a byte-order mark (none on the clipboard)', async () => {
    const file = await download(seed.popup, 'export-csv');
    expect(file.name.endsWith('.csv')).toBe(true);
    expect(file.type).toBe('text/csv;charset=utf-8');
    expect(file.text.startsWith('\uFEFF')).toBe(true);
    const rows = parse(file.text, { bom: true, columns: true }) as Row[];
    expect(rows).toHaveLength(seed.state.analysis.quotes.length);
    expect(rows.every((r) => r.page_url === seed.page.url() && r.extracted_at === seed.state.analysis.extractedAt)).toBe(true);
    expect(rows.map(stable)).toEqual((await extractedRows(SEED_PAGE)).map(stable));

    const clip = await copied(seed.popup, 'copy-csv');
    expect(clip.startsWith('\uFEFF')).toBe(false);
    expect(clip).toBe(file.text.slice(1));
  });

  it('exports Markdown that holds every quote', async () => {
    const file = await download(seed.popup, 'export-md');
    expect(file.name.endsWith('.md')).toBe(true);
    // what a reader sees: block-quote marks and hard breaks gone, escapes undone, spaces joined
    const shown = unescape(
      file.text
        .split('\n')
        .map((l) => l.replace(/^>\s?/, '').replace(/\\$/, ''))
        .join(' '),
    ).replace(/\s+/g, ' ');
    const missing = seed.state.analysis.quotes.filter((q) => !shown.includes(q.text.replace(/\s+/g, ' ').trim()));
    expect(missing.map((q) => q.text)).toEqual([]);
    for (const s of groupBySpeaker(seed.state.analysis.quotes).speakers) expect(file.text).toMatch(new RegExp(`^#+ .*${s.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'm'));
  });

  it('a quote that begins with "=" is prefixed with \' in the CSV, and kept as it is in the JSON', async () => {
    const { page, state } = await openAnalysed(FORMULA_PAGE);
    const popup = await h().openPopup(page.tabId);
    try {
      const rows = parse((await download(popup, 'export-csv')).text, { bom: true, columns: true }) as Row[];
      const formula = rows.find((r) => r.text.includes('SUM(A1:A9)'));
      expect(formula?.text).toBe("'=SUM(A1:A9) is not a budget, it is a shrug,");
      expect(formula?.speaker).toBe('Maria Okafor');
      expect(rows.find((r) => r.text.includes('for transparency'))?.text).toMatch(/^'\+1 /);
      expect(rows.filter((r) => /^[=+\-@\t\r]/.test(r.text) || /^[=+\-@\t\r]/.test(r.speaker) || /^[=+\-@\t\r]/.test(r.context))).toEqual([]);
      expect(rows.map(stable)).toEqual((await extractedRows(FORMULA_PAGE)).map(stable));
      const doc = JSON.parse((await download(popup, 'export-json')).text) as Doc;
      expect(doc.quotes.map((q) => q.text)).toContain('=SUM(A1:A9) is not a budget, it is a shrug,');
      expect(doc.quotes).toHaveLength(state.analysis.quotes.length);
    } finally {
      await popup.close();
      await page.close();
    }
  });

  it('&speaker= pre-fills the filter, and typing narrows the list', async () => {
    const popup = await h().openPopup(seed.page.tabId);
    await popup.close();
    const name = groupBySpeaker(seed.state.analysis.quotes).speakers[1].name;
    const filtered = await h().openExtensionPage(`popup.html?tab=${seed.page.tabId}&speaker=${encodeURIComponent(name)}`, { viewport: { width: 420, height: 600 } });
    try {
      await filtered.waitFor('[data-testid=speaker-group]');
      expect(await filtered.evaluate(() => (document.querySelector('[data-testid=filter]') as HTMLInputElement).value)).toBe(name);
      expect((await shownGroups(filtered)).map((g) => g.name)).toEqual([name]);
      await filtered.evaluate(() => {
        const input = document.querySelector('[data-testid=filter]') as HTMLInputElement;
        input.value = 'zzzz-nothing';
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await filtered.waitFor('[data-testid=filter-result]');
      expect(await shownGroups(filtered)).toEqual([]);
    } finally {
      await filtered.close();
    }
  });

  it('clicking a quote scrolls the page to it', async () => {
    const { page, popup } = seed;
    await page.evaluate(() => window.scrollTo(0, 0));
    // the last statement of the page: far below the first screen
    const last = await popup.evaluate(() => {
      const items = [...document.querySelectorAll<HTMLElement>('[data-testid=speaker-group] [data-testid=quote-item]')];
      return items.sort((a, b) => Number(b.dataset.quoteId?.slice(1)) - Number(a.dataset.quoteId?.slice(1)))[0].dataset.quoteId!;
    });
    await click(popup, `[data-quote-id="${last}"]`);
    await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 5000 }).toBeGreaterThan(500);
    expect(await popup.text('[data-testid=note]')).toBe('');
  });

  it('has no serious or critical accessibility violation (axe-core), and a screenshot for the README', async () => {
    const popup = await h().openPopup(seed.page.tabId);
    try {
      keepForReadme(await popup.screenshot('popup-list'));
      // the list scrolls inside the popup; the page itself does not
      expect(await popup.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1)).toBe(true);
      const report = await runAxe(popup);
      expect(report.blocking, report.summary).toEqual([]);
      expect(report.passes).toBeGreaterThan(10);
      // keyboard: Tab reaches the filter, the quotes and the export buttons, each with a visible focus ring
      const reached = await tabThrough(popup, 80);
      for (const id of ['filter', 'quote-item', 'export-json', 'copy-json']) {
        const hit = reached.find((r) => r.testid === id);
        expect(hit, `Tab never reaches ${id}`).toBeDefined();
        expect(hit!.outline, `${id} shows no focus`).not.toBe('none');
      }
    } finally {
      await popup.close();
    }
  });

  // Firefox over BiDi cannot emulate prefers-color-scheme (puppeteer needs CDP for it), so the dark
  // scheme is checked in Chromium only.
  it.runIf(browser === 'chromium')('in the dark colour scheme too (Chromium)', async () => {
    const popup = await h().openPopup(seed.page.tabId);
    try {
      await (popup.raw as { emulateMedia(o: { colorScheme: 'dark' }): Promise<void> }).emulateMedia({ colorScheme: 'dark' });
      expect(await popup.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(23, 24, 27)');
      const report = await runAxe(popup);
      expect(report.blocking, report.summary).toEqual([]);
    } finally {
      await popup.close();
    }
  });

  it("a browser page (the extension's own) can't be scanned, and the popup says so", async () => {
    // Without ?tab= the popup shows the active tab: here, itself.
    const self = await h().openExtensionPage('popup.html', { viewport: { width: 420, height: 600 } });
    try {
      await self.waitFor('[data-testid=status][data-phase=unscannable]');
      expect(await self.text('[data-testid=status]')).toMatch(/can't be scanned/);
      const report = await runAxe(self);
      expect(report.blocking, report.summary).toEqual([]);
    } finally {
      await self.close();
    }
  });

  it('a page that is not an article: not scanned, and "scan anyway" scans it', async () => {
    const page = await h().openPage('pages/search-results.html');
    const state = await h().waitForTabState(page.tabId);
    expect(state.status).toBe('skipped');
    const popup = await h().openPopup(page.tabId);
    try {
      await popup.waitFor('[data-testid=status][data-phase=skipped]');
      await click(popup, '[data-testid=action-scan]');
      await popup.waitFor('[data-testid=quote-count]', 15_000);
      const after = await h().tabState(page.tabId);
      expect(after.status).toBe('done');
    } finally {
      await popup.close();
      await page.close();
    }
  });

  it('makes no network request except to the fixture server', async () => {
    expect(await h().network.outside()).toEqual([]);
  });
});
