import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../scripts/lib/text-blocks';

const roles = (text: string) => blocksFromText(text).map((b) => `${b.role}: ${b.text}`);

describe('blocksFromText: a .txt article as blocks', () => {
  it.each([
    ['a short first line set apart by a blank line is the title, even in sentence case', 'Mayor says plan is "ready for anything."\n\nThe mayor said the plan was "ready for anything."\nA second paragraph.', ['heading: Mayor says plan is "ready for anything."', 'paragraph: The mayor said the plan was "ready for anything."', 'paragraph: A second paragraph.']],
    ['a first line in title case is the title without a blank line', 'Harbour Vote Passes After Long Debate\nThe council voted on Tuesday.', ['heading: Harbour Vote Passes After Long Debate', 'paragraph: The council voted on Tuesday.']],
    ['a first line of prose with no blank line after it is a paragraph', 'The council voted on Tuesday to pass the plan.\nIt was close.', ['paragraph: The council voted on Tuesday to pass the plan.', 'paragraph: It was close.']],
    ['a long first line is no title', `${'The council voted on Tuesday to pass the plan, '.repeat(4)}\n\nIt was close.`, [`paragraph: ${'The council voted on Tuesday to pass the plan, '.repeat(4)}`, 'paragraph: It was close.']],
  ])('%s', (_, text, expected) => {
    expect(roles(text)).toEqual(expected);
  });
});
