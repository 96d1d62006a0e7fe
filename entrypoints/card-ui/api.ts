/**
 * The contract between the content script and the hover card's lazily loaded script
 * (card-ui.js). The card (Preact, its CSS, WXT's shadow-root UI) is loaded on first use, so the
 * content script that runs on every page stays small. Types only, plus the global the card
 * script registers itself under (in the content script's own world, never the page's).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SpeakerRef } from '@/utils/highlight/plan';
import type { Box } from '@/utils/highlight/place';
import type { PageMeta, Quote } from '@/utils/quote';
import type { Palette } from '@/utils/settings';

export const CARD_UI_GLOBAL = '__quotelensCardUi';
/** The card's host element (outside the page's <body>, in the page's <html>). */
export const CARD_HOST = 'quotelens-card';

export interface CardInput {
  quote: Quote;
  speaker: SpeakerRef | null;
  meta: PageMeta;
  palette: Palette;
}

export interface CardOptions {
  /** Stays until Escape, a click elsewhere or the next step (keyboard); else follows the pointer. */
  pinned: boolean;
  /** Takes the keyboard focus (Tab reaches its buttons; Escape closes it). */
  focus: boolean;
}

export interface CardUiApi {
  show(input: CardInput, anchor: Box, options: CardOptions): Promise<void>;
  hide(): void;
  /** Removes the card's host from the page. */
  remove(): void;
}

export type CreateCardUi = (ctx: ContentScriptContext, handlers: { onClose: () => void }) => CardUiApi;
