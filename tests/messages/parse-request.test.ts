import { describe, expect, it } from 'vitest';
import { idsInTree, parseRequest } from '@/utils/messages';

// A page walk as the content script sends it (utils/page/block.ts): a block in <p> in <body>.
const RAW_A = { text: 'a', linkLength: 1, flags: 0, el: 2, zone: -1, aside: -1, boiler: -1, role: -1 };
const TREE = [
  { parent: -1, tag: 'html', cls: '', id: '', article: false, children: 1 },
  { parent: 0, tag: 'body', cls: 'page', id: '', article: false, children: 1 },
  { parent: 1, tag: 'p', cls: '', id: 'intro', article: false, children: 0 },
];
const WALK = { type: 'analyze', meta: {}, raws: [RAW_A], tree: TREE, top: 1, zonesLeftOut: false };

describe('parseRequest', () => {
  it.each([
    [{ type: 'ping' }, true],
    [{ type: 'warm' }, true],
    [{ ...WALK, meta: { url: 'http://x/' } }, true],
    [{ ...WALK, raws: [{ ...RAW_A, extra: 'ignored' }] }, true],
    [{ ...WALK, raws: [{ text: 'a', role: 'paragraph' }] }, false],
    [{ ...WALK, raws: [{ ...RAW_A, linkLength: 2 }] }, false],
    [{ ...WALK, raws: [{ ...RAW_A, flags: -1 }] }, false],
    [{ ...WALK, raws: [{ ...RAW_A, flags: 1 << 9 }] }, false],
    [{ ...WALK, raws: [{ ...RAW_A, el: 1.5 }] }, false],
    [{ ...WALK, raws: [{ ...RAW_A, el: -1 }] }, false],
    [{ ...WALK, raws: [{ ...RAW_A, zone: -2 }] }, false],
    ['an id outside the tree', { ...WALK, raws: [{ ...RAW_A, aside: 3 }] }, false],
    [{ ...WALK, tree: undefined }, false],
    [{ ...WALK, top: 3 }, false],
    [{ ...WALK, zonesLeftOut: 'no' }, false],
    ['a parent after its child', { ...WALK, tree: [TREE[0], { ...TREE[1], parent: 1 }, TREE[2]] }, false],
    [{ ...WALK, tree: [TREE[0], { ...TREE[1], cls: 7 }, TREE[2]] }, false],
    [{ ...WALK, tree: [TREE[0], { ...TREE[1], children: -1 }, TREE[2]] }, false],
    [{ type: 'analyze', meta: {}, blocks: [{ text: 'a', role: 'paragraph' }] }, false],
    [{ ...WALK, meta: { url: 3 } }, false],
    // in parts: the ids are checked once all parts are in (idsInTree)
    [{ ...WALK, raws: [{ ...RAW_A, aside: 3 }], parts: { scan: 'k1', count: 3 } }, true],
    [{ ...WALK, raws: [], parts: { scan: '', count: 3 } }, false],
    [{ ...WALK, raws: [], parts: { scan: 'k1', count: -1 } }, false],
    [{ ...WALK, raws: [], parts: 'k1' }, false],
    [{ type: 'analyze-part', scan: 'k1', index: 0, raws: [RAW_A] }, true],
    [{ type: 'analyze-part', scan: 'k1', index: 1.5, raws: [] }, false],
    [{ type: 'analyze-part', scan: 'x'.repeat(65), index: 0, raws: [] }, false],
    [{ type: 'analyze-part', scan: 'k1', index: 0, raws: [{ text: 'a' }] }, false],
    [{ type: 'get-tab', tabId: 4 }, true],
    [{ type: 'get-tab', tabId: '4' }, false],
    [{ type: 'nope' }, false],
    ['ping', false],
    [null, false],
    [[{ type: 'ping' }], false],
  ] as Array<[unknown, boolean] | [string, unknown, boolean]>)('%j', (...row) => {
    const [message, expected] = row.length === 3 ? [row[1], row[2]] : row;
    expect(parseRequest(message).ok).toBe(expected);
  });

  it('idsInTree: every id a block names is in the tree', () => {
    expect(idsInTree([RAW_A], 3)).toBe(true);
    expect(idsInTree([RAW_A], 2)).toBe(false);
    expect(idsInTree([{ ...RAW_A, role: 3 }], 3)).toBe(false);
  });

  it('names the unknown type in the error', () => {
    const res = parseRequest({ type: 'evil' });
    expect(res).toEqual({ ok: false, error: 'unknown message type: evil' });
  });
});
