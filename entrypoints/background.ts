import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { err, idsInTree, ok, parseRequest, type PageAnalysis, type PageAnalysisForPage, type PageStyle, type Result } from '@/utils/messages';
import { wireControls, type ControlsApi } from '@/utils/highlight/controls';
import { buildActorIndex, loadBundledActors, type ActorIndex } from '@/utils/actors';
import { loadUserActors, watchUserActors } from '@/utils/actors/user-store';
import { groupBySpeaker } from '@/utils/export/group';
import { speakerColor } from '@/utils/highlight/colors';
import { planHighlights } from '@/utils/highlight/plan';
import { highlightCss } from '@/utils/highlight/style';
import { analyzeBlocks, prepareEngine } from '@/utils/pipeline';
import { PartsInbox } from '@/utils/block-parts';
import type { Block, RawBlock } from '@/utils/page/block';
import type { Quote } from '@/utils/quote';
import { placeBlocks, placedBlocks } from '@/utils/page/decide';
import { describePage } from '@/utils/page/describe';
import { getSettings, watchSettings, type Settings } from '@/utils/storage';
import { forgetTab, loadTabState, saveTabState } from '@/utils/tab-store';

type Sender = { id?: string; tab?: { id?: number } };

/** A long page's blocks, sent ahead in parts of its `analyze` message. */
const inbox = new PartsInbox<RawBlock>();

/** The actor index, built once per worker lifetime (and again when the reader's list changes). */
let actorIndex: Promise<ActorIndex | undefined> | undefined;
function actors(): Promise<ActorIndex | undefined> {
  actorIndex ??= (async () => {
    const start = performance.now();
    const [bundled, own] = await Promise.all([loadBundledActors(), loadUserActors()]);
    const index = buildActorIndex(bundled, own);
    performance.measure('quotelens:actors', { start }); // the worker's own timeline, for the e2e figures
    return index;
  })().catch((e: unknown) => {
    // without the list, quotes still get their speakers as the page names them
    console.error('QuoteLens: actor list unavailable:', e);
    actorIndex = undefined;
    return undefined;
  });
  return actorIndex;
}

/** A page said an article is coming: load the actor list and, while it is on its way, build the engine's tables. */
let warmed = false;
function warm(): void {
  if (warmed) return;
  warmed = true;
  void actors();
  prepareEngine();
}

async function handle(message: unknown, sender: Sender): Promise<Result<unknown>> {
  if (sender.id !== browser.runtime.id) return err('sender is not this extension');
  const parsed = parseRequest(message);
  if (!parsed.ok) return parsed;
  const request = parsed.value;
  switch (request.type) {
    case 'ping':
      return ok({ version: browser.runtime.getManifest().version });
    case 'warm':
      warm();
      return ok(await getSettings());
    case 'analyze-part': {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return err('analyze-part: not from a tab');
      return inbox.add(tabId, request.scan, request.index, request.raws) ? ok(null) : err('analyze-part: the page is too long');
    }
    case 'analyze': {
      const tabId = sender.tab?.id;
      let raws = request.raws;
      if (request.parts) {
        const whole = tabId === undefined ? null : inbox.take(tabId, request.parts.scan, request.parts.count, request.raws);
        if (!whole) return err('analyze: parts missing or too long');
        if (!idsInTree(whole, request.tree.length)) return err('analyze: bad tree');
        raws = whole;
      }
      // The article and the blocks' roles are found here, off the page's main thread
      // (utils/page/describe.ts, decide.ts).
      const facts = describePage({ raws, tree: request.tree, top: request.top, zonesLeftOut: request.zonesLeftOut });
      // no article outside the zones the walk left out: the page walks again with them
      if (!facts) return ok(JSON.stringify({ meta: request.meta, quotes: [], extractedAt: new Date().toISOString(), elapsedMs: 0, placed: [], walkZones: true } satisfies PageAnalysisForPage));
      const placed = placeBlocks(facts);
      const blocks = placedBlocks(facts, placed);
      const index = await actors();
      const started = performance.now();
      const quotes = analyzeBlocks(blocks, { meta: request.meta, actors: index });
      performance.measure('quotelens:analyze', { start: started });
      const paragraphs: Record<number, string> = {};
      const blockRoles: PageAnalysis['blockRoles'] = {};
      for (const q of quotes) {
        paragraphs[q.blockIndex] ??= blocks[q.blockIndex].text;
        blockRoles[q.blockIndex] ??= blocks[q.blockIndex].role;
      }
      const analysis: PageAnalysis = {
        meta: request.meta,
        quotes,
        paragraphs,
        blockRoles,
        // grouped and coloured here, in both palettes, so the page only paints
        speakers: groupBySpeaker(quotes).speakers.map((g) => ({
          key: g.key,
          name: g.name,
          quoteIds: g.quotes.map((q) => q.id),
          colors: { default: speakerColor(g.key, 'default'), 'high-contrast': speakerColor(g.key, 'high-contrast') },
        })),
        extractedAt: new Date().toISOString(),
        elapsedMs: Math.round(performance.now() - started),
      };
      // kept for the popup after the page has its answer (storing it takes 10–20 ms)
      if (tabId !== undefined) void saveTabState(tabId, { status: 'done', analysis }).catch((e: unknown) => console.error('QuoteLens: tab state not saved:', e));
      // the page has its paragraphs: only the popup and the exports need them back
      const { paragraphs: _p, blockRoles: _r, ...rest } = analysis;
      return ok(JSON.stringify({ ...rest, placed, style: await pageStyle(quotes, blocks, analysis.speakers ?? []) } satisfies PageAnalysisForPage));
    }
    case 'skipped': {
      const tabId = sender.tab?.id;
      if (tabId !== undefined) await saveTabState(tabId, { status: 'skipped', reason: request.reason });
      return ok(null);
    }
    case 'get-tab':
      return ok(await loadTabState(request.tabId));
    case 'open-list': {
      const tabId = request.tabId ?? sender.tab?.id;
      const query = new URLSearchParams();
      if (tabId !== undefined) query.set('tab', String(tabId));
      if (request.speaker) query.set('speaker', request.speaker);
      const getURL = browser.runtime.getURL as (path: string) => string;
      await browser.tabs.create({ url: getURL(`/popup.html?${query}`) });
      return ok(null);
    }
  }
}

export default defineBackground(() => {
  // "Scan this page" and the next/previous-quote commands (utils/highlight/controls.ts).
  void wireControls(browser as unknown as ControlsApi, (e) => console.error('QuoteLens: controls:', e));
  browser.runtime.onMessage.addListener((message: unknown, sender: Sender) =>
    handle(message, sender).catch((e: unknown) => err(e instanceof Error ? e.message : String(e))),
  );
  browser.tabs.onRemoved.addListener((tabId: number) => {
    inbox.forget(tabId);
    void forgetTab(tabId);
  });
  watchUserActors(() => (actorIndex = undefined)); // rebuilt with the reader's new list on next use
  watchSettings((settings) => void tellTabs(settings));
});

/**
 * The page's stylesheet for its highlights, planned here as the page will plan them (the same
 * function over the same blocks), so the page only adopts it: it builds its own only when its
 * settings changed meanwhile, or once it needs the focus rules.
 */
async function pageStyle(quotes: Quote[], blocks: Block[], groups: NonNullable<PageAnalysis['speakers']>): Promise<PageStyle> {
  const { palette, highlightTerms: terms } = await getSettings();
  const plan = planHighlights(quotes, blocks, { terms, palette, groups });
  const css = highlightCss(plan.colors, palette, false, { unattributed: plan.unattributed, term: plan.term, focus: false }, import.meta.env.FIREFOX);
  return { palette, terms, css };
}

/**
 * New settings to every tab's content script. The page side never reads storage itself: in Firefox
 * a content script's first use of the storage API cost 13-41 ms of the page's main thread.
 * Tabs without our content script (or with a stopped one) just do not answer.
 */
async function tellTabs(settings: Settings): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) => (tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, { type: 'content/settings', settings }).catch(() => undefined))),
  );
}
