/**
 * Page metadata for the results and the export: url, title, site and the publication date
 * (YYYY-MM-DD) from meta tags, JSON-LD or a <time> element.
 */
import type { PageMeta } from '../quote';

const PUBLISHED_META = [
  'article:published_time',
  'og:article:published_time',
  'article:published',
  'datePublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'date',
  'dc.date',
  'dc.date.issued',
  'dcterms.created',
  'dcterms.issued',
  'sailthru.date',
  'parsely-pub-date',
  'article.published',
  'og:published_time',
];

function metaContent(doc: Document, names: readonly string[]): string | undefined {
  for (const name of names) {
    const el = doc.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const content = el?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return undefined;
}

type Json = Record<string, unknown>;

/** Every object in the page's JSON-LD, @graph flattened. */
function jsonLd(doc: Document): Json[] {
  const out: Json[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      out.push(value as Json);
      const graph = (value as Json)['@graph'];
      if (graph) visit(graph);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // Broken JSON-LD is common; ignore it.
    }
  }
  return out;
}

function isArticleLd(obj: Json): boolean {
  const type = obj['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && /Article|BlogPosting|Report/.test(t));
}

function str(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return str(value[0]);
  if (value && typeof value === 'object') return str((value as Json).name);
  return undefined;
}

/** YYYY-MM-DD from an ISO timestamp or a date a human wrote, or undefined. */
export function toIsoDate(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const s = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const compact = /^(\d{4})(\d{2})(\d{2})(?:T|$)/.exec(s);
  if (compact) return `${compact[1]}-${compact[2]}-${compact[3]}`;
  if (!/\d{4}/.test(s)) return undefined;
  const d = new Date(s.replace(/,\s*(?=\d{4})/, ' '));
  if (Number.isNaN(d.getTime())) return undefined;
  const year = d.getFullYear();
  if (year < 1900 || year > 2200) return undefined;
  return `${year}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function hostname(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const host = new URL(url).hostname;
    return host ? host.replace(/^www\./, '') : undefined;
  } catch {
    return undefined;
  }
}

/** The page's metadata. `url` overrides the document's own (the CLI knows where a file came from). */
export function readPageMeta(doc: Document, url?: string): PageMeta {
  const ld = jsonLd(doc);
  const article = ld.find(isArticleLd);
  const docUrl = typeof doc.URL === 'string' && /^(?:https?|file):/.test(doc.URL) ? doc.URL : undefined;
  const pageUrl =
    url ??
    docUrl ??
    metaContent(doc, ['og:url']) ??
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    undefined;

  const title =
    metaContent(doc, ['og:title', 'twitter:title']) ??
    str(article?.headline) ??
    (doc.title?.trim() || undefined) ??
    doc.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() ??
    undefined;

  const site =
    metaContent(doc, ['og:site_name', 'application-name']) ?? str(article?.publisher) ?? hostname(pageUrl);

  let published = toIsoDate(metaContent(doc, PUBLISHED_META));
  if (!published && article) published = toIsoDate(str(article.datePublished) ?? str(article.dateCreated));
  if (!published) {
    const el = doc.querySelector('[itemprop="datePublished"]');
    published = toIsoDate(el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? el?.textContent);
  }
  if (!published) {
    const time =
      doc.querySelector('time[pubdate]') ?? doc.querySelector('article time[datetime]') ?? doc.querySelector('time[datetime]');
    published = toIsoDate(time?.getAttribute('datetime') ?? time?.textContent);
  }

  const meta: PageMeta = {};
  if (pageUrl) meta.url = pageUrl;
  if (title) meta.title = title;
  if (site) meta.site = site;
  if (published) meta.published = published;
  return meta;
}
