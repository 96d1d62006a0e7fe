import { describe, expect, it } from 'vitest';
import { readPage } from '@/utils/page';
import type { BlockRole } from '@/utils/page';
import { docFrom, ENGINES, newsPage } from './dom';

/** The role of the block whose text contains `needle`, or null when no block has it. */
function roleOf(html: string, needle: string, engine: (typeof ENGINES)[number]): BlockRole | null {
  const { blocks } = readPage(docFrom(html, engine));
  const hit = blocks.find((b) => b.text.includes(needle));
  return hit ? hit.role : null;
}

const QUOTE_PARAGRAPH =
  '<p>“We will build it, and we will build it well,” said Mayor Ana Ruiz, who has championed the plan since her election.</p>';

// [case, html, text to look for, expected role (null: not read at all)]
const CASES: [string, string, string, BlockRole | null][] = [
  ['article paragraph', newsPage(QUOTE_PARAGRAPH), 'We will build it', 'paragraph'],
  ['h1 title', newsPage(''), 'Harbour plan approved after long fight', 'heading'],
  ['subhead', newsPage('<h2>What comes next</h2>'), 'What comes next', 'heading'],
  [
    'figcaption',
    newsPage('<figure><img src="x.jpg" alt=""><figcaption>The harbour at dawn on Monday.</figcaption></figure>'),
    'The harbour at dawn',
    'caption',
  ],
  [
    'credit span inside a figcaption',
    newsPage(
      '<figure><img src="x.jpg" alt=""><figcaption>The harbour at dawn on Monday. <span class="credit">Haiyun Jiang / The New York Times</span></figcaption></figure>',
    ),
    'Haiyun Jiang',
    'credit',
  ],
  ['caption class', newsPage('<p class="wp-caption-text">Fishing boats in the old port.</p>'), 'Fishing boats', 'caption'],
  ['"Name / Outlet" credit line', newsPage('<p>Haiyun Jiang / The New York Times</p>'), 'Haiyun Jiang', 'credit'],
  ['agency credit line', newsPage('<p>JIM WATSON/AFP/Getty Images</p>'), 'JIM WATSON', 'credit'],
  ['"Photo by" line', newsPage('<p>Top photo by Joan Bardeletti</p>'), 'Joan Bardeletti', 'credit'],
  ['byline text', newsPage('<p>By Jessie Pang</p>'), 'Jessie Pang', 'credit'],
  ['byline class', newsPage('<div class="byline">Jessie Pang and Mark Lee</div>'), 'Jessie Pang', 'credit'],
  ['rel=author', newsPage('<p><a rel="author" href="/a">Jessie Pang</a></p>'), 'Jessie Pang', 'credit'],
  [
    'author bio',
    newsPage('<p>Mark di Stefano is a breaking news reporter for Example News and is based in Sydney.</p>'),
    'Mark di Stefano',
    'credit',
  ],
  ['section title set as a paragraph', newsPage('<p>Trending Articles</p>'), 'Trending Articles', 'heading'],
  [
    'a bare name under a pull quote stays prose',
    newsPage('<blockquote><p>“Essentially, it is the same process,” </p></blockquote><p>Michael Shadlen</p>'),
    'Michael Shadlen',
    'paragraph',
  ],
  [
    'prose that looks like a bio but quotes someone',
    newsPage('<p>Mark Thompson is a former editor of the paper, and he said the plan was “a folly.”</p>'),
    'a folly',
    'paragraph',
  ],
  [
    'an author class on the article container itself',
    newsPage('').replace('<article class="story">', '<article class="story author-5">'),
    'The council voted on Tuesday',
    'paragraph',
  ],
  ['navigation', newsPage(''), 'World', null],
  [
    'cookie banner',
    newsPage('', {
      after:
        '<div id="onetrust-banner-sdk"><p>We use cookies to improve your experience on our site and to show you relevant advertising. By clicking “Accept all”, you agree to the storing of cookies on your device.</p></div>',
    }),
    'We use cookies',
    null,
  ],
  ['page header', newsPage(''), 'Example News', null],
  ['page footer', newsPage(''), 'All rights reserved', null],
  ['a © line in the article', newsPage('<p>© 2016 The Harbour Times Company</p>'), 'Harbour Times Company', 'boilerplate'],
  ['mojibake © inside a word is prose', newsPage('<p>He often told his protegÃ©s and protegA\u0303©s that “the harbour is the answer,” the mayor recalled.</p>'), 'the harbour is the answer', 'paragraph'],
  [
    'comment section',
    newsPage('', {
      after:
        '<section id="comments" class="comments"><h3>Comments</h3><p>“This is a disgrace to the whole town and everyone who voted for it,” wrote one reader, who said the harbour was fine.</p></section>',
    }),
    'This is a disgrace',
    null,
  ],
  [
    'a sidebar of links',
    newsPage('', { after: '<aside class="sidebar"><h2>Most read</h2><ul><li><a href="/1">Storm hits coast</a></li><li><a href="/2">Rates rise</a></li></ul></aside>' }),
    'Storm hits coast',
    null,
  ],
  [
    'related-article teaser prose counts',
    newsPage('', {
      after:
        '<aside class="sidebar"><article class="related-card"><h3><a href="/r">Port strike ends</a></h3><p>Dock workers returned to work on Friday after a nine-day strike, their union said, ending a dispute that had stranded dozens of ships. “We got what we came for,” said the union leader, Sam Ortiz.</p></article></aside>',
    }),
    'We got what we came for',
    'paragraph',
  ],
  [
    "a teaser's headline comes with it",
    newsPage('', {
      after:
        '<aside class="sidebar"><article class="related-card"><h3><a href="/r">Port strike ends</a></h3><p>Dock workers returned to work on Friday after a nine-day strike, their union said, ending a dispute that had stranded dozens of ships. “We got what we came for,” said the union leader, Sam Ortiz.</p></article></aside>',
    }),
    'Port strike ends',
    'heading',
  ],
  ['contenteditable', newsPage('<div contenteditable="true"><p>“Draft text typed by a user, not news,” it says here at some length.</p></div>'), 'Draft text', null],
  ['contenteditable="" (true)', newsPage('<p contenteditable="">“Editable,” said nobody in particular, in a long enough sentence.</p>'), 'Editable', null],
  ['pre', newsPage('<pre>const quote = "not prose";</pre>'), 'not prose', null],
  ['code', newsPage('<p>Run <code>say "hello"</code> to greet.</p>'), 'say "hello"', null],
  ['form', newsPage('<form><label>Your name “here”</label><input name="n"><textarea>“typed”</textarea></form>'), 'Your name', null],
  ['textarea', newsPage('<p>Before.</p><textarea>“typed quote” in a box</textarea>'), 'typed quote', null],
  ['hidden attribute', newsPage('<p hidden>“Hidden words,” said a hidden man.</p>'), 'Hidden words', null],
  ['aria-hidden', newsPage('<div aria-hidden="true"><p>“Decoration,” it said.</p></div>'), 'Decoration', null],
  ['inline display:none', newsPage('<p style="color: red; display: none">“Invisible,” it said.</p>'), 'Invisible', null],
  ['inline visibility:hidden', newsPage('<p style="visibility:hidden">“Invisible too,” it said.</p>'), 'Invisible too', null],
  ['screen-reader-only text', newsPage('<p>Seen. <span class="sr-only">Image caption</span></p>'), 'Image caption', null],
  ['our own UI element', newsPage('<quotelens-card><p>“Mayor Ana Ruiz” — hover card text</p></quotelens-card>'), 'hover card text', null],
  ['our own shadow host', newsPage('<div data-quotelens="hover"><p>“Card text,” said the card.</p></div>'), 'Card text', null],
  ['share bar inside the article', newsPage('<div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>'), 'Share on Facebook', 'boilerplate'],
  ['newsletter promo inside the article', newsPage('<section class="newsletter"><h4>Get the morning briefing</h4></section>'), 'morning briefing', 'boilerplate'],
  [
    'embedded caption, credit and byline in a teaser paragraph',
    newsPage('', {
      after:
        '<aside class="sidebar"><article class="related-card"><p>Activists are shown at a press conference in Hong Kong, China December 14, 2023. REUTERS/Tyrone Siu By Jessie Pang Hong Kong’s police announced arrest warrants for 19 activists based overseas, accusing them of subversion, in the largest such tally yet.</p></article></aside>',
    }),
    'Tyrone Siu',
    'credit',
  ],
];

describe.each(ENGINES)('roles (%s)', (engine) => {
  it('keeps the title and byline of an article header that holds a nav', () => {
    const html = newsPage('').replace(
      '<h1>Harbour plan approved after long fight</h1>',
      '<header><nav class="breadcrumbs"><a href="/">News</a> <a href="/local">Local</a></nav><h1>Harbour plan approved after long fight</h1><p class="byline">By Jessie Pang</p></header>',
    );
    expect(roleOf(html, 'Harbour plan approved after long fight', engine)).toBe('heading');
    expect(roleOf(html, 'By Jessie Pang', engine)).toBe('credit');
    expect(roleOf(html, 'Local', engine)).toBeNull();
  });

  it.each(CASES)('%s', (_name, html, needle, role) => {
    expect(roleOf(html, needle, engine)).toBe(role);
  });

  it('splits a run-in caption, credit and byline out of a teaser paragraph', () => {
    const html = CASES.find((c) => c[0].startsWith('embedded'))![1];
    const { blocks } = readPage(docFrom(html, engine));
    const i = blocks.findIndex((b) => b.text === 'REUTERS/Tyrone Siu');
    expect(blocks.slice(i - 1, i + 3)).toEqual([
      { text: 'Activists are shown at a press conference in Hong Kong, China December 14, 2023.', role: 'caption' },
      { text: 'REUTERS/Tyrone Siu', role: 'credit' },
      { text: 'By Jessie Pang', role: 'credit' },
      {
        text: 'Hong Kong’s police announced arrest warrants for 19 activists based overseas, accusing them of subversion, in the largest such tally yet.',
        role: 'paragraph',
      },
    ]);
  });

  it('reads blocks in document order', () => {
    const { blocks } = readPage(docFrom(newsPage(QUOTE_PARAGRAPH + '<h2>Next steps</h2>'), engine));
    const texts = blocks.map((b) => b.text);
    expect(texts.indexOf('Harbour plan approved after long fight')).toBeLessThan(texts.findIndex((t) => t.includes('We will build')));
    expect(texts.findIndex((t) => t.includes('We will build'))).toBeLessThan(texts.indexOf('Next steps'));
  });
});
