/**
 * The cheap gate: is this page an article worth reading? Metadata first (one selector each),
 * then an isProbablyReaderable-style look at long paragraphs with an early exit, so a page that
 * is not an article costs well under a millisecond.
 */

export interface ArticleVerdict {
  article: boolean;
  reason: string;
}

const ARTICLE_LD_RE =
  /"@type"\s*:\s*(?:\[[^\]]*?)?"(?:https?:\/\/schema\.org\/)?(?:\w*NewsArticle|Article|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|SatiricalArticle|OpinionNewsArticle)"/;
const UNLIKELY_RE =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE_RE = /and|article|body|column|content|main|shadow/i;
const MICRODATA_RE = /schema\.org\/(?:\w*NewsArticle|Article|BlogPosting|Report)\b/;

export interface GateOptions {
  /** isProbablyReaderable's thresholds (defaults 140 and 20). */
  minContentLength?: number;
  minScore?: number;
  /** At most this many paragraphs are looked at (default 300). */
  maxNodes?: number;
}

export function looksLikeArticle(doc: Document, options: GateOptions = {}): ArticleVerdict {
  // One pass over <meta> and one over <script>: attribute selectors cost a full walk each in
  // the test DOMs (the browser does not care either way).
  let ogType: string | undefined;
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length; i++) {
    const meta = metas[i];
    const key = meta.getAttribute('property') ?? meta.getAttribute('name');
    if (!key) continue;
    if (key === 'og:type') {
      ogType = meta.getAttribute('content')?.trim().toLowerCase();
      if (ogType?.startsWith('article')) return { article: true, reason: 'og:type=article' };
    }
    else if (key === 'article:published_time') return { article: true, reason: 'article:published_time' };
  }
  const scripts = doc.getElementsByTagName('script');
  for (let i = 0, seen = 0; i < scripts.length && seen < 8; i++) {
    if (scripts[i].getAttribute('type') !== 'application/ld+json') continue;
    seen++;
    const text = (scripts[i].textContent ?? '').slice(0, 100_000);
    const m = ARTICLE_LD_RE.exec(text);
    if (m) return { article: true, reason: `JSON-LD ${/"(\w+)"$/.exec(m[0])?.[1] ?? 'Article'}` };
  }

  // isProbablyReaderable, with a cap on the paragraphs looked at. Microdata comes in the same
  // query: an itemtype element precedes its paragraphs in document order.
  const minLength = options.minContentLength ?? 140;
  const minScore = options.minScore ?? 20;
  const maxNodes = options.maxNodes ?? 300;
  const nodes = doc.querySelectorAll('p, pre, article, [itemtype]');
  let score = 0;
  const n = Math.min(nodes.length, maxNodes);
  for (let i = 0; i < n; i++) {
    const node = nodes[i];
    const itemtype = node.getAttribute('itemtype');
    if (itemtype && MICRODATA_RE.test(itemtype)) return { article: true, reason: 'microdata Article' };
    const tag = node.localName;
    if (tag !== 'p' && tag !== 'pre' && tag !== 'article') continue;
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') continue;
    const style = node.getAttribute('style');
    if (style && /display\s*:\s*none/i.test(style)) continue;
    // (most paragraphs have neither class nor id: then the patterns need not even be compiled)
    const cls = node.getAttribute('class');
    const id = node.getAttribute('id');
    if (cls || id) {
      const match = `${cls ?? ''} ${id ?? ''}`;
      if (UNLIKELY_RE.test(match) && !MAYBE_RE.test(match)) continue;
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
