import { describe, expect, it } from 'vitest';
import { parseRequest } from '@/utils/messages';

describe('parseRequest', () => {
  it.each([
    [{ type: 'ping' }, true],
    [{ type: 'warm' }, true],
    [{ type: 'analyze', meta: { url: 'http://x/' }, blocks: [{ text: 'a', role: 'paragraph' }] }, true],
    [{ type: 'analyze', meta: {}, blocks: [{ text: 'a', role: 'script' }] }, false],
    [{ type: 'analyze', meta: { url: 3 }, blocks: [] }, false],
    [{ type: 'analyze', meta: {}, blocks: [], parts: { scan: 'k1', count: 3 } }, true],
    [{ type: 'analyze', meta: {}, blocks: [], parts: { scan: '', count: 3 } }, false],
    [{ type: 'analyze', meta: {}, blocks: [], parts: { scan: 'k1', count: -1 } }, false],
    [{ type: 'analyze', meta: {}, blocks: [], parts: 'k1' }, false],
    [{ type: 'analyze-part', scan: 'k1', index: 0, blocks: [{ text: 'a', role: 'paragraph' }] }, true],
    [{ type: 'analyze-part', scan: 'k1', index: 1.5, blocks: [] }, false],
    [{ type: 'analyze-part', scan: 'x'.repeat(65), index: 0, blocks: [] }, false],
    [{ type: 'analyze-part', scan: 'k1', index: 0, blocks: [{ text: 'a' }] }, false],
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
