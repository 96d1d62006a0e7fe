/**
 * What an element means for reading, decided from its tag, attributes, role, class and id only:
 * no computed style (it is slow on the live page and missing in linkedom).
 */
import { classNameSignals, hiddenByClass, NAME } from './class-names';

/** Bits an element passes on to everything inside it. */
export const F = {
  LINK: 1,
  HEADING: 2,
  CAPTION: 4,
  CREDIT: 8,
  /** Standfirst, dek, summary: prose even when it sits in a heading tag. */
  DEK: 16,
  FIGURE: 32,
  ARTICLE: 64,
  BLOCKQUOTE: 128,
  LIST: 256,
} as const;

/** Regions we do not read (unless the article itself sits inside one). */
export type ZoneKind = 'nav' | 'header' | 'footer' | 'comments' | 'form' | 'dialog';

/** Elements whose content is never page prose a reader sees as text. */
export const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'video', 'audio', 'img', 'picture', 'source', 'track', 'map', 'select', 'textarea', 'input', 'button',
  'option', 'optgroup', 'datalist', 'output', 'meter', 'progress', 'code', 'pre', 'kbd', 'samp', 'var',
  'head', 'title', 'meta', 'link', 'base', 'frameset', 'frame', 'applet', 'slot',
]);

/** Elements that start and end a block (CSS display: block, list-item, table-cell and so on). */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'section', 'summary', 'table', 'tbody', 'thead',
  'tfoot', 'tr', 'td', 'th', 'caption', 'ul', 'legend', 'body', 'html',
]);

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export interface ElementInfo {
  /** Do not read this element or anything inside it. */
  skip: boolean;
  /** Starts and ends a block. */
  block: boolean;
  /** Bits added for everything inside. */
  flags: number;
  zone: ZoneKind | null;
  /** Sidebar, related, rail: read only what looks like prose. */
  aside: boolean;
  /** Share bars, promos, tags: boilerplate inside the article. */
  boiler: boolean;
}

const SKIP_INFO: ElementInfo = { skip: true, block: false, flags: 0, zone: null, aside: false, boiler: false };

/**
 * Classifies an element. `inArticle` says an `<article>`/`<main>` encloses it (a `<header>` or
 * `<footer>` there belongs to the article, not the page).
 */
export function classifyElement(el: Element, inArticle: boolean, isHidden?: (el: Element) => boolean): ElementInfo {
  const tag = el.localName;
  if (SKIP_TAGS.has(tag)) return SKIP_INFO;
  if (tag.startsWith('quotelens-')) return SKIP_INFO;
  // Most elements have no attributes at all: one call instead of ten.
  const hasAttributes = el.hasAttributes();
  let block = BLOCK_TAGS.has(tag);
  if (hasAttributes) {
    if (el.hasAttribute('data-quotelens')) return SKIP_INFO;
    if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('inert')) return SKIP_INFO;
    const editable = el.getAttribute('contenteditable');
    if (editable !== null && editable !== 'false') return SKIP_INFO;
    const style = el.getAttribute('style');
    if (style) {
      if (/(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return SKIP_INFO;
      const display = /(?:^|;)\s*display\s*:\s*([a-z-]+)/i.exec(style);
      if (display) block = !/^(?:inline|contents)$/i.test(display[1]);
    }
  }
  if (tag === 'dialog' && !el.hasAttribute('open')) return SKIP_INFO;

  let flags = 0;
  let zone: ZoneKind | null = null;
  let aside = false;
  let boiler = false;

  switch (tag) {
    case 'a':
      flags |= F.LINK;
      break;
    case 'nav':
      zone = 'nav';
      break;
    case 'header':
      // Inside an article a header holds its title and byline; a nav in it is a zone of its own.
      if (!inArticle) zone = pageHeader(el) ? 'header' : null;
      break;
    case 'footer':
      if (inArticle) boiler = true;
      else zone = 'footer';
      break;
    case 'form':
      // Some sites (ASP.NET) wrap the whole page in a form: only small forms are forms.
      if (el.getElementsByTagName('p').length < 5) zone = 'form';
      break;
    case 'aside':
      aside = true;
      break;
    case 'figure':
      flags |= F.FIGURE;
      break;
    case 'figcaption':
    case 'caption':
      flags |= F.CAPTION;
      break;
    case 'address':
      flags |= F.CREDIT;
      break;
    case 'article':
    case 'main':
      flags |= F.ARTICLE;
      break;
    case 'blockquote':
      flags |= F.BLOCKQUOTE;
      break;
    case 'li':
    case 'dd':
    case 'dt':
      flags |= F.LIST;
      break;
    case 'details':
      break;
    default:
      if (HEADING_TAGS.has(tag)) flags |= F.HEADING;
  }

  if (!hasAttributes) {
    if (isHidden && block && isHidden(el)) return SKIP_INFO;
    return { skip: false, block, flags, zone, aside, boiler };
  }

  const role = el.getAttribute('role');
  if (role) {
    switch (role) {
      case 'navigation':
      case 'menu':
      case 'menubar':
      case 'search':
      case 'tablist':
        zone = 'nav';
        break;
      case 'banner':
        zone = 'header';
        break;
      case 'contentinfo':
        zone = 'footer';
        break;
      case 'dialog':
      case 'alertdialog':
        zone = 'dialog';
        break;
      case 'complementary':
        aside = true;
        break;
      case 'heading':
        flags |= F.HEADING;
        break;
      case 'article':
      case 'main':
        flags |= F.ARTICLE;
        break;
    }
  }

  const itemprop = el.getAttribute('itemprop');
  if (itemprop) {
    if (/\b(?:author|creator|copyrightHolder)\b/.test(itemprop)) flags |= F.CREDIT;
    else if (/\barticleBody\b/.test(itemprop)) flags |= F.ARTICLE;
    else if (/\b(?:caption)\b/.test(itemprop)) flags |= F.CAPTION;
  }
  if (tag === 'a' && /\bauthor\b/.test(el.getAttribute('rel') ?? '')) flags |= F.CREDIT;

  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  const names = cls ? (id ? `${cls} ${id}` : cls) : id;
  if (names) {
    if (cls && hiddenByClass(cls)) return SKIP_INFO;
    if (tag !== 'body' && tag !== 'html') {
      const signals = classNameSignals(names);
      if (signals & NAME.COMMENTS) zone = 'comments';
      else if (!zone && signals & NAME.NAV && tag !== 'article' && tag !== 'main') zone = 'nav';
      if (signals & NAME.CAPTION) flags |= F.CAPTION;
      if (signals & NAME.CREDIT) flags |= F.CREDIT;
      if (signals & NAME.BOILER) boiler = true;
      if (signals & NAME.ASIDE) aside = true;
      if (signals & NAME.DEK) flags |= F.DEK;
    }
  }

  if (isHidden && block && isHidden(el)) return SKIP_INFO;
  return { skip: false, block, flags, zone, aside, boiler };
}

/** A `<header>` outside any article is the page's header unless it holds the article's title. */
function pageHeader(el: Element): boolean {
  if (el.querySelector('nav, [role="navigation"], form, input')) return true;
  return !el.querySelector('h1');
}

/** Elements that start a block of their own inside a block because their role differs. */
export const ROLE_FLAGS = F.CAPTION | F.CREDIT | F.HEADING;
