/**
 * The hover card's mount: Preact in WXT's shadow-root UI (page CSS cannot reach it, it cannot
 * reach the page), created on first use and fixed over the viewport at the quote. Wiring only:
 * what the card says comes from utils/highlight/card.ts, where it goes from place.ts.
 *
 * The card's CSS is handed to createShadowRootUi as text (it lands in the shadow root, as with
 * cssInjectionMode 'ui', but without a web-accessible CSS file to fetch).
 */
import { render } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import HoverCard from '@/components/HoverCard';
import css from '@/components/HoverCard.css?inline';
import { cardModel, type CardModel } from '@/utils/highlight/card';
import { placeCard, type Box } from '@/utils/highlight/place';
import { CARD_HOST, type CardInput, type CardOptions, type CardUiApi } from './api';

interface Shown {
  model: CardModel;
  anchor: Box;
  options: CardOptions;
}

interface Handlers {
  onCopy: (text: string) => Promise<boolean>;
  onOpenList: (speakerName: string) => void;
  onClose: () => void;
}

function Positioned({ shown, handlers }: { shown: Shown; handlers: Handlers }) {
  const wrap = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<{ left: number; top: number } | null>(null);
  useLayoutEffect(() => {
    const card = wrap.current?.firstElementChild as HTMLElement | null;
    if (!card) return;
    const size = card.getBoundingClientRect();
    setPos(placeCard(shown.anchor, { width: size.width, height: size.height }, { width: window.innerWidth, height: window.innerHeight }));
  }, [shown]);
  const style = pos ? { position: 'fixed', left: `${pos.left}px`, top: `${pos.top}px` } : { position: 'fixed', left: '0px', top: '0px', visibility: 'hidden' };
  return (
    <div ref={wrap} style={style}>
      <HoverCard model={shown.model} autoFocus={shown.options.focus && pos !== null} {...handlers} />
    </div>
  );
}

export class CardUi implements CardUiApi {
  private ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  private creating: Promise<ShadowRootContentScriptUi<HTMLElement>> | null = null;
  private shown: Shown | null = null;
  /** Where the keyboard focus was before the card took it. */
  private returnFocus: Element | null = null;
  private readonly handlers: Handlers;

  constructor(
    private readonly ctx: ContentScriptContext,
    outer: { onClose: () => void },
  ) {
    this.handlers = {
      onCopy: (text) => this.copy(text),
      onOpenList: (speaker) => void browser.runtime.sendMessage({ type: 'open-list', speaker }).catch(() => {}),
      onClose: outer.onClose,
    };
  }

  private host(): HTMLElement | null {
    return this.ui?.shadowHost ?? null;
  }

  private async mount(): Promise<ShadowRootContentScriptUi<HTMLElement>> {
    if (this.ui) {
      if (!this.ui.shadowHost.isConnected) this.ui.mount(); // the page removed it
      return this.ui;
    }
    // The context without cssInjectionMode: the CSS comes as text below, nothing is fetched.
    const ctx = Object.create(this.ctx, { options: { value: { ...this.ctx.options, cssInjectionMode: 'manual' } } }) as ContentScriptContext;
    this.creating ??= createShadowRootUi(ctx, {
      name: CARD_HOST,
      css,
      position: 'inline',
      anchor: () => document.documentElement,
      append: 'last',
      isolateEvents: true,
      onMount: (container, _shadow, host) => {
        // The host's place and size come from :host in HoverCard.css (fixed, zero-size: it takes
        // no room in the page's layout).
        host.setAttribute('data-quotelens', '');
        return container;
      },
      onRemove: (container) => {
        if (container) render(null, container);
      },
    }).then((ui) => {
      ui.mount();
      this.ui = ui;
      return ui;
    });
    return this.creating;
  }

  async show(input: CardInput, anchor: Box, options: CardOptions): Promise<void> {
    if (options.focus && !this.shown?.options.focus) {
      const active = document.activeElement;
      const host = this.host();
      this.returnFocus = active && active !== host ? active : null;
    }
    const shown: Shown = { model: cardModel(input.quote, input.speaker, input.meta, input.palette), anchor, options };
    this.shown = shown;
    const ui = await this.mount();
    if (this.ctx.isInvalid || this.shown !== shown) return; // hidden or replaced meanwhile
    render(<Positioned shown={shown} handlers={this.handlers} />, ui.uiContainer);
  }

  hide(): void {
    if (!this.shown) return;
    const hadFocus = this.shown.options.focus;
    this.shown = null;
    if (this.ui) render(null, this.ui.uiContainer);
    if (hadFocus) {
      const back = this.returnFocus as HTMLElement | null;
      this.returnFocus = null;
      if (back?.isConnected && typeof back.focus === 'function') back.focus({ preventScroll: true });
      else if (document.activeElement === this.host()) (document.activeElement as HTMLElement).blur();
    }
  }

  remove(): void {
    this.shown = null;
    this.ui?.remove();
    this.ui = null;
    this.creating = null;
  }

  private async copy(text: string): Promise<boolean> {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // No async clipboard (plain http pages): copy from a textarea inside our shadow root.
      const root = this.ui?.shadow;
      if (!root) return false;
      const area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.style.cssText = 'position: fixed; top: 0; left: 0; opacity: 0;';
      root.appendChild(area);
      area.select();
      let done = false;
      try {
        done = document.execCommand('copy');
      } catch {
        done = false;
      }
      area.remove();
      return done;
    }
  }
}
