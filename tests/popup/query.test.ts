/** popup.html?tab=ID&speaker=NAME */
import { describe, expect, it } from 'vitest';
import { parsePopupQuery } from '@/utils/popup/query';

describe('parsePopupQuery', () => {
  it.each([
    ['', {}],
    ['?tab=12', { tabId: 12 }],
    ['?tab=0', { tabId: 0 }],
    ['?tab=-1', {}],
    ['?tab=1.5', {}],
    ['?tab=abc', {}],
    ['?tab=99999999999', {}],
    ['?tab=2147483647', { tabId: 2147483647 }],
    ['?tab=7&speaker=Scott%20Bessent', { tabId: 7, speaker: 'Scott Bessent' }],
    ['?speaker=%20%20Zo%C3%AB%0A%20Roe%20', { speaker: 'Zoë Roe' }],
    ['?speaker=', {}],
    [`?speaker=${'x'.repeat(400)}`, { speaker: 'x'.repeat(300) }],
  ])('%s', (search, expected) => expect(parsePopupQuery(search)).toEqual(expected));
});
