/**
 * The content script's side of the hover card: it knows whether a card is open and for which
 * quote, and loads the card itself (card-ui.js: Preact, its CSS, WXT's shadow-root UI) with
 * import() the first time one is shown. Pages where nobody hovers a quote never load it.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CARD_HOST, CARD_UI_GLOBAL, type CardInput, type CardOptions, type CardUiApi, type CreateCardUi } from '../card-ui/api';
import type { Box } from '@/utils/highlight/place';
import { loadRegistered } from '../content/load';

const loadCardUi = () => loadRegistered<CreateCardUi>('card-ui.js', CARD_UI_GLOBAL);

export class LazyCard {
  private impl: CardUiApi | null = null;
  private shown: { quoteId: string; pinned: boolean } | null = null;
  private seq = 0;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly onClose: () => void,
  ) {}

  get open(): boolean {
    return this.shown !== null;
  }

  get pinned(): boolean {
    return this.shown?.pinned ?? false;
  }

  get quoteId(): string | null {
    return this.shown?.quoteId ?? null;
  }

  /** True for events from inside the card (the page sees them retargeted to the card's host). */
  contains(target: EventTarget | null): boolean {
    return !!target && (target as Element).localName === CARD_HOST;
  }

  async show(input: CardInput, anchor: Box, options: CardOptions): Promise<void> {
    const seq = ++this.seq;
    this.shown = { quoteId: input.quote.id, pinned: options.pinned };
    try {
      const create = await loadCardUi();
      if (seq !== this.seq || this.ctx.isInvalid) return;
      this.impl ??= create(this.ctx, { onClose: this.onClose });
      await this.impl.show(input, anchor, options);
    } catch (e) {
      if (seq === this.seq) this.shown = null;
      if (!this.ctx.isInvalid) console.warn('QuoteLens: the card could not be shown:', e);
    }
  }

  hide(): void {
    this.seq++;
    this.shown = null;
    this.impl?.hide();
  }

  remove(): void {
    this.hide();
    this.impl?.remove();
    this.impl = null;
  }
}
