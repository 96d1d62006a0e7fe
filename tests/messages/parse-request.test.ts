import { describe, expect, it } from 'vitest';
import { MAX_BLOCKS, parseRequest } from '@/utils/messages';

// A raw block as the page walk sends it (utils/page/block.ts).
const RAW_A = { text: 'a', linkLength: 1, facts: 0, parent: 0, grandparent: -1 };

describe('parseRequest', () => {
  it.each([
    [{ type: 'ping' }, true],
    [{ type: 'warm' }, true],
    [{ type: 'analyze', meta: { url: 'http://x/' }, raws: [RAW_A] }, true],
    [{ type: 'analyze', meta: {}, raws: [{ ...RAW_A, role: 'paragraph' }] }, true],
    [{ type: 'analyze', meta: {}, raws: [{ text: 'a', role: 'paragraph' }] }, false],
    [{ type: 'analyze', meta: {}, raws: [{ ...RAW_A, linkLength: 2 }] }, false],
    [{ type: 'analyze', meta: {}, raws: [{ ...RAW_A, facts: -1 }] }, false],
    [{ type: 'analyze', meta: {}, raws: [{ ...RAW_A, facts: 1 << 17 }] }, false],
    [{ type: 'analyze', meta: {}, raws: [{ ...RAW_A, parent: 1.5 }] }, false],
    [{ type: 'analyze', meta: {}, raws: [{ ...RAW_A, grandparent: -2 }] }, false],
    [{ type: 'analyze', meta: {}, raws: [{ ...RAW_A, parent: 2 * MAX_BLOCKS + 1 }] }, false],
    [{ type: 'analyze', meta: {}, blocks: [{ text: 'a', role: 'paragraph' }] }, false],
    [{ type: 'analyze', meta: { url: 3 }, raws: [] }, false],
    [{ type: 'analyze', meta: {}, raws: [], parts: { scan: 'k1', count: 3 } }, true],
    [{ type: 'analyze', meta: {}, raws: [], parts: { scan: '', count: 3 } }, false],
    [{ type: 'analyze', meta: {}, raws: [], parts: { scan: 'k1', count: -1 } }, false],
    [{ type: 'analyze', meta: {}, raws: [], parts: 'k1' }, false],
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
  ])('%j → ok=%s', (message, expected) => {
    expect(parseRequest(message).ok).toBe(expected);
  });

  it('names the unknown type in the error', () => {
    const res = parseRequest({ type: 'evil' });
    expect(res).toEqual({ ok: false, error: 'unknown message type: evil' });
  });
});
