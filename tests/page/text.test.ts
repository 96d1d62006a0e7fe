import { describe, expect, it } from 'vitest';
import { readPage } from '@/utils/page';
import { docFrom, ENGINES } from './dom';

/** The blocks of a page whose body is `body`, as text. */
function texts(body: string, engine: (typeof ENGINES)[number]): string[] {
  return readPage(docFrom(`<!doctype html><html><body><article>${body}</article></body></html>`, engine)).blocks.map((b) => b.text);
}

// [case, body html, expected block texts]
const CASES: [string, string, string[]][] = [
  ['quote mark in its own span', '<p><span>"</span>Essentially, it is a trick," he said.</p>', ['"Essentially, it is a trick," he said.']],
  ['marks in other inline elements', '<p>It reads, “<a href="#">#Hamilton</a> show interrupted.”</p>', ['It reads, “#Hamilton show interrupted.”']],
  ['emphasis inside a word', '<p>“<em>non</em>-military,” he said.</p>', ['“non-military,” he said.']],
  ['whitespace collapsed across nodes', '<p>  One \n\t <b> two </b>  three  </p>', ['One two three']],
  ['indented source', '<p>\n      Line one\n      continues here.\n    </p>', ['Line one continues here.']],
  ['<br> is a line break', '<p>First line<br>second line</p>', ['First line\nsecond line']],
  ['<br> with whitespace around it', '<p>First line <br> second line</p>', ['First line\nsecond line']],
  ['two <br> separate paragraphs', '<div>One paragraph.<br><br>Another one.</div>', ['One paragraph.', 'Another one.']],
  ['trailing <br> dropped', '<p>Text<br></p>', ['Text']],
  ['soft hyphen and zero-width space dropped', '<p>Bes\u00adsent said\u200b so.</p>', ['Bessent said so.']],
  ['no-break space kept', '<p>HK$\u00a01 million</p>', ['HK$\u00a01 million']],
  ['block children split a div', '<div>Intro text<p>Inner paragraph.</p>Tail text</div>', ['Intro text', 'Inner paragraph.', 'Tail text']],
  ['display:block span is a block', '<p>Lead <span style="display:block">Own line</span> tail</p>', ['Lead', 'Own line', 'tail']],
  ['hidden inline skipped, words joined as seen', '<p>Visible <span hidden>secret </span>text</p>', ['Visible text']],
  ['list items are blocks', '<ul><li>First point.</li><li>Second point.</li></ul>', ['First point.', 'Second point.']],
  ['table cells are blocks', '<table><tr><td>Cell one</td><td>Cell two</td></tr></table>', ['Cell one', 'Cell two']],
  ['<q> gets the marks a browser draws', '<p>She called it <q>a <q>gift</q> to us</q>.</p>', ['She called it “a ‘gift’ to us”.']],
  ['<q> at the start of a paragraph', '<p><q>We are ready,</q> he said.</p>', ['“We are ready,” he said.']],
  ['empty elements make no blocks', '<p> </p><div><span></span></div><p>Real.</p>', ['Real.']],
];

describe.each(ENGINES)('block text (%s)', (engine) => {
  it.each(CASES)('%s', (_name, body, expected) => {
    expect(texts(body, engine)).toEqual(expected);
  });
});
