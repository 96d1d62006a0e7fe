import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { register } from '../content/load';
import { CARD_UI_GLOBAL, type CreateCardUi } from './api';
import { CardUi } from './card';

/**
 * The hover card, loaded by the content script with import() the first time a card is shown. It
 * registers its factory in the content script's world (a module imported by a content script runs
 * in that world, not in the page's).
 */
export default defineUnlistedScript(() => {
  const create: CreateCardUi = (ctx, handlers) => new CardUi(ctx, handlers);
  register(CARD_UI_GLOBAL, create);
});
