/**
 * The whole message protocol: one discriminated union per direction, answers as values.
 * The background validates every incoming message with `parseRequest` before acting on it.
 */
import type { BlockRole, Placed, RawBlock, TreeElement } from './page/block';
import type { SpeakerColor } from './highlight/colors';
import type { PageMeta, Quote } from './quote';
import { normalizeSettings, type Palette, type Settings } from './settings';

/** What the background holds for a tab. */
export interface PageAnalysis {
  meta: PageMeta;
  quotes: Quote[];
  /** The text of each block that holds a quote, by block index: the paragraph context of an export. */
  paragraphs: Record<number, string>;
  /** The role of each of those blocks (a quote in a caption or heading is exported as such). */
  blockRoles?: Record<number, BlockRole>;
  /**
   * The speakers as the popup groups them (utils/export groupBySpeaker), worked out here so the
   * page does not have to: key, display name and the ids of their statements, in popup order.
   */
  speakers?: Array<{ key: string; name: string; quoteIds: string[]; colors?: Record<Palette, SpeakerColor> }>;
  /** ISO timestamp of the extraction. */
  extractedAt: string;
  /** Milliseconds the background spent on attribution. */
  elapsedMs: number;
}

/**
 * What a content script gets back for its page: the analysis, whose quotes refer to the blocks
 * `placed` describes over the raw blocks it sent (utils/page/decide.ts).
 */
/** The highlights' stylesheet the background built for a page, and the settings it built it for. */
export interface PageStyle {
  palette: Palette;
  terms: boolean;
  css: string;
}

export type PageAnalysisForPage = Omit<PageAnalysis, 'paragraphs' | 'blockRoles'> & {
  placed: Placed[];
  /** The stylesheet for what the page will paint (utils/highlight/style.ts highlightCss), without the focus rules. */
  style?: PageStyle;
  /** No article outside the zones the walk left out: walk again with them and send that (nothing else is set). */
  walkZones?: true;
};

export type TabState =
  | { status: 'none' } // nothing known for this tab (not scanned, or not an article)
  | { status: 'skipped'; reason: string } // the content script decided not to scan
  | { status: 'scanning' }
  | { status: 'done'; analysis: PageAnalysis };

/** Requests the background answers. */
export type Request =
  | { type: 'ping' }
  | { type: 'warm' } // from a content script whose page is an article: get ready for its blocks; answers the settings
  // from a content script, its page walk (utils/page/block.ts WalkedPage: the background finds the
  // article and decides the roles); a long page sends its first blocks ahead in parts (see
  // utils/block-parts.ts)
  | { type: 'analyze'; meta: PageMeta; raws: RawBlock[]; tree: TreeElement[]; top: number; zonesLeftOut: boolean; parts?: { scan: string; count: number } }
  | { type: 'analyze-part'; scan: string; index: number; raws: RawBlock[] }
  | { type: 'skipped'; reason: string } // from a content script: the gate said no
  | { type: 'get-tab'; tabId: number } // from the popup
  | { type: 'open-list'; tabId?: number; speaker?: string }; // open the who-said-what list in a tab (hover card, popup)

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export interface Responses {
  ping: { version: string };
  /** The settings, so the page never reads storage itself (see entrypoints/page-session/settings.ts). */
  warm: Settings;
  /** Without the paragraphs' text, which the page has and need not receive again. */
  /**
   * A PageAnalysisForPage as JSON text: the page parses it itself, so its own account of its work
   * counts the decoding (about 20 KB on the sample page).
   */
  analyze: string;
  'analyze-part': null;
  skipped: null;
  'get-tab': TabState;
  'open-list': null;
}

export type Response<R extends Request> = Result<Responses[R['type']]>;

/** Requests a content script answers (sent by the popup or the background with tabs.sendMessage). */
export type ContentRequest =
  | { type: 'content/status' } // answers ContentStatus
  | { type: 'content/scan' } // scan even when the gate said no (context menu, popup)
  | { type: 'content/reveal'; quoteId: string } // scroll to a quote and flash it (popup)
  | { type: 'content/step'; direction: 1 | -1 } // focus the next or previous quote (keyboard command)
  | { type: 'content/settings'; settings: Settings }; // the settings changed (from the background, to every tab)

/** What a content script reports about its page. */
export interface ContentStatus {
  scanned: boolean;
  /** Why the page was not scanned, when it was not. */
  skipped?: string;
  highlights: number;
}

/** What a content script answers, as a Result (errors as values, like the background). */
export interface ContentResponses {
  'content/status': ContentStatus;
  'content/scan': ContentStatus;
  'content/reveal': null;
  /** The quote now in focus (null: the page has no quotes). */
  'content/step': { quoteId: string } | null;
  'content/settings': null;
}

export type ContentResponse<R extends ContentRequest> = Result<ContentResponses[R['type']]>;

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const err = <T = never>(error: string): Result<T> => ({ ok: false, error });

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
/** Upper bounds so a hostile page cannot make the worker allocate without limit. */
export const MAX_BLOCKS = 20_000;
export const MAX_TEXT = 8_000_000;

/** Raw block flags are utils/page/classify.ts F bits, below 1 << 9. */
const MAX_FLAGS = (1 << 9) - 1;
/** Elements in a page walk's tree. */
export const MAX_TREE = 200_000;

/** A page's parts: at most MAX_BLOCKS of them, named by a short id. */
const isScanId = (v: unknown): v is string => isString(v) && v.length > 0 && v.length <= 64;
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= MAX_BLOCKS;

function parseMeta(v: unknown): PageMeta | null {
  if (!isObject(v)) return null;
  const meta: PageMeta = {};
  for (const key of ['url', 'title', 'site', 'published'] as const) {
    const field = v[key];
    if (field === undefined) continue;
    if (!isString(field) || field.length > 4096) return null;
    meta[key] = field;
  }
  return meta;
}

const isInt = (v: unknown, min: number, max: number): v is number => Number.isInteger(v) && (v as number) >= min && (v as number) <= max;

function parseRawBlocks(v: unknown): RawBlock[] | null {
  if (!Array.isArray(v) || v.length > MAX_BLOCKS) return null;
  let total = 0;
  const raws: RawBlock[] = [];
  // Tree ids, checked against the tree once the whole page is in (idsInTree).
  const isId = (x: unknown) => isInt(x, -1, MAX_TREE);
  for (const b of v) {
    if (!isObject(b) || !isString(b.text)) return null;
    const { text, linkLength, flags, el, zone, aside, boiler, role } = b;
    if (!isInt(linkLength, 0, text.length) || !isInt(flags, 0, MAX_FLAGS) || !isInt(el, 0, MAX_TREE)) return null;
    if (!isId(zone) || !isId(aside) || !isId(boiler) || !isId(role)) return null;
    total += text.length;
    if (total > MAX_TEXT) return null;
    raws.push({ text, linkLength, flags, el, zone, aside, boiler, role });
  }
  return raws;
}

function parseTree(v: unknown): TreeElement[] | null {
  if (!Array.isArray(v) || v.length > MAX_TREE) return null;
  let chars = 0;
  const tree: TreeElement[] = [];
  for (let i = 0; i < v.length; i++) {
    const e: unknown = v[i];
    if (!isObject(e)) return null;
    const { parent, tag, cls, id, article, children } = e;
    // a parent comes before its children: the tree has no cycle
    if (!isInt(parent, -1, i - 1) || !isString(tag) || tag.length > 100 || !isString(cls) || !isString(id) || typeof article !== 'boolean' || !isInt(children, 0, 10_000_000)) return null;
    chars += cls.length + id.length;
    if (chars > MAX_TEXT) return null;
    tree.push({ parent, tag, cls, id, article, children });
  }
  return tree;
}

/** Every id the blocks name is in the tree (the blocks may have come in parts, checked one by one). */
export function idsInTree(raws: readonly RawBlock[], size: number): boolean {
  return raws.every((r) => r.el < size && r.zone < size && r.aside < size && r.boiler < size && r.role < size);
}

/** Checks a message sent to a content script; returns a typed request or an error value. */
export function parseContentRequest(message: unknown): Result<ContentRequest> {
  if (!isObject(message) || !isString(message.type)) return err('message is not an object with a type');
  switch (message.type) {
    case 'content/status':
    case 'content/scan':
      return ok({ type: message.type });
    case 'content/reveal':
      return isString(message.quoteId) && message.quoteId.length > 0 && message.quoteId.length <= 100
        ? ok({ type: 'content/reveal', quoteId: message.quoteId })
        : err('content/reveal: bad quoteId');
    case 'content/step':
      return message.direction === 1 || message.direction === -1 ? ok({ type: 'content/step', direction: message.direction }) : err('content/step: bad direction');
    case 'content/settings':
      return isObject(message.settings) ? ok({ type: 'content/settings', settings: normalizeSettings(message.settings) }) : err('content/settings: bad settings');
    default:
      return err(`unknown message type: ${message.type.slice(0, 40)}`);
  }
}

/** Checks a message's shape; returns a typed request or an error describing what is wrong. */
export function parseRequest(message: unknown): Result<Request> {
  if (!isObject(message) || !isString(message.type)) return err('message is not an object with a type');
  switch (message.type) {
    case 'ping':
      return ok({ type: 'ping' });
    case 'warm':
      return ok({ type: 'warm' });
    case 'analyze': {
      const meta = parseMeta(message.meta);
      const raws = parseRawBlocks(message.raws);
      const tree = parseTree(message.tree);
      const { top, zonesLeftOut } = message;
      if (!meta) return err('analyze: bad meta');
      if (!raws) return err('analyze: bad raws');
      if (!tree || !isInt(top, -1, tree.length - 1) || typeof zonesLeftOut !== 'boolean') return err('analyze: bad tree');
      const walk = { type: 'analyze' as const, meta, raws, tree, top, zonesLeftOut };
      if (message.parts === undefined) return idsInTree(raws, tree.length) ? ok(walk) : err('analyze: bad tree');
      const parts = message.parts;
      if (!isObject(parts) || !isScanId(parts.scan) || !isCount(parts.count)) return err('analyze: bad parts');
      return ok({ ...walk, parts: { scan: parts.scan, count: parts.count } });
    }
    case 'analyze-part': {
      const raws = parseRawBlocks(message.raws);
      if (!isScanId(message.scan) || !isCount(message.index)) return err('analyze-part: bad scan or index');
      if (!raws) return err('analyze-part: bad raws');
      return ok({ type: 'analyze-part', scan: message.scan, index: message.index, raws });
    }
    case 'skipped':
      return isString(message.reason) ? ok({ type: 'skipped', reason: message.reason.slice(0, 200) }) : err('skipped: bad reason');
    case 'get-tab':
      return Number.isInteger(message.tabId) ? ok({ type: 'get-tab', tabId: message.tabId as number }) : err('get-tab: bad tabId');
    case 'open-list': {
      if (message.tabId !== undefined && !Number.isInteger(message.tabId)) return err('open-list: bad tabId');
      if (message.speaker !== undefined && (!isString(message.speaker) || message.speaker.length > 300)) return err('open-list: bad speaker');
      return ok({ type: 'open-list', tabId: message.tabId as number | undefined, speaker: message.speaker as string | undefined });
    }
    default:
      return err(`unknown message type: ${message.type.slice(0, 40)}`);
  }
}
