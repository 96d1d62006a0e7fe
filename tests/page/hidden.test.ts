import { describe, expect, it } from 'vitest';
import { hiddenByStyle, readPage } from '@/utils/page';
import { docFrom } from './dom';

describe('hiddenByStyle', () => {
  it('is false where checkVisibility is missing', () => {
    const el = { localName: 'div' } as unknown as Element;
    expect(hiddenByStyle(el)).toBe(false);
  });

  it('follows checkVisibility where the browser has it', () => {
    const shown = { checkVisibility: () => true } as unknown as Element;
    const hidden = { checkVisibility: () => false } as unknown as Element;
    expect(hiddenByStyle(shown)).toBe(false);
    expect(hiddenByStyle(hidden)).toBe(true);
  });

  it('lets the reader skip what the page hides with its own CSS', () => {
    const doc = docFrom(
      '<!doctype html><html><body><article><p>Shown paragraph.</p><div class="collapsed"><p>Hidden by a stylesheet.</p></div></article></body></html>',
    );
    const isHidden = (el: Element): boolean => el.classList.contains('collapsed');
    expect(readPage(doc).blocks.map((b) => b.text)).toEqual(['Shown paragraph.', 'Hidden by a stylesheet.']);
    expect(readPage(doc, { isHidden }).blocks.map((b) => b.text)).toEqual(['Shown paragraph.']);
  });
});
