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
  /** The class and id attributes, '' when absent (for the article's scoring), and `role="article"`. */
  cls: string;
  id: string;
  article: boolean;
}

const SKIP_INFO: ElementInfo = { skip: true, block: false, flags: 0, zone: null, aside: false, boiler: false, cls: '', id: '', article: false };

/**
 * Classifies an element; `tag` is its `localName`, which the walk has read already. `inArticle`
 * says an `<article>`/`<main>` encloses it (a `<header>` or
 * `<footer>` there belongs to the article, not the page).
 */
export function classifyElement(el: Element, tag: string, inArticle: boolean, isHidden?: (el: Element) => boolean): ElementInfo {
  if (SKIP_TAGS.has(tag)) return SKIP_INFO;
  if (tag.startsWith('quotelens-')) return SKIP_INFO;
  let block = BLOCK_TAGS.has(tag);
  // The attributes that matter, read by name from one list: each call into the page's DOM costs,
  // and most elements have none or only an href or a class.
  let role: string | null = null;
  let itemprop: string | null = null;
  let rel: string | null = null;
  let cls: string | null = null;
  let id: string | null = null;
  const hasAttributes = el.hasAttributes();
  if (hasAttributes) {
    for (const name of el.getAttributeNames()) {
      switch (name) {
        case 'data-quotelens':
        case 'hidden':
        case 'inert':
          return SKIP_INFO;
        case 'aria-hidden':
          if (el.getAttribute(name) === 'true') return SKIP_INFO;
          break;
        case 'contenteditable':
          if (el.getAttribute(name) !== 'false') return SKIP_INFO;
          break;
        case 'style': {
          const style = el.getAttribute(name)!;
          if (/(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return SKIP_INFO;
          const display = /(?:^|;)\s*display\s*:\s*([a-z-]+)/i.exec(style);
          if (display) block = !/^(?:inline|contents)$/i.test(display[1]);
          break;
        }
        case 'role':
          role = el.getAttribute(name);
          break;
        case 'itemprop':
          itemprop = el.getAttribute(name);
          break;
        case 'rel':
          rel = el.getAttribute(name);
          break;
        case 'class':
          cls = el.getAttribute(name);
          break;
        case 'id':
          id = el.getAttribute(name);
          break;
      }
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
    return { skip: false, block, flags, zone, aside, boiler, cls: '', id: '', article: false };
  }

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

  if (itemprop) {
    if (/\b(?:author|creator|copyrightHolder)\b/.test(itemprop)) flags |= F.CREDIT;
    else if (/\barticleBody\b/.test(itemprop)) flags |= F.ARTICLE;
    else if (/\b(?:caption)\b/.test(itemprop)) flags |= F.CAPTION;
  }
  if (tag === 'a' && rel && /\bauthor\b/.test(rel)) flags |= F.CREDIT;

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
  return { skip: false, block, flags, zone, aside, boiler, cls: cls ?? '', id: id ?? '', article: role === 'article' };
}

/** A `<header>` outside any article is the page's header unless it holds the article's title. */
function pageHeader(el: Element): boolean {
  if (el.querySelector('nav, [role="navigation"], form, input')) return true;
  return !el.querySelector('h1');
}

/** Elements that start a block of their own inside a block because their role differs. */
export const ROLE_FLAGS = F.CAPTION | F.CREDIT | F.HEADING;
