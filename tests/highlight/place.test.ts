import { describe, expect, it } from 'vitest';
import { placeCard } from '../../utils/highlight/place';

const view = { width: 1000, height: 800 };
const card = { width: 360, height: 200 };

describe('placeCard', () => {
  it('below the line when it fits', () => {
    expect(placeCard({ left: 100, top: 100, width: 300, height: 20 }, card, view)).toEqual({ left: 100, top: 128, side: 'below' });
  });
  it('above when there is no room below', () => {
    expect(placeCard({ left: 100, top: 700, width: 300, height: 20 }, card, view)).toEqual({ left: 100, top: 492, side: 'above' });
  });
  it('inside the viewport at the right edge and when neither side has room', () => {
    expect(placeCard({ left: 900, top: 100, width: 50, height: 20 }, card, view).left).toBe(632);
    const tiny = placeCard({ left: 10, top: 100, width: 50, height: 20 }, card, { width: 300, height: 250 });
    expect(tiny.left).toBe(8);
    expect(tiny.top).toBe(42);
  });
});
