import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { looksLikeArticle } from '@/utils/page';
import { docFrom, ENGINES, newsPage } from './dom';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const SEED = fixture('seed/page.html');

const LONG = 'The council voted on Tuesday to expand the harbour, a decision that had been delayed for three years by lawsuits, budget fights and two elections, officials said on Wednesday.';

// [case, html, article?, reason contains]
const CASES: [string, string, boolean, string][] = [
  ['the sample page (og:type=article)', SEED, true, 'og:type'],
  ['NewsArticle JSON-LD', `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"x"}</script></head><body><p>Short.</p></body></html>`, true, 'NewsArticle'],
  ['JSON-LD @graph with an array @type', `<html><head><script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":["BlogPosting"]}]}</script></head><body></body></html>`, true, 'BlogPosting'],
  ['article:published_time', `<html><head><meta property="article:published_time" content="2025-01-02"></head><body></body></html>`, true, 'published_time'],
  ['no metadata, long paragraphs', newsPage(`<p>${LONG}</p><p>${LONG}</p><p>${LONG}</p>`), true, 'readerable'],
  ['search results page', fixture('pages/search-results.html'), false, 'not readerable'],
  ['web app page', fixture('pages/app.html'), false, 'not readerable'],
  ['empty page', '<html><body></body></html>', false, 'not readerable'],
  ['long text hidden', `<html><body><p hidden>${LONG} ${LONG}</p><p style="display:none">${LONG} ${LONG}</p></body></html>`, false, 'not readerable'],
  ['long text in comments only', `<html><body><div class="comments"><p class="comment">${LONG} ${LONG}</p><p class="comment">${LONG} ${LONG}</p></div></body></html>`, false, 'not readerable'],
];

describe.each(ENGINES)('looksLikeArticle (%s)', (engine) => {
  it.each(CASES)('%s', (_name, html, article, reason) => {
    const verdict = looksLikeArticle(docFrom(html, engine));
    expect(verdict.article).toBe(article);
    expect(verdict.reason).toContain(reason);
  });

  it('costs well under a millisecond on a page that is not an article', () => {
    const doc = docFrom(fixture('pages/search-results.html'), engine);
    looksLikeArticle(doc);
    const runs = 200;
    const t0 = performance.now();
    for (let i = 0; i < runs; i++) looksLikeArticle(doc);
    const ms = (performance.now() - t0) / runs;
    // The budget (< 1 ms) is for the browser, where these queries are native; linkedom walks its
    // tree in JavaScript for every query, so its bound is looser.
    expect(ms).toBeLessThan(engine === 'linkedom' ? 3 : 1);
  });
});
