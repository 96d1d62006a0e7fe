import { describe, expect, it } from 'vitest';
import { parseContentRequest } from '../../utils/messages';

describe('parseContentRequest (what a content script accepts)', () => {
  it.each([
    [{ type: 'content/status' }],
    [{ type: 'content/scan' }],
    [{ type: 'content/reveal', quoteId: 'q12' }],
    [{ type: 'content/step', direction: 1 }],
    [{ type: 'content/step', direction: -1 }],
  ])('accepts %j', (message) => {
    expect(parseContentRequest(message)).toEqual({ ok: true, value: message });
  });

  it('drops fields it does not know', () => {
    expect(parseContentRequest({ type: 'content/scan', extra: '<script>' })).toEqual({ ok: true, value: { type: 'content/scan' } });
  });

  it.each([
    [null, 'message is not an object with a type'],
    ['content/scan', 'message is not an object with a type'],
    [{ type: 'content/reveal' }, 'content/reveal: bad quoteId'],
    [{ type: 'content/reveal', quoteId: '' }, 'content/reveal: bad quoteId'],
    [{ type: 'content/reveal', quoteId: 'x'.repeat(101) }, 'content/reveal: bad quoteId'],
    [{ type: 'content/step', direction: 2 }, 'content/step: bad direction'],
    [{ type: 'content/step', direction: '1' }, 'content/step: bad direction'],
    [{ type: 'analyze' }, 'unknown message type: analyze'],
  ])('refuses %j with an error value', (message, error) => {
    expect(parseContentRequest(message)).toEqual({ ok: false, error });
  });
});
