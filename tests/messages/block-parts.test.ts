import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PartsInbox, splitBlocks } from '@/utils/block-parts';
import { MAX_TEXT } from '@/utils/messages';
import type { RawBlock } from '@/utils/page/block';

const block = (text: string): RawBlock => ({ text, linkLength: 0, flags: 0, el: 0, zone: -1, aside: -1, boiler: -1, role: -1 });

describe('splitBlocks', () => {
  it.each([
    [[], 10, [[]]],
    [['aaaa'], 10, [['aaaa']]],
    [['aaaa', 'bbbb', 'cc'], 10, [['aaaa', 'bbbb', 'cc']]],
    [['aaaa', 'bbbb', 'ccc'], 10, [['aaaa', 'bbbb'], ['ccc']]],
    [['a'.repeat(25), 'b'], 10, [['a'.repeat(25)], ['b']]],
    [['b', 'a'.repeat(25), 'c'], 10, [['b'], ['a'.repeat(25)], ['c']]],
  ])('%j in parts of %i → %j', (texts, max, expected) => {
    expect(splitBlocks(texts.map(block), max).map((p) => p.map((b) => b.text))).toEqual(expected);
  });

  it('keeps every block in order, and no part over the limit holds more than one block', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 30 })), fc.integer({ min: 1, max: 50 }), (texts, max) => {
        const parts = splitBlocks(texts.map(block), max);
        expect(parts.flat().map((b) => b.text)).toEqual(texts);
        for (const p of parts) {
          const size = p.reduce((n, b) => n + b.text.length, 0);
          if (size > max) expect(p).toHaveLength(1);
        }
      }),
    );
  });
});

describe('PartsInbox', () => {
  const whole = ['one', 'two', 'three', 'four'].map(block);

  it('puts the parts of a scan together in order, whatever order they came in', () => {
    const inbox = new PartsInbox<RawBlock>();
    expect(inbox.add(7, 's1', 1, [whole[1], whole[2]])).toBe(true);
    expect(inbox.add(7, 's1', 0, [whole[0]])).toBe(true);
    expect(inbox.take(7, 's1', 2, [whole[3]])).toEqual(whole);
    // taken once: the parts are gone
    expect(inbox.take(7, 's1', 2, [whole[3]])).toBeNull();
  });

  it('a missing part, another scan or another tab gives null, never a page with a hole', () => {
    const inbox = new PartsInbox<RawBlock>();
    inbox.add(7, 's1', 0, [whole[0]]);
    inbox.add(7, 's1', 2, [whole[2]]);
    expect(inbox.take(7, 's1', 3, [whole[3]])).toBeNull();
    inbox.add(7, 's1', 0, [whole[0]]);
    expect(inbox.take(7, 's2', 1, [whole[3]])).toBeNull();
    inbox.add(8, 's1', 0, [whole[0]]);
    expect(inbox.take(7, 's1', 1, [whole[3]])).toBeNull();
    expect(inbox.take(8, 's1', 1, [whole[3]])).toEqual([whole[0], whole[3]]);
  });

  it('a part that comes twice drops the scan', () => {
    const inbox = new PartsInbox<RawBlock>();
    expect(inbox.add(7, 's', 0, [whole[0]])).toBe(true);
    expect(inbox.add(7, 's', 0, [whole[1]])).toBe(false);
    expect(inbox.take(7, 's', 1, [whole[3]])).toBeNull();
  });

  it('a new scan of the tab drops the parts of the old one', () => {
    const inbox = new PartsInbox<RawBlock>();
    inbox.add(7, 'old', 0, [whole[0]]);
    inbox.add(7, 'new', 0, [whole[1]]);
    expect(inbox.take(7, 'new', 1, [whole[3]])).toEqual([whole[1], whole[3]]);
  });

  it('no parts: the last message is the page', () => {
    expect(new PartsInbox<RawBlock>().take(7, 's', 0, whole)).toEqual(whole);
  });

  it('refuses parts that together pass the bounds of one message, and forgets a closed tab', () => {
    const inbox = new PartsInbox<RawBlock>();
    const big = [block('x'.repeat(MAX_TEXT / 2))];
    expect(inbox.add(7, 's', 0, big)).toBe(true);
    expect(inbox.add(7, 's', 1, big)).toBe(true);
    expect(inbox.add(7, 's', 2, [block('y')])).toBe(false);
    expect(inbox.take(7, 's', 3, [])).toBeNull();
    inbox.add(7, 's', 0, big);
    inbox.add(7, 's', 1, big);
    expect(inbox.take(7, 's', 2, [block('y')])).toBeNull();
    inbox.add(9, 's', 0, [whole[0]]);
    inbox.forget(9);
    expect(inbox.take(9, 's', 1, [])).toBeNull();
  });
});
