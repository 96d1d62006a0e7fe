/**
 * The page side, in both browsers with the built extension: highlights that never change the
 * page, a card on hover and on the keyboard command, late and changing content, pages that are not
 * articles, a 1 MB page, and the content script's cost (performance marks, printed for the README).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { groupBySpeaker } from '../../utils/export/group';
import { keepForReadme, SEED_PAGE, type ChromiumHarness, type ExtensionHarness as ExtensionHarnessT, type TabPage } from './helpers';
import { measureFloor } from './helpers/floor';
import { describeInBrowsers } from './helpers/vitest';
import {
  BIG_PAGE,
  cardFacts,
  disableExtension,
  expectedQuotes,
  highlightFacts,
  input,
  median,
  norm,
  pointOnQuote,
  setSettings,
  snapshot,
  stopChromiumWorker,
  waitForFacts,
  waitForTimings,
  writeBigPage,
  type Done,
  type Timings,
} from './page-probe';
import { poll } from './helpers';

const REWRITE_PAGE = 'e2e/rewrite.html';
const NOT_ARTICLE = 'e2e/not-article.html';
const SPA_PAGE = 'e2e/spa.html';
const DIALOG_PAGE = 'e2e/dialog-article.html';

/** Figures printed at the end (and kept in the README by hand). */
const figures: string[] = [];
const report = (line: string) => {
  figures.push(line);
  console.log(`[figures] ${line}`);
};

beforeAll(() => {
  writeBigPage();
});
afterAll(() => {
  if (figures.length) console.log(`\n${figures.map((f) => `[figures] ${f}`).join('\n')}\n`);
});

describeInBrowsers('highlights', (h, browser) => {
  const consoleErrors: string[] = [];
  const watchConsole = (page: TabPage) => {
    const raw = page.raw as { on(event: string, fn: (arg: unknown) => void): void };
    raw.on('console', (m) => {
      const msg = m as { type(): string; text(): string; location(): { url?: string } };
      // The browser's own favicon request is not the page's error, nor ours.
      if (msg.type() === 'error' && !/favicon\.ico/.test(msg.location()?.url ?? '')) consoleErrors.push(`${page.url()}: ${msg.text()} (${msg.location()?.url ?? ''})`);
    });
    raw.on('pageerror', (e) => consoleErrors.push(`${page.url()}: ${String(e)}`));
  };
  const open = async (path: string) => {
    const page = await h().openPage(path);
    watchConsole(page);
    return page;
  };
  const done = async (page: TabPage, ms = 20_000) => {
    const state = await h().waitForTabState(page.tabId, undefined, ms);
    if (state.status !== 'done') throw new Error(`${page.url()} was not analysed: ${JSON.stringify(state)}`);
    return state as Done;
  };

  beforeAll(async () => {
    await setSettings(h());
  });

  it('paints every statement and term of the sample page, and nothing in the page changes', async () => {
    // The page as it is without QuoteLens reading it (automatic scanning off: only the gate runs).
    await setSettings(h(), { autoScan: false });
    const plain = await open(SEED_PAGE);
    await h().waitForTabState(plain.tabId, (s) => s.status === 'skipped');
    const pristine = await plain.evaluate(snapshot);
    expect((await plain.evaluate(highlightFacts)).quoteRanges).toBe(0);
    await plain.close();

    // Read and analysed, highlights off: reading changed nothing.
    await setSettings(h(), { highlights: false });
    const page = await open(SEED_PAGE);
    const state = await done(page);
    const read = await page.evaluate(snapshot);
    expect(read.document).toBe(pristine.document);
    expect(read.boxes).toEqual(pristine.boxes);
    expect((await page.evaluate(highlightFacts)).quoteRanges).toBe(0);

    // Highlights on: painted without a node added to the article, text and boxes as before.
    await setSettings(h(), {});
    const wanted = expectedQuotes(state.analysis, true);
    const facts = await waitForFacts(page, (f) => f.quoteRanges >= wanted.length);
    expect(facts.quoteRanges).toBe(wanted.length);
    expect(facts.distinct).toBe(facts.quoteRanges); // no duplicates
    expect(facts.dead).toBe(0);
    expect(Object.keys(facts.names).every((n) => n.startsWith('quotelens'))).toBe(true);
    expect(facts.style).toBe(true);
    // A rule for every name painted and for nothing else: each ::highlight() rule costs the page's
    // every style recalculation (the focus rules come with the first step or reveal).
    expect(facts.ruleNames).toEqual(Object.keys(facts.names).sort());
    // Each range holds the text of a quote, marks included.
    const expectedTexts = wanted.map((q) => norm(state.analysis.paragraphs[q.blockIndex].slice(q.start, q.end))).sort();
    expect([...facts.texts].sort()).toEqual(expectedTexts);
    const painted = await page.evaluate(snapshot);
    expect(painted.innerText).toBe(pristine.innerText);
    expect(painted.article).toBe(pristine.article);
    expect(painted.boxes).toEqual(pristine.boxes);
    expect(facts.ownElements).toEqual([]); // not even the card's host before a hover

    // Terms off: only statements.
    await setSettings(h(), { highlightTerms: false });
    const statements = expectedQuotes(state.analysis, false).length;
    const onlyStatements = await waitForFacts(page, (f) => f.quoteRanges === statements);
    expect(onlyStatements.names['quotelens-term']).toBeUndefined();
    expect(onlyStatements.ruleNames).not.toContain('quotelens-term');

    // Off for this site: everything goes, and the document is as it was.
    await setSettings(h(), { sites: { '127.0.0.1': { highlights: false } } });
    const cleared = await waitForFacts(page, (f) => f.quoteRanges === 0 && !f.style);
    expect(cleared.allNames.filter((n) => n.startsWith('quotelens'))).toEqual([]);
    expect((await page.evaluate(snapshot)).document).toBe(pristine.document);
    await setSettings(h());
    await waitForFacts(page, (f) => f.quoteRanges === wanted.length);
    // Last: Playwright's screenshot leaves style="" on form fields (it hides their caret).
    await page.screenshot('highlights-page');
    await page.close();
    expect(consoleErrors).toEqual([]);
  });
  it('a card on hover shows the speaker from a shadow root; Escape closes it; our own changes never rescan', async () => {
    const page = await open(SEED_PAGE);
    const state = await done(page);
    await waitForFacts(page, (f) => f.quoteRanges === expectedQuotes(state.analysis, true).length);
    const quote = state.analysis.quotes.find((q) => q.text.startsWith("It's like a dance"))!;
    expect(quote, 'the sample page quotes Craig Allen').toBeDefined();
    const group = groupBySpeaker(state.analysis.quotes).speakers.find((g) => g.quotes.some((q) => q.id === quote.id))!;
    const rescans = () => page.evaluate(() => performance.getEntriesByName('quotelens:rescan').length);
    const before = await rescans();

    const point = await page.evaluate(pointOnQuote, "It's like a dance");
    expect(point).not.toBeNull();
    const size = await page.evaluate(() => [document.documentElement.scrollHeight, document.documentElement.scrollWidth, document.body.innerText.length]);
    await input(page).mouse.move(point!.x - 30, point!.y + 200);
    await input(page).mouse.move(point!.x, point!.y, { steps: 3 });
    const card = await poll(() => page.evaluate(cardFacts), (c) => c.open, 5_000, (c) => `no card: ${JSON.stringify(c)}`);
    expect(card.inShadow).toBe(true);
    // The card's host takes no room: the page is as tall and wide as before, its text the same.
    expect(await page.evaluate(() => [document.documentElement.scrollHeight, document.documentElement.scrollWidth, document.body.innerText.length])).toEqual(size);
    expect(card.speaker).toBe(group.name);
    expect(card.text).toContain('Found');
    expect(card.text).toContain('Confidence');
    keepForReadme(await page.screenshot('hover-card'));
    // "All quotes by this speaker": the list opens in a tab, filtered to the speaker.
    await page.evaluate(() => (document.querySelector('quotelens-card')!.shadowRoot!.querySelector('[data-testid=card-list]') as HTMLButtonElement).click());
    const wantedUrl = h().extensionUrl(`popup.html?${new URLSearchParams({ tab: String(page.tabId), speaker: group.name })}`);
    await poll(
      () => h().callExtensionApi<Array<{ url?: string }>>('tabs.query', {}),
      (tabs) => tabs.some((t) => t.url === wantedUrl),
      10_000,
      (tabs) => `no tab at ${wantedUrl}: ${JSON.stringify(tabs)}`,
    );
    await input(page).keyboard.press('Escape');
    await poll(() => page.evaluate(cardFacts), (c) => !c.open, 3_000, () => 'Escape did not close the card');

    // Hover again, then away: the card goes by itself.
    await input(page).mouse.move(point!.x + 2, point!.y, { steps: 2 });
    await poll(() => page.evaluate(cardFacts), (c) => c.open, 5_000, () => 'no card on the second hover');
    await input(page).mouse.move(5, 5, { steps: 2 });
    await poll(() => page.evaluate(cardFacts), (c) => !c.open, 3_000, () => 'the card stayed after the pointer left');

    // The card's host came and the card went: no rescan followed.
    await new Promise((r) => setTimeout(r, 1_500));
    expect(await rescans()).toBe(before);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('the keyboard command steps through quotes with the card; Escape closes it; reveal flashes a quote', async () => {
    const page = await open(SEED_PAGE);
    const state = await done(page);
    await waitForFacts(page, (f) => f.quoteRanges === expectedQuotes(state.analysis, true).length);
    const order = expectedQuotes(state.analysis, true).sort((a, b) => a.blockIndex - b.blockIndex || a.start - b.start || b.end - a.end);
    const step = (direction: 1 | -1) => h().callExtensionApi<{ ok: boolean; value: { quoteId: string } }>('tabs.sendMessage', page.tabId, { type: 'content/step', direction });

    const first = await step(1);
    expect(first.ok).toBe(true);
    const second = await step(1);
    const i = order.findIndex((q) => q.id === first.value.quoteId);
    expect(second.value.quoteId).toBe(order[(i + 1) % order.length].id);
    const back = await step(-1);
    expect(back.value.quoteId).toBe(first.value.quoteId);
    const card = await poll(() => page.evaluate(cardFacts), (c) => c.open, 5_000, () => 'no card after stepping');
    const q = order[i];
    const groups = groupBySpeaker(state.analysis.quotes);
    const expected = groups.speakers.find((g) => g.quotes.some((x) => x.id === q.id))?.name ?? (q.kind === 'term' ? 'Term in quotation marks' : 'Unattributed');
    expect(card.speaker).toBe(expected);
    const focused = await page.evaluate(highlightFacts);
    expect(focused.names['quotelens-focus']).toBe(1);
    expect(focused.ruleNames).toEqual(expect.arrayContaining(['quotelens-flash', 'quotelens-focus']));
    await input(page).keyboard.press('Escape');
    await poll(() => page.evaluate(cardFacts), (c) => !c.open, 3_000, () => 'Escape did not close the card');
    expect((await page.evaluate(highlightFacts)).names['quotelens-focus']).toBeUndefined();

    // Reveal (the popup's "show in page"): scrolled into view and flashed.
    const target = order[order.length - 1];
    expect(await h().callExtensionApi('tabs.sendMessage', page.tabId, { type: 'content/reveal', quoteId: target.id })).toEqual({ ok: true, value: null });
    const flash = await page.evaluate(() => {
      const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('quotelens-flash');
      const r = h && [...h][0];
      const box = r?.getBoundingClientRect();
      return box ? { top: box.top, bottom: box.bottom, height: innerHeight, text: r!.toString() } : null;
    });
    expect(flash).not.toBeNull();
    expect(flash!.top).toBeGreaterThanOrEqual(0);
    expect(flash!.bottom).toBeLessThanOrEqual(flash!.height);
    expect(norm(flash!.text)).toBe(norm(state.analysis.paragraphs[target.blockIndex].slice(target.start, target.end)));
    expect(await h().callExtensionApi('tabs.sendMessage', page.tabId, { type: 'content/reveal', quoteId: 'nope' })).toMatchObject({ ok: false });
    expect(await h().callExtensionApi('tabs.sendMessage', page.tabId, { type: 'content/step', direction: 2 })).toMatchObject({ ok: false });
    expect(await h().callExtensionApi('tabs.sendMessage', page.tabId, { type: 'content/status' })).toEqual({
      ok: true,
      value: { scanned: true, highlights: order.length },
    });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('a page that rewrites its paragraphs: changed quotes repainted, removed ones dropped, no duplicates', async () => {
    await setSettings(h(), { autoScan: false });
    const plain = await open(REWRITE_PAGE);
    await poll(() => plain.evaluate(() => document.documentElement.dataset.rewritten), (v) => v === '1', 10_000, () => 'the page did not rewrite itself');
    const pristine = await plain.evaluate(snapshot);
    await plain.close();
    await setSettings(h());

    const page = await open(REWRITE_PAGE);
    const state = (await h().waitForTabState(
      page.tabId,
      (s) => s.status === 'done' && s.analysis.quotes.some((q) => q.text.startsWith('We were never consulted')) && s.analysis.quotes.some((q) => q.text.startsWith('The harbour belongs')),
      20_000,
    )) as Done;
    const wanted = expectedQuotes(state.analysis, true);
    const facts = await waitForFacts(page, (f) => f.quoteRanges === wanted.length && f.dead === 0 && f.texts.some((t) => t.includes('The harbour belongs')));
    expect(facts.distinct).toBe(facts.quoteRanges);
    expect([...facts.texts].sort()).toEqual(wanted.map((q) => norm(state.analysis.paragraphs[q.blockIndex].slice(q.start, q.end))).sort());
    expect(facts.texts.some((t) => t.includes('We will keep fighting'))).toBe(false);
    expect(facts.texts.some((t) => t.includes('Nobody asked'))).toBe(false);
    // The unchanged paragraph's quote was kept, not painted again.
    const rescans = await page.evaluate(() => performance.getEntriesByName('quotelens:rescan').map((e) => (e as PerformanceMeasure).detail));
    expect(rescans.length).toBeGreaterThanOrEqual(1);
    expect(rescans.some((d: { kept: number; analysed: boolean }) => d.analysed && d.kept >= 1)).toBe(true);
    const after = await page.evaluate(snapshot);
    expect(after.innerText).toBe(pristine.innerText);
    expect(after.article).toBe(pristine.article);
    expect(after.boxes).toEqual(pristine.boxes);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('an article inside a dialog (a zone): walked again with its zones, painted, and followed as it grows', async () => {
    await setSettings(h());
    const page = await open(DIALOG_PAGE);
    const state = (await h().waitForTabState(page.tabId, (s) => s.status === 'done' && s.analysis.quotes.some((q) => q.text.startsWith('I have missed')), 20_000)) as Done;
    expect(state.analysis.quotes.filter((q) => q.kind === 'statement').map((q) => q.speaker?.name)).toEqual(['Ines Moreau', 'Paul Renard', 'Lea Martin']);
    const wanted = expectedQuotes(state.analysis, true);
    const facts = await waitForFacts(page, (f) => f.quoteRanges === wanted.length && f.texts.some((t) => t.includes('I have missed')));
    expect(facts.distinct).toBe(facts.quoteRanges);
    expect(facts.dead).toBe(0);
    // The first scan walked twice (the worker asked for the zones); the rescan for the late
    // paragraph walked them from the start.
    const scans = await page.evaluate(() =>
      ['quotelens:scan', 'quotelens:rescan'].map((name) => performance.getEntriesByName(name).map((e) => ((e as PerformanceMeasure).detail as { walks: number; analysed: boolean }))),
    );
    expect(scans[0].map((d) => d.walks)).toEqual([2]);
    expect(scans[1].filter((d) => d.analysed).map((d) => d.walks)).toEqual([1]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('a page that is not an article: only the gate runs, nothing is painted; "Scan this page" scans it', async () => {
    // Five loads: the gate's cost (and all the content script does there) is a median.
    const gates: Array<{ ms: number; work: number }> = [];
    let page!: TabPage;
    let state!: Awaited<ReturnType<ExtensionHarnessT['tabState']>>;
    for (let i = 0; i < 5; i++) {
      if (page) await page.close();
      page = await open(NOT_ARTICLE);
      state = await h().waitForTabState(page.tabId);
      expect(state).toMatchObject({ status: 'skipped', reason: expect.stringContaining('not readerable') });
      const gate = await page.evaluate(() => {
        const e = performance.getEntriesByName('quotelens:gate')[0] as PerformanceMeasure | undefined;
        return e ? { ms: e.duration, work: (e.detail as { workMs: number }).workMs, marks: performance.getEntriesByType('measure').map((m) => m.name) } : null;
      });
      expect(gate).not.toBeNull();
      expect(gate!.marks).toEqual(['quotelens:gate']); // nothing else ran: no read, no scan
      gates.push(gate!);
    }
    const gateMs = median(gates.map((g) => g.ms));
    const workMs = median(gates.map((g) => g.work));
    const best = Math.min(...gates.map((g) => g.ms));
    report(
      `${browser}: page that is not an article (5 loads): gate median ${gateMs.toFixed(2)} ms (best ${best.toFixed(2)}), all the content script's work median ${workMs.toFixed(2)} ms; target < 1 ms ${gateMs < 1 ? 'met' : 'not met'}`,
    );
    // The gate's own work is a fraction of a millisecond; cold, its first DOM access from the
    // content script's world (creating that world's DOM wrappers) costs most of the rest, and a
    // garbage collection in the shared renderer can land in it, and a busy machine only adds time.
    // Bounds that a read of the page (10 ms and more) would break, on the best of the five loads:
    expect(best).toBeLessThan(3);
    expect(Math.min(...gates.map((g) => g.work))).toBeLessThan(5);
    const facts = await page.evaluate(highlightFacts);
    expect(facts.quoteRanges).toBe(0);
    expect(facts.style).toBe(false);
    expect(facts.ownElements).toEqual([]);
    expect(await h().callExtensionApi('tabs.sendMessage', page.tabId, { type: 'content/status' })).toEqual({
      ok: true,
      value: { scanned: false, highlights: 0, skipped: (state as { reason: string }).reason },
    });

    // What the context menu's "Scan this page" sends.
    const answer = await h().callExtensionApi<{ ok: boolean; value: { scanned: boolean } }>('tabs.sendMessage', page.tabId, { type: 'content/scan' });
    expect(answer).toMatchObject({ ok: true, value: { scanned: true } });
    const scanned = await done(page);
    const wanted = expectedQuotes(scanned.analysis, true).length;
    expect((await waitForFacts(page, (f) => f.quoteRanges === wanted)).quoteRanges).toBe(wanted);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
  it('a single-page app: a list, then an article after history.pushState: scanned when the article arrives', async () => {
    const page = await open(SPA_PAGE);
    // The list is not an article.
    await h().waitForTabState(page.tabId, (s) => s.status === 'skipped');
    const state = (await h().waitForTabState(page.tabId, (s) => s.status === 'done' && (s.analysis.meta.url ?? '').endsWith('?story=harbour'), 20_000)) as Done;
    expect(state.analysis.meta.title).toContain('Harbour vote');
    const wanted = expectedQuotes(state.analysis, true);
    expect(wanted.length).toBeGreaterThan(0);
    const facts = await waitForFacts(page, (f) => f.quoteRanges === wanted.length);
    expect(facts.texts.some((t) => t.includes('This is a good day for the town'))).toBe(true);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('costs on the sample page: main-thread work, and highlights visible after load (worker warm and cold)', async () => {
    // Loads in one tab, as a reader goes from article to article on a site: the browser keeps the
    // tab's renderer, and V8 the code it compiled there. The first two loads (the tab's first page,
    // then the first navigation) are not counted; the first also builds the worker's actor index.
    const tab = await open(SEED_PAGE);
    await waitForTimings(tab);
    const url = tab.url();
    const sameTab: Timings[] = [];
    for (let i = 0; i < 6; i++) {
      await (tab.raw as { goto(url: string, options: { waitUntil: 'load' }): Promise<unknown> }).goto(`${url}?load=${i}`, { waitUntil: 'load' });
      const t = await waitForTimings(tab);
      if (i > 0) sameTab.push(t);
    }
    await tab.close();
    // Loads in a new tab each (a new renderer: everything cold).
    const warm: Timings[] = [];
    for (let i = 0; i < 5; i++) {
      const page = await open(SEED_PAGE);
      warm.push(await waitForTimings(page));
      await page.close();
    }
    const cold: Timings[] = [];
    for (let i = 0; i < 3; i++) {
      // Chromium: the worker stopped, as Chrome does when it is idle; Firefox: a fresh background page.
      if (browser === 'chromium') await stopChromiumWorker(h() as ChromiumHarness);
      else await h().restartBackground();
      const page = await open(SEED_PAGE);
      cold.push(await waitForTimings(page));
      await page.close();
    }
    const f = (xs: number[]) => xs.map((x) => x.toFixed(1)).join(', ');
    const work = median(sameTab.map((t) => t.workMs));
    const workFresh = median(warm.map((t) => t.workMs));
    const visibleWarm = median(warm.map((t) => t.visibleAfterLoadMs));
    const visibleCold = median(cold.map((t) => t.visibleAfterLoadMs));
    report(`${browser}: sample page, content-script main-thread work, 5 loads in one tab: median ${work.toFixed(1)} ms [${f(sameTab.map((t) => t.workMs))}], longest task ${Math.max(...sameTab.map((t) => t.longestMs)).toFixed(1)} ms; by phase ${sameTab.map((t) => JSON.stringify(t.detail.phases)).join(' ')}`);
    report(`${browser}: sample page, content-script main-thread work, 5 loads in new tabs: median ${workFresh.toFixed(1)} ms [${f(warm.map((t) => t.workMs))}], longest task ${Math.max(...warm.map((t) => t.longestMs)).toFixed(1)} ms; by phase ${warm.map((t) => JSON.stringify(t.detail.phases)).join(' ')}`);
    report(`${browser}: sample page, highlights visible after load in one tab: median ${median(sameTab.map((t) => t.visibleAfterLoadMs)).toFixed(0)} ms [${f(sameTab.map((t) => t.visibleAfterLoadMs))}]`);
    report(`${browser}: sample page, highlights visible after load in new tabs: warm median ${visibleWarm.toFixed(0)} ms [${f(warm.map((t) => t.visibleAfterLoadMs))}], cold median ${visibleCold.toFixed(0)} ms [${f(cold.map((t) => t.visibleAfterLoadMs))}]`);
    if (browser === 'chromium') {
      // Targets 300 ms (worker warm) and 600 ms (cold), met by the medians on the development machine
      // (README, Figures). Other work on a shared machine only adds time, and a loaded CI machine can
      // push a median over: the test holds the best load of each to the target.
      report(`chromium: visible-after-load targets (300 / 600 ms) by the medians: ${visibleWarm <= 300 ? 'met' : 'NOT met'} / ${visibleCold <= 600 ? 'met' : 'NOT met'}`);
      expect(Math.min(...warm.map((t) => t.visibleAfterLoadMs))).toBeLessThanOrEqual(300);
      expect(Math.min(...cold.map((t) => t.visibleAfterLoadMs))).toBeLessThanOrEqual(600);
      // The target is 10 ms (median of 5 loads). In one tab the development machine is at about that
      // on a quiet day (10–13 ms, setup included), in a new tab at 1.4–2.8 times the floor measured
      // below (README, Figures). Guards against growth, on the best load (a shared machine only adds
      // time):
      report(`chromium: main-thread target 10 ms by the median of 5 loads in one tab: ${work <= 10 ? 'met' : 'NOT met'} (${work.toFixed(1)} ms; in new tabs ${workFresh.toFixed(1)} ms, reading the page ${median(warm.map((t) => (t.detail.phases as Record<string, number>).read)).toFixed(1)} ms of it)`);
      // The least any content script can do on this page, measured the same way right after.
      const floor = await measureFloor(`${h().server.origin}/${SEED_PAGE}`);
      const floorOne = median(floor.oneTab);
      const floorNew = median(floor.newTabs);
      report(`chromium: the floor (tests/fixtures/floor-extension), 5 loads in one tab: median ${floorOne.toFixed(1)} ms [${f(floor.oneTab)}]; in new tabs: median ${floorNew.toFixed(1)} ms [${f(floor.newTabs)}]; QuoteLens ÷ floor ${(work / floorOne).toFixed(2)} in one tab, ${(workFresh / floorNew).toFixed(2)} in new tabs`);
      expect(Math.min(...sameTab.map((t) => t.workMs))).toBeLessThanOrEqual(20);
      expect(Math.min(...warm.map((t) => t.workMs))).toBeLessThanOrEqual(40);
    }
    expect(consoleErrors).toEqual([]);
  });

  it('a 1 MB page (the sample body 50 times): read and painted in slices, no main-thread task over 50 ms', async () => {
    if (browser === 'chromium') {
      // The page's long tasks, from before its first script (Chromium has the Long Tasks API).
      await (h() as ChromiumHarness).context.addInitScript(() => {
        const w = window as unknown as { __longtasks: Array<{ start: number; duration: number }> };
        w.__longtasks = [];
        new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__longtasks.push({ start: e.startTime, duration: e.duration }))).observe({ type: 'longtask', buffered: true });
      });
    }
    // A busy or shared machine only ever adds time to a task, never takes it away: a load whose
    // tasks all stay under 50 ms shows that ours are short, so up to three loads are tried.
    const attempts: string[] = [];
    let passed = false;
    for (let attempt = 1; attempt <= 3 && !passed; attempt++) {
      const page = await open(BIG_PAGE);
      const t = await waitForTimings(page, 120_000);
      const state = await done(page, 120_000);
      const wanted = expectedQuotes(state.analysis, true).length;
      const facts = await waitForFacts(page, (x) => x.quoteRanges === wanted, 60_000);
      expect(facts.distinct).toBe(wanted);
      const size = await page.evaluate(() => document.documentElement.outerHTML.length);
      report(
        `${browser}: 1 MB page, load ${attempt} (${(size / 1e6).toFixed(2)} MB, ${t.detail.blocks} blocks, ${wanted} highlights): content-script work ${t.workMs.toFixed(0)} ms in ${t.detail.pieces} pieces, longest task ${t.longestMs.toFixed(1)} ms (${t.detail.longestPhase}); by phase ${JSON.stringify(t.detail.phases)}; visible ${t.visibleAfterLoadMs.toFixed(0)} ms after load`,
      );
      let longTasks: number[] = [];
      if (browser === 'chromium') {
        const window_ = await page.evaluate(() => {
          const start = performance.getEntriesByName('quotelens:start')[0].startTime;
          const end = performance.getEntriesByName('quotelens:visible')[0].startTime;
          const all = (window as unknown as { __longtasks: Array<{ start: number; duration: number }> }).__longtasks;
          return { start, all, during: all.filter((l) => l.start + l.duration > start && l.start < end) };
        });
        longTasks = window_.during.map((l) => l.duration);
        report(`chromium: 1 MB page, load ${attempt}, long tasks while QuoteLens worked: ${longTasks.length ? longTasks.map((d) => `${d.toFixed(0)} ms`).join(', ') : 'none'} (page load before it: ${window_.all.filter((l) => l.start < window_.start).map((l) => `${l.duration.toFixed(0)} ms`).join(', ') || 'none'})`);
      }
      passed = t.longestMs < 50 && longTasks.every((d) => d <= 50);
      attempts.push(`load ${attempt}: longest task of ours ${t.longestMs.toFixed(1)} ms, long tasks [${longTasks.map((d) => d.toFixed(0)).join(', ')}]`);
      expect(consoleErrors).toEqual([]);
      await page.close();
    }
    expect(passed, attempts.join('; ')).toBe(true);
  });
});

// A browser of its own: disabling the extension takes the harness's extension pages with it.
describeInBrowsers('highlights when the extension is disabled', (h, browser) => {
  it('the page is left as it was: no highlight, no style, no card host', async () => {
    await setSettings(h());
    const page = await h().openPage(SEED_PAGE);
    const state = (await h().waitForTabState(page.tabId)) as Done;
    await waitForFacts(page, (f) => f.quoteRanges === expectedQuotes(state.analysis, true).length);
    const point = await page.evaluate(pointOnQuote, "It's like a dance");
    await input(page).mouse.move(point!.x, point!.y, { steps: 2 });
    await poll(() => page.evaluate(cardFacts), (c) => c.open, 5_000, () => 'no card');
    const shown = () =>
      page.evaluate(() => ({
        on: getComputedStyle(document.documentElement).getPropertyValue('--quotelens-on').trim(),
        card: [...document.querySelectorAll('quotelens-card')].map((e) => e.shadowRoot?.querySelector('[data-testid=hover-card]')?.getBoundingClientRect().width ?? -1),
      }));
    const before = await shown();
    expect(before.on).toBe('1');
    expect(before.card).toHaveLength(1);
    expect(before.card[0]).toBeGreaterThan(100);
    await disableExtension(h());
    if (browser === 'chromium') {
      // The content script notices (its runtime is gone) and takes everything away.
      const facts = await poll(
        () => page.evaluate(highlightFacts),
        (f) => f.quoteRanges === 0 && !f.style && f.ownElements.length === 0,
        10_000,
        (f) => `still on the page after the extension was disabled: ${JSON.stringify(f).slice(0, 300)}`,
      );
      expect(facts.allNames.filter((n) => n.startsWith('quotelens'))).toEqual([]);
    } else {
      // Firefox destroys the content script without running it, and removes its manifest
      // stylesheet: what is left paints nothing (every colour is multiplied by --quotelens-on) and
      // the card's host is hidden.
      expect(await poll(shown, (s) => s.on === '', 10_000, (s) => `the manifest stylesheet is still there: ${JSON.stringify(s)}`)).toEqual({ on: '', card: [0] });
    }
  });
});
