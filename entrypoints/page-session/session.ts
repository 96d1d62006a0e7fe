/**
 * The content script's life on one page: read (in slices) → ask the background → paint; follow
 * the page as it changes; answer the popup, the context menu and the keyboard command; show the
 * hover card. Wiring: what to paint, where quotes are, what the card says and which mutations
 * matter are decided in utils/highlight and utils/page.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { caretAt, rangeContainsPoint } from '@/utils/highlight/hit';
import { firstIndex, QuoteIndex } from '@/utils/highlight/lookup';
import { mutationsMatter } from '@/utils/highlight/mutations';
import { createPainter, type PaintItem, type Painter } from '@/utils/highlight/painter';
import { diffPlan, planHighlights, type Plan, type PlanEntry } from '@/utils/highlight/plan';
import { debounce, type Debouncer } from '@/utils/highlight/schedule';
import { WorkMeter } from '@/utils/highlight/meter';
import { highlightCss } from '@/utils/highlight/style';
import {
  err,
  ok,
  type ContentRequest,
  type ContentStatus,
  type PageAnalysisForPage,
  type PageStyle,
  type Result,
} from '@/utils/messages';
import { hiddenByStyle, looksLikeArticle, PageReader, positionOf, rangeFor, readFrom, readPageMeta, type ArticleVerdict, type PageFacts, type PageRead } from '@/utils/page';
import { sameWalk, type WalkedPage } from '@/utils/page/block';
import type { PageMeta, Quote } from '@/utils/quote';
import { splitBlocks } from '@/utils/block-parts';
import { highlightsOnFor, type Settings } from '@/utils/settings';
import type { PageSessionOptions } from './api';
import { settingsFromWarm } from './settings';
import { LazyCard } from './card';

/** Longest stretch of main-thread work between yields (reading and painting). */
const SLICE_MS = 8;
/** Mutations: quiet for this long, or at most this long after the first one. */
const MUTATION_WAIT_MS = 250;
const MUTATION_MAX_WAIT_MS = 1000;
/** After a single-page-app navigation to what is not (yet) an article, keep looking this long. */
const NAVIGATION_WINDOW_MS = 10_000;
const HOVER_SHOW_MS = 120;
const HOVER_HIDE_MS = 300;
const FLASH_MS = 1600;
const VALIDITY_CHECK_MS = 3000;

/** Colours switched by the manifest stylesheet, which Firefox takes away on disable (style.ts ON_VAR). */
const GATE_COLOURS = import.meta.env.FIREFOX;

const now = () => performance.now();

function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function sameRange(a: Range, b: Range): boolean {
  return a.startContainer === b.startContainer && a.startOffset === b.startOffset && a.endContainer === b.endContainer && a.endOffset === b.endOffset;
}

/** What is on the page now: the read the analysis belongs to, and what was planned from it. */
interface View {
  /** What the walk sent (compared with the next walk's). */
  facts: PageFacts;
  read: PageRead;
  analysis: PageAnalysisForPage;
  plan: Plan;
  /** Made on first use (hover, keyboard, the page's first change): most views are never asked. */
  index: () => QuoteIndex;
  entries: () => Map<string, PlanEntry>; // by quote id
  blocks: () => Set<Node>;
}

/** `make()`, once, on the first call. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

type ScanReason = 'load' | 'request' | 'mutation' | 'navigation' | 'settings';

export class PageSession {
  private settings: Settings | null = null;
  private gate: ArticleVerdict;
  private skipped: string | undefined;
  private view: View | null = null;
  private painter: Painter | null = null;
  private scanning: Promise<void> | null = null;
  private again: { force: boolean; reason: ScanReason } | null = null;
  private observer: MutationObserver | null = null;
  private mutations: Debouncer | null = null;
  private navigated = false;
  private navigatedAt = -Infinity;
  /** When the last scan painted, and its main-thread work: rescans are spaced by it. */
  private lastScan = { end: -Infinity, workMs: 0 };
  private rescanTimer: number | undefined;
  private focusId: string | null = null;
  /** The focus and flash rules are in our stylesheet (added the first time they are used). */
  private focusStyled = false;
  /** The worker found no article outside the page's zones: walk them too (see PageReader). */
  private walkZones = false;
  private hover: { quoteId: string | null; timer: number | undefined; x: number; y: number; target: EventTarget | null; frame: boolean } = {
    quoteId: null,
    timer: undefined,
    x: 0,
    y: 0,
    target: null,
    frame: false,
  };
  private hoverListening = false;
  /** Block texts seen on this page → ids, so highlight keys survive rescans. */
  private readonly textIds = new Map<string, number>();
  private readonly card: LazyCard;
  private readonly host = location.hostname;

  private readonly t0: number;
  private readonly meter: WorkMeter;
  /** The answer to the content script's 'warm' note, until the settings are read from it. */
  private pendingSettings: Promise<unknown> | null;

  /**
   * Made by the content script (entrypoints/content) once it needs more than its gate: `gate` is
   * the gate's verdict, `t0` when the content script started, `meter` its work so far.
   */
  constructor(
    private readonly ctx: ContentScriptContext,
    options: PageSessionOptions,
    private readonly doc: Document = document,
  ) {
    this.gate = options.gate;
    this.t0 = options.t0;
    this.meter = options.meter;
    this.pendingSettings = options.settings;
    if (!this.gate.article) this.skipped = this.gate.reason;
    this.card = new LazyCard(ctx, () => this.closeCard());
    ctx.onInvalidated(() => this.stop());
  }

  // ---- start ------------------------------------------------------------------------------

  /**
   * The settings, from the background (the page never reads storage): the answer to the content
   * script's 'warm' note when there is one, else its answer now. Changes arrive as 'content/settings'.
   */
  private async getSettings(): Promise<Settings> {
    const pending = this.pendingSettings ?? this.send({ type: 'warm' });
    this.pendingSettings = null;
    const answer = settingsFromWarm(await pending);
    // A 'content/settings' that arrived while we waited is newer than the answer.
    return this.settings ?? answer;
  }

  /** On an article at load: settings, then the first scan. Returns once it has painted. */
  async start(): Promise<void> {
    const meter = this.meter;
    this.settings = await meter.run('setup', () => this.getSettings());
    meter.yielded();
    if (this.ctx.isInvalid) return;
    if (!this.settings.autoScan) {
      this.skipped = 'automatic scanning is off';
      void this.send({ type: 'skipped', reason: this.skipped });
      return;
    }
    await this.scan('load', false, this.meter, this.t0);
  }

  // ---- scanning ---------------------------------------------------------------------------

  /**
   * Reads the page and, when its text changed (or `force`), has the background analyse it, then
   * paints. One scan at a time: a scan asked for meanwhile runs once after the current one.
   */
  scan(reason: ScanReason, force: boolean, meter = new WorkMeter(), t0 = now()): Promise<void> {
    if (this.scanning) {
      this.again = { force: force || (this.again?.force ?? false), reason };
      return this.scanning;
    }
    const run = async () => {
      try {
        await this.scanOnce(reason, force, meter, t0);
      } catch (e) {
        if (!this.ctx.isInvalid) console.warn('QuoteLens: scan failed:', e);
      }
      while (this.again && !this.ctx.isInvalid) {
        const next = this.again;
        this.again = null;
        try {
          await this.scanOnce(next.reason, next.force, new WorkMeter(), now());
        } catch (e) {
          if (!this.ctx.isInvalid) console.warn('QuoteLens: scan failed:', e);
        }
      }
    };
    this.scanning = run().finally(() => (this.scanning = null));
    return this.scanning;
  }

  private async scanOnce(reason: ScanReason, force: boolean, meter: WorkMeter, t0: number): Promise<void> {
    if (!this.settings) {
      this.settings = await meter.run('setup', () => this.getSettings());
      meter.yielded();
    }
    meter.run('setup', () => this.observe());
    // The fallback's marks split text nodes: take them out before reading, so the read maps the
    // page's own nodes.
    if (this.painter && !this.painter.native) this.withoutObserver(() => meter.run('paint', () => this.painter!.clear()));
    let facts = await this.read(meter, this.walkZones);
    if (!facts || this.ctx.isInvalid) return;
    const previous = this.view;
    let analysis: PageAnalysisForPage;
    let analysed = false;
    let walks = 1;
    if (!force && previous && sameWalk(previous.facts.page, facts.page)) {
      analysis = previous.analysis; // same text: keep the results, only the nodes may be new
    } else {
      const meta = meter.run('meta', () => ({ ...readPageMeta(this.doc), url: location.href }));
      let answer = await this.analyse(meta, facts.page, meter);
      if (answer?.ok && answer.value.walkZones) {
        // No article outside the zones the walk left out: walk them too (rare), and ask again;
        // rescans of this page walk them from the start.
        this.walkZones = true;
        walks++;
        facts = await this.read(meter, true);
        if (!facts || this.ctx.isInvalid) return;
        answer = await this.analyse(meta, facts.page, meter);
      }
      if (!answer) return;
      if (this.ctx.isInvalid) return;
      if (!answer.ok) throw new Error(answer.error);
      analysis = answer.value;
      analysed = true;
    }
    this.skipped = undefined;
    // (decoding a long page's answer is a task's worth already)
    if (!(await this.breathe(meter))) return;
    // The blocks as the background placed them, over this walk's text nodes.
    const read = meter.run('read', () => readFrom(facts, analysis.placed));
    const stats = await this.paint(facts, read, analysis, meter);
    if (!stats) return;
    const painted = now();
    performance.measure(reason === 'load' ? 'quotelens:scan' : 'quotelens:rescan', {
      start: t0,
      end: painted,
      detail: { reason, analysed, walks, blocks: read.blocks.length, quotes: analysis.quotes.length, ...stats, ...meter.detail() },
    });
    this.ctx.requestAnimationFrame(() => performance.mark('quotelens:visible', { detail: { reason, highlights: this.painter?.size ?? 0 } }));
    this.lastScan = { end: painted, workMs: meter.total };
  }

  /**
   * Gives the page the main thread back when this task has already run half a slice (or when
   * `always`), so that no task of ours grows long on a long page; false once the extension is gone.
   */
  private async breathe(meter: WorkMeter, always = false): Promise<boolean> {
    if (always || meter.taskMs > SLICE_MS / 2) {
      await yieldToMain();
      meter.yielded();
    }
    return !this.ctx.isInvalid;
  }

  /** The page walk, driven in slices of SLICE_MS with a yield in between. */
  private async read(meter: WorkMeter, withZones = false): Promise<PageFacts | null> {
    const reader = meter.run('read', () => new PageReader(this.doc, { isHidden: hiddenByStyle, withZones }));
    for (;;) {
      const done = meter.run('read', () => reader.step(now() + SLICE_MS));
      if (done) break;
      await yieldToMain();
      meter.yielded();
      if (this.ctx.isInvalid) return null;
    }
    return meter.run('read', () => reader.facts());
  }

  /** Paints the plan for `analysis` over `read`, changing only what differs from what is painted. */
  private async paint(facts: PageFacts, read: PageRead, analysis: PageAnalysisForPage, meter: WorkMeter): Promise<{ added: number; kept: number; removed: number } | null> {
    const settings = this.settings!;
    if (this.textIds.size > 20_000) this.textIds.clear(); // a long-lived page: start afresh (one full repaint)
    const plan = meter.run('plan', () =>
      planHighlights(analysis.quotes, read.blocks, { terms: settings.highlightTerms, palette: settings.palette, textIds: this.textIds, groups: analysis.speakers }),
    );
    if (!(await this.breathe(meter))) return null;
    const view: View = meter.run('plan', () => ({
      facts,
      read,
      analysis,
      plan,
      index: lazy(() => new QuoteIndex(plan.entries.map((e) => e.quote))),
      entries: lazy(() => new Map(plan.entries.map((e) => [e.quote.id, e]))),
      blocks: lazy(() => new Set<Node>(read.elements)),
    }));
    this.view = view;
    if (this.focusId && !view.entries().has(this.focusId)) this.clearFocus();
    if (!highlightsOnFor(settings, this.host)) {
      const removed = this.painter?.size ?? 0;
      if (this.painter) this.withoutObserver(() => meter.run('paint', () => this.painter!.clear()));
      this.updateHoverListening();
      return { added: 0, kept: 0, removed };
    }
    const painter = (this.painter ??= meter.run('setup', () => createPainter(this.doc)));
    if (!(await this.breathe(meter)) || this.view !== view) return null;
    meter.run('paint', () => painter.setStyle(this.css(plan, analysis.style)));
    const painted = new Map(painter.keys().map((k) => [k, true] as const));
    const diff = meter.run('plan', () => diffPlan(painted, plan.entries));
    const item = (entry: PlanEntry, range: Range): PaintItem => ({ key: entry.key, name: entry.name, quoteId: entry.quote.id, range });
    const rangeOf = (entry: PlanEntry) => rangeFor(read, entry.quote.blockIndex, entry.quote.start, entry.quote.end, this.doc);
    /** A painted quote against the page now: unchanged ('kept'), moved (what to paint), or gone (null). */
    const recheck = (entry: PlanEntry): PaintItem | 'kept' | null => {
      const fresh = rangeOf(entry);
      if (!fresh) return null;
      const old = painter.rangeOf(entry.key);
      return old && sameRange(fresh, old) ? 'kept' : item(entry, fresh);
    };
    let kept = 0;
    if (!painter.native) {
      // The fallback wraps text: every range must be taken from the read before any wrapping.
      const items: PaintItem[] = [];
      meter.run('paint', () => {
        for (const { entry } of diff.kept) {
          const state = recheck(entry);
          if (state === 'kept') kept++;
          else if (state) items.push(state);
          else diff.removed.push(entry.key);
        }
        for (const entry of diff.added) {
          const range = rangeOf(entry);
          if (range) items.push(item(entry, range));
        }
      });
      this.withoutObserver(() => meter.run('paint', () => {
        if (diff.removed.length) painter.remove(diff.removed);
        painter.add(items);
      }));
    } else {
      // Highlights change no node: painted a slice at a time, each quote checked against what is
      // painted for it.
      if (diff.removed.length) meter.run('paint', () => painter.remove(diff.removed));
      const gone: string[] = [];
      let k = 0;
      let a = 0;
      while (k < diff.kept.length || a < diff.added.length) {
        if (!(await this.breathe(meter, k + a > 0)) || this.view !== view) return null;
        const deadline = now() + SLICE_MS;
        meter.run('paint', () => {
          for (; k < diff.kept.length && now() < deadline; k++) {
            const { entry } = diff.kept[k];
            const state = recheck(entry);
            if (state === 'kept') kept++;
            else if (state) painter.add([state]);
            else {
              painter.remove([entry.key]);
              gone.push(entry.key);
            }
          }
          for (; a < diff.added.length && now() < deadline; a++) {
            const range = rangeOf(diff.added[a]);
            if (range) painter.add([item(diff.added[a], range)]);
          }
        });
      }
      diff.removed.push(...gone);
    }
    meter.run('setup', () => this.updateHoverListening());
    return { added: diff.added.length, kept, removed: diff.removed.length };
  }

  /** Re-plans what is on the page (settings changed) without reading or asking again. */
  private async repaint(): Promise<void> {
    const view = this.view;
    if (!view) return;
    if (this.painter && !this.painter.native) {
      await this.scan('settings', false); // marks: clear, read, paint
      return;
    }
    const meter = new WorkMeter();
    await this.paint(view.facts, view.read, view.analysis, meter);
  }

  // ---- following the page ------------------------------------------------------------------

  /** Watches the page for changes from the first scan on (changes during a scan queue another). */
  private observe(): void {
    if (this.observer || this.ctx.isInvalid) return;
    this.mutations = debounce(() => this.onMutationsSettled(), { wait: MUTATION_WAIT_MS, maxWait: MUTATION_MAX_WAIT_MS }, {
      setTimeout: (fn, ms) => this.ctx.setTimeout(fn, ms),
      clearTimeout: (id) => clearTimeout(id as number),
      now,
    });
    this.observer = new MutationObserver((records) => this.onRecords(records));
    this.observer.observe(this.doc.documentElement, { childList: true, subtree: true, characterData: true });
  }

  /** Runs `fn` (our own DOM changes) and drops the mutation records it caused, not the page's. */
  private withoutObserver<T>(fn: () => T): T {
    const pending = this.observer?.takeRecords();
    if (pending?.length) this.onRecords(pending);
    try {
      return fn();
    } finally {
      this.observer?.takeRecords();
    }
  }

  private onRecords(records: MutationRecord[]): void {
    if (this.ctx.isInvalid) return;
    if (this.navigated || mutationsMatter(records, { blocks: this.view?.blocks() ?? new Set() })) this.mutations?.call();
  }

  private onMutationsSettled(): void {
    if (this.ctx.isInvalid) return;
    // Text the page removed: drop its highlights now, before the rescan.
    const painter = this.painter;
    if (painter) {
      const gone = painter.keys().filter((k) => painter.rangeOf(k) === null);
      if (gone.length) this.withoutObserver(() => painter.remove(gone));
    }
    const navigated = this.navigated;
    if (this.view) {
      // A page that keeps changing (a live blog, a ticker) is rescanned at most so often that
      // rescanning takes under a tenth of the main thread: a 1 MB page read in 150 ms waits 1.5 s.
      const wait = this.lastScan.end + Math.max(MUTATION_MAX_WAIT_MS, this.lastScan.workMs * 10) - now();
      if (!navigated && wait > 0) {
        this.rescanTimer ??= this.ctx.setTimeout(() => {
          this.rescanTimer = undefined;
          this.mutations?.call();
        }, wait);
        return;
      }
      this.navigated = false;
      void this.scan(navigated ? 'navigation' : 'mutation', navigated);
      return;
    }
    this.navigated = false;
    // Not scanned: after a single-page-app navigation the page may have become an article, as its
    // new content arrives. Look again for a while, then stop watching.
    if (now() - this.navigatedAt > NAVIGATION_WINDOW_MS) {
      this.stopObserving();
      return;
    }
    void this.scanIfArticle(navigated);
  }

  /** The gate again (after a navigation); scans when it now says article and scanning is on. */
  private async scanIfArticle(report: boolean): Promise<void> {
    if (this.scanning) return;
    this.gate = looksLikeArticle(this.doc);
    if (!this.gate.article) {
      this.skipped = this.gate.reason;
      if (report) void this.send({ type: 'skipped', reason: this.gate.reason });
      return;
    }
    this.settings ??= await this.getSettings();
    if (this.ctx.isInvalid) return;
    if (!this.settings.autoScan) {
      this.skipped = 'automatic scanning is off';
      if (report) void this.send({ type: 'skipped', reason: this.skipped });
      return;
    }
    await this.scan('navigation', true);
  }

  private stopObserving(): void {
    clearTimeout(this.rescanTimer);
    this.rescanTimer = undefined;
    this.observer?.disconnect();
    this.observer = null;
    this.mutations?.cancel();
    this.mutations = null;
  }

  /** A single-page-app navigation (wxt:locationchange, heard by the content script). */
  onNavigate(): void {
    if (this.ctx.isInvalid) return;
    this.navigated = true;
    this.walkZones = false; // a new page: its article may be outside the zones
    this.navigatedAt = now();
    this.closeCard();
    this.observe(); // also when nothing was scanned: the new content may be an article
    this.mutations!.call();
  }

  private onSettings(settings: Settings): void {
    const before = this.settings;
    this.settings = settings;
    if (!before || this.ctx.isInvalid) return;
    if (!this.view) {
      if (settings.autoScan && !before.autoScan && this.gate.article) void this.scan('settings', false);
      return;
    }
    const on = highlightsOnFor(settings, this.host);
    if (on !== highlightsOnFor(before, this.host) || settings.highlightTerms !== before.highlightTerms || settings.palette !== before.palette) {
      void this.repaint();
    }
  }

  // ---- messages ---------------------------------------------------------------------------

  /** The page's blocks to the background: in parts with a yield between them when the page is long. */
  /**
   * The background's analysis of a walk. It comes as JSON text, parsed here, so that the meter
   * counts the work of decoding it (the browser's own decoding of an object this size is not ours
   * to time).
   */
  private async analyse(meta: PageMeta, page: WalkedPage, meter: WorkMeter): Promise<Result<PageAnalysisForPage> | null> {
    const answer = (await this.sendBlocks(meta, page, meter)) as Result<string> | null;
    meter.yielded();
    if (!answer?.ok || this.ctx.isInvalid) return answer as Result<PageAnalysisForPage> | null;
    return meter.run('receive', () => ok(JSON.parse(answer.value) as PageAnalysisForPage));
  }

  /** Sends the page walk to the background (a long page's blocks in parts ahead of the rest). */
  private async sendBlocks(meta: PageMeta, page: WalkedPage, meter: WorkMeter): Promise<Result<unknown> | null> {
    const parts = splitBlocks(page.raws);
    const last = parts.pop()!;
    const walk = { type: 'analyze', meta, raws: last, tree: page.tree, top: page.top, zonesLeftOut: page.zonesLeftOut };
    if (!parts.length) return meter.run('send', () => this.send(walk));
    const scan = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    for (let index = 0; index < parts.length; index++) {
      const sent = meter.run('send', () => this.send({ type: 'analyze-part', scan, index, raws: parts[index] }));
      const answer = await sent;
      meter.yielded();
      if (this.ctx.isInvalid) return null;
      if (!answer.ok) return answer;
    }
    return meter.run('send', () => this.send({ ...walk, parts: { scan, count: parts.length } }));
  }

  private send(message: unknown): Promise<Result<unknown>> {
    return (browser.runtime.sendMessage(message) as Promise<Result<unknown>>).catch((e: unknown) => err(e instanceof Error ? e.message : String(e)));
  }

  /** Answers a ContentRequest (popup, context menu, keyboard command); the content script listens. */
  async answer(request: ContentRequest): Promise<Result<unknown>> {
    switch (request.type) {
      case 'content/status':
        return ok(this.status());
      case 'content/scan':
        await this.scan('request', true);
        return ok(this.status());
      case 'content/reveal':
        return this.reveal(request.quoteId);
      case 'content/step':
        return ok(await this.step(request.direction));
      case 'content/settings':
        this.onSettings(request.settings);
        return ok(null);
    }
  }

  status(): ContentStatus {
    const status: ContentStatus = { scanned: this.view !== null, highlights: this.painter?.size ?? 0 };
    if (!this.view && this.skipped) status.skipped = this.skipped;
    return status;
  }

  // ---- reveal, step, hover ------------------------------------------------------------------

  /** A live range for a quote: the painted one, else one from the read. */
  private rangeOfEntry(entry: PlanEntry): Range | null {
    const view = this.view!;
    return this.painter?.rangeOf(entry.key) ?? rangeFor(view.read, entry.quote.blockIndex, entry.quote.start, entry.quote.end, this.doc);
  }

  private entryFor(quoteId: string): PlanEntry | null {
    const view = this.view;
    if (!view) return null;
    const planned = view.entries().get(quoteId);
    if (planned) return planned;
    // A term while terms are not painted: still revealable.
    const quote = view.analysis.quotes.find((q) => q.id === quoteId);
    return quote ? { quote, name: '', key: `unpainted:${quote.id}`, speaker: null } : null;
  }

  private scrollTo(range: Range): DOMRect {
    let rect = range.getBoundingClientRect();
    const margin = window.innerHeight * 0.15;
    if (rect.top < margin || rect.bottom > window.innerHeight - margin) {
      const el = range.startContainer.parentElement;
      el?.scrollIntoView({ block: 'center', inline: 'nearest' });
      rect = range.getBoundingClientRect();
      if (rect.top < 0 || rect.bottom > window.innerHeight) {
        window.scrollBy(0, rect.top - (window.innerHeight - Math.min(rect.height, window.innerHeight * 0.7)) / 2);
        rect = range.getBoundingClientRect();
      }
    }
    return rect;
  }

  private async reveal(quoteId: string): Promise<Result<null>> {
    if (!this.view && this.scanning) await this.scanning;
    const entry = this.entryFor(quoteId);
    if (!entry) return err(this.view ? `no quote ${quoteId} on this page` : 'the page has not been scanned');
    const range = this.rangeOfEntry(entry);
    if (!range) return err('that quote is no longer on the page');
    this.scrollTo(range);
    this.styleFocus();
    this.withoutObserver(() => this.painter!.flash(this.painter!.has(entry.key) ? entry.key : null, range, FLASH_MS));
    return ok(null);
  }

  private async step(direction: 1 | -1): Promise<{ quoteId: string } | null> {
    if (!this.view) {
      if (this.scanning) await this.scanning;
      else await this.scan('request', false);
    }
    const view = this.view;
    if (!view || !view.index().size) return null;
    const order = view.index().order;
    let quote: Quote | null = null;
    if (this.focusId && view.index().get(this.focusId)) quote = view.index().step(this.focusId, direction);
    else {
      // From the first quote below the top of the viewport.
      const below = firstIndex(order.length, (i) => {
        const r = this.rangeOfEntry(view.entries().get(order[i].id)!)?.getBoundingClientRect();
        return !!r && r.bottom > 0;
      });
      quote = direction === 1 ? order[below % order.length] : order[(below - 1 + order.length) % order.length];
    }
    if (!quote) return null;
    const entry = view.entries().get(quote.id)!;
    const range = this.rangeOfEntry(entry);
    if (!range) return null;
    this.focusId = quote.id;
    const rect = this.scrollTo(range);
    this.styleFocus();
    this.withoutObserver(() => this.painter!.setFocus(this.painter!.has(entry.key) ? entry.key : null, range));
    const first = range.getClientRects()[0] ?? rect;
    await this.card.show(this.model(entry), first, { pinned: true, focus: true });
    return { quoteId: quote.id };
  }

  /** Our stylesheet for `plan`: its colours, and the focus rules once the keyboard or the popup used them. */
  private css(plan: Plan, built?: PageStyle): string {
    const settings = this.settings;
    // The background's, when it was built for these settings and no focus rules are needed yet.
    if (built && settings && this.painter?.native && !this.focusStyled && built.palette === settings.palette && built.terms === settings.highlightTerms) return built.css;
    return highlightCss(plan.colors, settings?.palette, !this.painter?.native, { unattributed: plan.unattributed, term: plan.term, focus: this.focusStyled }, GATE_COLOURS);
  }

  /** Before a quote is focused or flashed: a painter, and the focus rules in its stylesheet. */
  private styleFocus(): void {
    const painter = (this.painter ??= createPainter(this.doc));
    if (this.focusStyled && painter.size) return;
    this.focusStyled = true;
    if (this.view) this.withoutObserver(() => painter.setStyle(this.css(this.view!.plan)));
  }

  private clearFocus(): void {
    this.focusId = null;
    if (this.painter) this.withoutObserver(() => this.painter!.setFocus(null, null));
  }

  private closeCard(): void {
    this.card.hide();
    this.clearFocus();
    this.hover.quoteId = null;
  }

  private model(entry: PlanEntry) {
    return { quote: entry.quote, speaker: entry.speaker, meta: this.view?.analysis.meta ?? {}, palette: this.settings?.palette ?? 'default' };
  }

  /** Pointer and keyboard listeners, only while something is painted. */
  private updateHoverListening(): void {
    if (this.hoverListening || !this.painter?.size) return;
    this.hoverListening = true;
    // Chrome does not tell an orphaned content script that its extension was disabled or updated:
    // ctx notices when it next looks (runtime.id is gone). Look every few seconds while something
    // is painted, so the highlights go with the extension.
    this.ctx.setInterval(() => {}, VALIDITY_CHECK_MS);
    this.ctx.addEventListener(this.doc, 'mousemove', (e: MouseEvent) => this.onPointer(e), { passive: true });
    this.ctx.addEventListener(this.doc, 'mousedown', (e: MouseEvent) => {
      if (this.card.open && !this.card.contains(e.target)) this.closeCard();
    }, { capture: true, passive: true });
    this.ctx.addEventListener(this.doc, 'keydown', (e: KeyboardEvent) => {
      if (e.key === 'Escape' && this.card.open) this.closeCard();
    }, { capture: true });
    this.ctx.addEventListener(window, 'scroll', () => {
      if (this.card.open && !this.card.pinned) this.closeCard();
    }, { capture: true, passive: true });
  }

  private onPointer(e: MouseEvent): void {
    this.hover.x = e.clientX;
    this.hover.y = e.clientY;
    this.hover.target = e.target;
    if (this.hover.frame) return;
    this.hover.frame = true;
    this.ctx.requestAnimationFrame(() => {
      this.hover.frame = false;
      this.hoverAt(this.hover.x, this.hover.y, this.hover.target);
    });
  }

  private hoverAt(x: number, y: number, target: EventTarget | null): void {
    if (this.ctx.isInvalid) return;
    if (this.card.contains(target)) {
      this.cancelHoverTimer();
      return;
    }
    const hit = this.quoteAtPoint(x, y);
    if (hit && hit.entry.quote.id === this.card.quoteId) {
      this.cancelHoverTimer();
      return;
    }
    if (hit && hit.entry.quote.id === this.hover.quoteId) return; // already waiting to show it
    this.cancelHoverTimer();
    this.hover.quoteId = hit?.entry.quote.id ?? null;
    if (hit) {
      const delay = this.card.open ? 0 : HOVER_SHOW_MS;
      this.hover.timer = this.ctx.setTimeout(() => {
        this.hover.timer = undefined;
        if (this.focusId && this.focusId !== hit.entry.quote.id) this.clearFocus();
        void this.card.show(this.model(hit.entry), hit.line, { pinned: false, focus: false });
      }, delay);
    } else if (this.card.open && !this.card.pinned) {
      this.hover.timer = this.ctx.setTimeout(() => {
        this.hover.timer = undefined;
        this.card.hide();
      }, HOVER_HIDE_MS);
    }
  }

  private cancelHoverTimer(): void {
    if (this.hover.timer !== undefined) clearTimeout(this.hover.timer);
    this.hover.timer = undefined;
  }

  /** The painted quote under the pointer and the line box it is on, or null. */
  quoteAtPoint(x: number, y: number): { entry: PlanEntry; line: DOMRect } | null {
    const view = this.view;
    const painter = this.painter;
    if (!view || !painter?.size) return null;
    const caret = caretAt(this.doc, x, y);
    if (!caret) return null;
    let entry: PlanEntry | undefined;
    if (!painter.native) {
      const id = painter.quoteIdAt(caret.node);
      entry = id ? view.entries().get(id) : undefined;
    } else {
      const at = positionOf(view.read, caret.node, caret.offset);
      const quote = at && view.index().at(at.blockIndex, at.offset);
      entry = quote ? view.entries().get(quote.id) : undefined;
    }
    if (!entry || !painter.has(entry.key)) return null;
    const range = painter.rangeOf(entry.key);
    if (!range || !rangeContainsPoint(range, x, y)) return null;
    const rects = range.getClientRects();
    for (let i = 0; i < rects.length; i++) {
      const r = rects[i];
      if (y >= r.top - 2 && y <= r.bottom + 2 && x >= r.left - 2 && x <= r.right + 2) return { entry, line: r };
    }
    return null;
  }

  // ---- the end ----------------------------------------------------------------------------

  /** The extension was disabled, updated or removed: leave the page as it was. */
  private stop(): void {
    this.stopObserving();
    this.cancelHoverTimer();
    this.painter?.clear();
    this.painter = null;
    this.card.remove();
    this.view = null;
  }
}
