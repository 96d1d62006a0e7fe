/**
 * The cheap gate: is this page an article worth reading? One query for the metadata (og:type,
 * article:published_time, NewsArticle JSON-LD, microdata) and the paragraphs of an
 * isProbablyReaderable-style look, with an early exit, so that a page that is not an article
 * costs well under a millisecond.
 */

export interface ArticleVerdict {
  article: boolean;
  reason: string;
}

const ARTICLE_LD_RE =
  /"@type"\s*:\s*(?:\[[^\]]*?)?"(?:https?:\/\/schema\.org\/)?(?:\w*NewsArticle|Article|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|SatiricalArticle|OpinionNewsArticle)"/;
// Readability's unlikely-candidate patterns, as substrings (its regular expressions cost a cold
// compile on every page that has a paragraph with a class).
const UNLIKELY = ['-ad-', 'ai2html', 'banner', 'breadcrumbs', 'combx', 'comment', 'community', 'cover-wrap', 'disqus', 'extra', 'footer', 'gdpr', 'header', 'legends', 'menu', 'related', 'remark', 'replies', 'rss', 'shoutbox', 'sidebar', 'skyscraper', 'social', 'sponsor', 'supplemental', 'ad-break', 'agegate', 'pagination', 'pager', 'popup', 'yom-remote'];
const MAYBE = ['and', 'article', 'body', 'column', 'content', 'main', 'shadow'];
const MICRODATA_RE = /schema\.org\/(?:\w*NewsArticle|Article|BlogPosting|Report)\b/;
const GATE_SELECTOR =
  'meta[property="og:type"], meta[name="og:type"], meta[property="article:published_time"], meta[name="article:published_time"], script[type="application/ld+json"], p, pre, article, [itemtype]';

export interface GateOptions {
  /** isProbablyReaderable's thresholds (defaults 140 and 20). */
  minContentLength?: number;
  minScore?: number;
  /** At most this many paragraphs are looked at (default 300). */
  maxNodes?: number;
}

export function looksLikeArticle(doc: Document, options: GateOptions = {}): ArticleVerdict {
  const minLength = options.minContentLength ?? 140;
  const minScore = options.minScore ?? 20;
  const maxNodes = options.maxNodes ?? 300;
  // One query, in document order: the metadata (usually in <head>, so first) and the paragraphs
  // of an isProbablyReaderable-style look, with an early exit. Microdata comes in the same pass:
  // an itemtype element precedes its paragraphs. (One native query is the cheapest first touch of
  // the page from the content script's world.)
  const nodes = doc.querySelectorAll(GATE_SELECTOR);
  let ogType: string | undefined;
  let score = 0;
  let paragraphs = 0;
  let scripts = 0;
  for (let i = 0; i < nodes.length && paragraphs < maxNodes; i++) {
    const node = nodes[i];
    const tag = node.localName;
    if (tag === 'meta') {
      const key = node.getAttribute('property') ?? node.getAttribute('name');
      if (key === 'og:type') {
        ogType = node.getAttribute('content')?.trim().toLowerCase();
        if (ogType?.startsWith('article')) return { article: true, reason: 'og:type=article' };
      } else if (key === 'article:published_time') return { article: true, reason: 'article:published_time' };
      continue;
    }
    if (tag === 'script') {
      if (++scripts > 8) continue;
      const m = ARTICLE_LD_RE.exec((node.textContent ?? '').slice(0, 100_000));
      if (m) return { article: true, reason: `JSON-LD ${/"(\w+)"$/.exec(m[0])?.[1] ?? 'Article'}` };
      continue;
    }
    const itemtype = node.getAttribute('itemtype');
    if (itemtype && MICRODATA_RE.test(itemtype)) return { article: true, reason: 'microdata Article' };
    if (tag !== 'p' && tag !== 'pre' && tag !== 'article') continue;
    paragraphs++;
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') continue;
    const style = node.getAttribute('style');
    if (style && /display\s*:\s*none/i.test(style)) continue;
    // (most paragraphs have neither class nor id)
    const cls = node.getAttribute('class');
    const id = node.getAttribute('id');
    if (cls || id) {
      const match = `${cls ?? ''} ${id ?? ''}`.toLowerCase();
      if (UNLIKELY.some((word) => match.includes(word)) && !MAYBE.some((word) => match.includes(word))) continue;
    }
    if (tag === 'p' && node.parentElement?.closest('li')) continue;
    const length = (node.textContent ?? '').trim().length;
    if (length < minLength) continue;
    score += Math.sqrt(length - minLength);
    if (score > minScore) return { article: true, reason: `readerable: long paragraphs (score > ${minScore})` };
  }
  const why = ogType ? `og:type=${ogType} and ` : '';
  return { article: false, reason: `${why}not readerable (score ${score.toFixed(1)} ≤ ${minScore})` };
}
