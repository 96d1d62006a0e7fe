import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { register } from '../content/load';
import { PAGE_SESSION_GLOBAL, type CreatePageSession } from './api';
import { PageSession } from './session';

/**
 * The content script's work on an article (read, analyse, paint, follow changes, the card), loaded
 * by the content script with import() once its gate says article or it is asked to scan. It
 * registers its factory in the content script's world (a module imported by a content script runs
 * in that world, not in the page's).
 */
export default defineUnlistedScript(() => {
  const create: CreatePageSession = (ctx, options) => new PageSession(ctx, options);
  register(PAGE_SESSION_GLOBAL, create);
});
