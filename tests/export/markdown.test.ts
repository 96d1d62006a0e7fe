import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockQuote, escapeInline, escapeLine, guardLineStart, oneLine, safeLinkUrl, toMarkdown } from '@/utils/export/markdown';
import { groupBySpeaker } from '@/utils/export/group';
import { wellFormed } from '@/utils/export/model';
import type { ExportInput } from '@/utils/export/model';
import { input, nastyString, quote, samplePage, speaker } from './helpers';
import { blockStart, unescape, unescapedInline } from './markdown-check';

describe('Markdown checker (the test’s own oracle)', () => {
  it.each([
    ['# Heading', 'heading'], ['###### h6', 'heading'], ['#', 'heading'], ['   # indented heading', 'heading'],
    ['- item', 'bullet list'], ['+ item', 'bullet list'], ['* item', 'bullet list'], ['-', 'bullet list'],
    ['1. item', 'ordered list'], ['123456789) item', 'ordered list'],
    ['> nested', 'block quote'], ['<script>', 'HTML'], ['<!-- c -->', 'HTML'],
    ['```js', 'code fence'], ['~~~', 'code fence'], ['    code', 'indented code'], ['\tcode', 'indented code'],
    ['===', 'setext underline'], ['---', 'setext underline'], ['***', 'thematic break'], ['_ _ _', 'thematic break'],
    ['[x]: https://evil', 'link reference definition'], ['| a | b |', 'table'], ['$$', 'math block'], [': def', 'definition'],
    ['plain text', null], ['\\# not a heading', null], ['\\- not a list', null], ['1\\. not a list', null],
    ['#hashtag', null], ['1234567890. too long for a list', null], ['\\===', null],
  ])('blockStart(%j) = %j', (line, expected) => {
    expect(blockStart(line)).toBe(expected);
  });

  it.each([
    ['[link](https://x)', ['[', ']']], ['<b>', ['<']], ['**bold**', ['*', '*', '*', '*']], ['`code`', ['`', '`']],
    ['&amp;', ['&entity;']], ['&#60;', ['&entity;', '#']], ['&\\#60;', []], ['a | b', ['|']], ['$x$', ['$', '$']], ['%%hidden%%', ['%%', '%%']],
    ['\\[link\\]', []], ['\\&amp;', []], ['AT&T', []], ['15% and 20%', []], ['\\\\', []], ['plain', []],
  ])('unescapedInline(%j) = %j', (line, expected) => {
    expect(unescapedInline(line)).toEqual(expected);
  });
});

describe('Markdown escaping', () => {
  it.each([
    ['plain words', 'plain words'],
    ['# heading', '\\# heading'],
    ['- list', '\\- list'],
    ['+ list', '\\+ list'],
    ['* list', '\\* list'],
    ['1. list', '1\\. list'],
    ['42) list', '42\\) list'],
    ['> quote', '\\> quote'],
    ['===', '\\==='],
    ['---', '\\---'],
    [': term', '\\: term'],
    ['    indented code', 'indented code'],
    ['\t\ttabbed', 'tabbed'],
    ['<script>alert(1)</script>', '\\<script>alert(1)\\</script>'],
    ['[click](javascript:alert(1))', '\\[click\\](javascript:alert(1))'],
    ['![img](http://x/y.png)', '!\\[img\\](http://x/y.png)'],
    ['**bold** _it_ `code` ~~del~~', '\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\~\\~del\\~\\~'],
    ['| a | b |', '\\| a \\| b \\|'],
    ['cost $5 or $10', 'cost \\$5 or \\$10'],
    ['AT&T &amp; &#60;', 'AT&T \\&amp; &\\#60;'],
    ['15% and %%hidden%%', '15% and \\%\\%hidden\\%\\%'],
    ['back\\slash', 'back\\\\slash'],
    ['a > b and a = b', 'a > b and a = b'],
    ['Zoë said “yes”', 'Zoë said “yes”'],
  ])('escapeLine(%j) = %j', (line, expected) => {
    expect(escapeLine(line)).toBe(expected);
    expect(unescape(expected)).toBe(line.replace(/^[ \t]+/, ''));
  });

  it('escapeInline leaves line-start-only characters alone mid-line; guardLineStart handles them', () => {
    expect(escapeInline('a - b + c = d > e 1. f')).toBe('a - b + c = d > e 1. f');
    expect(oneLine('  0.1.0\n- x  ')).toBe('0.1.0 - x');
    expect(guardLineStart('1. Site · published x')).toBe('1\\. Site · published x');
    expect(guardLineStart('Site 1. x')).toBe('Site 1. x');
  });

  it('blockQuote prefixes every line, CRLF, CR and LF alike', () => {
    expect(blockQuote('one\r\n# two\r- three\n\n   four')).toBe('> one\\\n> \\# two\\\n> \\- three\n>\n> four');
    expect(blockQuote('ends in a backslash \\\nnext')).toBe('> ends in a backslash \\\\\\\n> next');
  });

  it.each([
    ['https://example.com/a?b=1#c', 'https://example.com/a?b=1#c'],
    ['http://example.com/x(1)', 'http://example.com/x%281%29'],
    ['https://example.com/a b<c>"d"', 'https://example.com/a%20b%3Cc%3E%22d%22'],
    ['javascript:alert(1)', null],
    ['data:text/html,<b>x</b>', null],
    ['not a url', null],
    ['', null],
    [undefined, null],
  ])('safeLinkUrl(%j) = %j', (url, expected) => {
    expect(safeLinkUrl(url)).toBe(expected);
  });
});

describe('Markdown export', () => {
  it('writes the sample page as a digest', () => {
    expect(toMarkdown(samplePage())).toBe(
      [
        '# [Trump and Xi agree a truce](https://example.com/news/truce?id=1)',
        '',
        'Example News · published 2025-10-30 · extracted 2025-10-31T09:30:00.000Z with QuoteLens 0.1.0',
        '',
        '5 statements from 2 speakers · 1 with no speaker · 1 term',
        '',
        '## Scott Bessent',
        '',
        'Treasury Secretary, U.S. Treasury · [Wikidata](https://www.wikidata.org/wiki/Q7436184) · 3 quotes',
        '',
        '> There was no quid pro quo,',
        '',
        '> We are in a very good place,',
        '',
        '> All part of a mosaic,',
        '',
        '## Craig Allen',
        '',
        '1 quote',
        '',
        '> clearly preparing for a summit meeting,',
        '',
        '## Terms',
        '',
        '- “Hong Kong Parliament”',
        '',
        '## Statements with no speaker',
        '',
        '> Talks will continue,',
        '',
      ].join('\n'),
    );
  });

  it('lists speakers in the same order as groupBySpeaker', () => {
    const inp = samplePage();
    const headings = toMarkdown(inp).split('\n').filter((l) => l.startsWith('## ')).map((l) => l.slice(3));
    expect(headings).toEqual([...groupBySpeaker(inp.analysis.quotes).speakers.map((g) => g.name), 'Terms', 'Statements with no speaker']);
  });

  it('says so when there are no quotes, and links nothing for a non-http page', () => {
    const md = toMarkdown(input([], [], { url: 'javascript:alert(1)', title: '[x](javascript:alert(1))' }));
    expect(md).toBe(
      '# \\[x\\](javascript:alert(1))\n\nextracted 2025-10-31T09:30:00.000Z with QuoteLens 0.1.0\n\nPage: javascript:alert(1)\n\nNo quotes found on this page.\n',
    );
  });

  it('untrusted speaker names, roles and orgs cannot break out of their line', () => {
    const md = toMarkdown(input([quote({ text: 'x', speaker: speaker('Evil\n# Injected', { role: '<img src=x onerror=alert(1)>', org: '[a](http://evil)' }) })]));
    expect(md).toContain('## Evil \\# Injected\n');
    expect(md).toContain('\\<img src=x onerror=alert(1)>, \\[a\\](http://evil) · 1 quote\n');
    expect(md.split('\n').filter((l) => l.startsWith('#'))).toHaveLength(2);
  });

  /**
   * Checks a digest: every line is either one of our headings, a block-quote line, a term item or a
   * plain line, and none of the untrusted text in them opens a block or inline structure. Returns the
   * texts the block quotes and term items read back as.
   */
  function checkDigest(md: string, expectedHeadings: number): { quotes: string[]; terms: string[]; headings: string[] } {
    const quotes: string[] = [];
    const terms: string[] = [];
    const headings: string[] = [];
    let current: string[] | null = null;
    const lines = md.split('\n');
    expect(lines.at(-1)).toBe('');
    expect(md).not.toMatch(/\r/);
    lines.forEach((line, i) => {
      if (line.startsWith('>')) {
        let content = line === '>' ? '' : line.slice(2);
        expect(line === '>' || line.startsWith('> '), line).toBe(true);
        // A hard break (odd number of trailing backslashes) exactly when a non-empty quote line follows.
        const hardBreak = /(?:^|[^\\])(?:\\\\)*\\$/.test(content);
        const next = lines[i + 1] ?? '';
        expect(hardBreak, line).toBe(content !== '' && next.startsWith('> '));
        if (hardBreak) content = content.slice(0, -1);
        expect(blockStart(content), line).toBeNull();
        expect(unescapedInline(content), line).toEqual([]);
        expect(content, line).not.toMatch(/^[ \t]|[ \t]$/);
        (current ??= []).push(unescape(content));
        return;
      }
      if (current) quotes.push(current.join('\n'));
      current = null;
      if (i === 0) {
        expect(line.startsWith('# '), line).toBe(true);
        const title = line.slice(2).replace(/^\[(.*)\]\(https?:\/\/[^\s()<>]*\)$/, '$1');
        expect(unescapedInline(title), line).toEqual([]);
        headings.push(unescape(title));
      } else if (line.startsWith('#')) {
        expect(line.startsWith('## '), line).toBe(true);
        expect(unescapedInline(line.slice(3)), line).toEqual([]);
        headings.push(unescape(line.slice(3)));
      } else if (line.startsWith('- ')) {
        const m = /^- “(.*)”$/.exec(line);
        expect(m, line).not.toBeNull();
        expect(unescapedInline(m![1]), line).toEqual([]);
        terms.push(unescape(m![1]));
      } else if (line !== '') {
        const plain = line.replace(/\[Wikidata\]\(https:\/\/www\.wikidata\.org\/wiki\/Q[1-9]\d*\)/g, '');
        expect(blockStart(line), line).toBeNull();
        expect(unescapedInline(plain), line).toEqual([]);
      }
    });
    expect(headings).toHaveLength(expectedHeadings);
    return { quotes, terms, headings };
  }

  it('the digest check fails on unescaped output (this test can fail)', () => {
    expect(() => checkDigest('# T\n\n> # evil\n', 1)).toThrow();
    expect(() => checkDigest('# T\n\n> [a](b)\n', 1)).toThrow();
    expect(() => checkDigest('# T\n\n> ok\n<div>\n', 1)).toThrow();
    expect(() => checkDigest('# T\n\n- “*x*”\n', 1)).toThrow();
    expect(() => checkDigest('# T\n\n## extra\n', 1)).toThrow();
    expect(() => checkDigest('# T\n\n> no break\n> here\n', 1)).toThrow();
    expect(checkDigest('# T\n\n> ok\\\n> \\\\\n>\n> \\# fine\n', 1).quotes).toEqual(['ok\n\\\n\n# fine']);
  });

  const asLines = (text: string) =>
    wellFormed(text)
      .split(/\r\n|\r|\n/)
      .map((l) => l.replace(/^[ \t]+|[ \t]+$/g, ''))
      .join('\n');
  const asOneLine = (text: string) => wellFormed(text).replace(/\s+/gu, ' ').replace(/^[ \t]+|[ \t]+$/g, '');

  /** Text assembled from Markdown's block and inline openers, so every rule is exercised often. */
  const mdToken = fc.constantFrom(
    '# ', '## ', '#', '- ', '+ ', '* ', '1. ', '12) ', '1.', '> ', '>', '<div>', '<!--', '```', '~~~', '    ', '\t', '===', '---', '***', '___',
    '[a]: http://x', '[a](javascript:x)', '![i](x)', '<http://x>', '| a |', '$$', ': ', '&amp;', '&#60;', '%%', '\\', '**', '_', '`',
    '\n', '\r\n', '\r', ' ', 'word', 'é', '😀',
  );
  const mdText = fc.oneof(nastyString, fc.array(mdToken, { maxLength: 12 }).map((parts) => parts.join('')));

  it('property: arbitrary page text opens no heading, list, HTML or link, and reads back as the quote', () => {
    fc.assert(
      fc.property(
        fc.record({ said: mdText, unnamed: mdText, term: mdText, name: mdText, role: mdText, org: mdText, title: mdText, site: mdText, published: mdText, url: mdText }),
        (t) => {
          const named = t.name.trim() !== '';
          const inp: ExportInput = input(
            [
              quote({ id: 'a', text: t.said, blockIndex: 0, speaker: speaker(t.name, { role: t.role, org: t.org, actorId: 'Q42' }) }),
              quote({ id: 'b', text: t.term, blockIndex: 1, kind: 'term' }),
              quote({ id: 'c', text: t.unnamed, blockIndex: 2 }),
            ],
            [],
            { title: t.title, site: t.site, published: t.published, url: t.url },
          );
          const md = toMarkdown(inp);
          // Title, the speaker (when named), Terms, Statements with no speaker.
          const { quotes, terms, headings } = checkDigest(md, named ? 4 : 3);
          // Named: the speaker's section, then the unnamed one; unnamed: both, in page order.
          expect(quotes).toEqual([asLines(t.said), asLines(t.unnamed)]);
          expect(terms).toEqual([asOneLine(t.term)]);
          if (named) expect(headings[1]).toBe(asOneLine(t.name));
        },
      ),
      { numRuns: 500 },
    );
  }, 60_000);
});
