import { describe, expect, it } from 'vitest';
import { readPageMeta, toIsoDate } from '@/utils/page';
import { docFrom, ENGINES } from './dom';

describe('toIsoDate', () => {
  it.each([
    ['2025-07-26T09:12:00Z', '2025-07-26'],
    ['2016-12-22T22:00:00-05:00', '2016-12-22'],
    ['2015-03-27', '2015-03-27'],
    ['20150313', '2015-03-13'],
    ['March 13, 2015', '2015-03-13'],
    ['22 Dec, 2016', '2016-12-22'],
    ['Thu 27 Jul 2017', '2017-07-27'],
    ['yesterday', undefined],
    ['', undefined],
  ])('%s → %s', (input, expected) => {
    expect(toIsoDate(input)).toBe(expected);
  });
});

describe.each(ENGINES)('readPageMeta (%s)', (engine) => {
  it('reads JSON-LD when meta tags are missing', () => {
    const doc = docFrom(
      `<html><head><title>Fallback title</title><script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"x"},{"@type":"NewsArticle","headline":"The headline","datePublished":"2024-02-03T10:00:00+01:00","publisher":{"@type":"Organization","name":"Example Times"}}]}</script></head><body></body></html>`,
      engine,
    );
    expect(readPageMeta(doc, 'https://www.example.com/a')).toEqual({
      url: 'https://www.example.com/a',
      title: 'The headline',
      site: 'Example Times',
      published: '2024-02-03',
    });
  });

  it('falls back to <title>, the host name and a <time> in the article', () => {
    const doc = docFrom(
      `<html><head><title>Plain page</title></head><body><aside><time datetime="2020-01-01">old</time></aside><article><time datetime="2023-05-06T08:00">May 6</time></article></body></html>`,
      engine,
    );
    expect(readPageMeta(doc, 'https://www.example.org/x')).toEqual({
      url: 'https://www.example.org/x',
      title: 'Plain page',
      site: 'example.org',
      published: '2023-05-06',
    });
  });

  it('ignores broken JSON-LD', () => {
    const doc = docFrom(`<html><head><script type="application/ld+json">{"@type": "NewsArticle",</script><meta property="og:title" content="OG title"></head><body></body></html>`, engine);
    expect(readPageMeta(doc).title).toBe('OG title');
  });
});
