/**
 * The contract between the content script (entrypoints/content: the gate, nothing else on pages
 * that are not articles) and the page session it loads with import() once it needs more
 * (page-session.js: the page reader, the highlights, the card's loader). Types only, plus the
 * global the session script registers itself under, in the content script's own world.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { WorkMeter } from '@/utils/highlight/meter';
import type { ContentRequest, Result } from '@/utils/messages';
import type { ArticleVerdict } from '@/utils/page/gate';

export const PAGE_SESSION_GLOBAL = '__quotelensPageSession';

export interface PageSessionApi {
  /** An article at load: read the settings, scan, paint. */
  start(): Promise<void>;
  answer(request: ContentRequest): Promise<Result<unknown>>;
  onNavigate(): void;
}

export interface PageSessionOptions {
  gate: ArticleVerdict;
  /** When the content script started, and its work so far. */
  t0: number;
  meter: WorkMeter;
  /** The answer to the content script's 'warm' note (the settings), when it sent one. */
  settings: Promise<unknown> | null;
}

export type CreatePageSession = (ctx: ContentScriptContext, options: PageSessionOptions) => PageSessionApi;
