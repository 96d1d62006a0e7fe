// @vitest-environment happy-dom
/** The hover card: what it shows, that page text stays text, and what its controls do. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import HoverCard from '@/components/HoverCard';
import { cardModel } from '@/utils/highlight/card';
import { speakerColor } from '@/utils/highlight/colors';
import { quote, speaker } from './quotes';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.appendChild(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const bessent = cardModel(
  quote(5, 0, 30, {
    text: 'They had things we wanted',
    cue: 'said',
    confidence: 0.8,
    speaker: speaker('Scott Bessent', { mention: 'he', source: 'pronoun', actorId: 'Q7436464', role: 'Treasury secretary', roleSource: 'actors' }),
  }),
  { key: 'actor:Q7436464', name: 'Scott Bessent', color: speakerColor('actor:Q7436464') },
  { title: 'T', url: 'https://news.example/a' },
);

function show(model = bessent, handlers: Partial<Parameters<typeof HoverCard>[0]> = {}) {
  const props = { model, onCopy: vi.fn(async () => true), onOpenList: vi.fn(), onClose: vi.fn(), ...handlers };
  act(() => render(<HoverCard {...props} />, root));
  const q = (id: string) => root.querySelector(`[data-testid=${id}]`);
  return { props, q };
}

describe('HoverCard', () => {
  it('shows the speaker, role and where it came from, the cue, how the speaker was found, the confidence', () => {
    const { q } = show();
    expect(q('card-speaker')?.textContent).toBe('Scott Bessent');
    expect(q('card-role')?.textContent).toBe('Treasury secretary · from actor list');
    expect(q('card-cue')?.textContent).toBe('said');
    expect(q('card-how')?.textContent).toBe('“he” → Scott Bessent');
    expect(q('card-confidence')?.textContent).toBe('80% (high)');
    expect(q('card-wikidata')?.getAttribute('href')).toBe('https://www.wikidata.org/wiki/Q7436464');
    expect(q('card-wikidata')?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(root.textContent).toContain('“They had things we wanted”');
  });

  it('renders page text as text, never as HTML', () => {
    const evil = cardModel(quote(1, 0, 9, { text: '<img src=x onerror="window.__pwned=1">', speaker: speaker('<script>x()</script>') }), null);
    const { q } = show(evil);
    expect(root.querySelector('img, script')).toBeNull();
    expect(q('card-speaker')?.textContent).toBe('<script>x()</script>');
    expect(root.textContent).toContain('<img src=x onerror="window.__pwned=1">');
  });

  it('copies the quote with its attribution, and says whether it could', async () => {
    const { props, q } = show();
    await act(async () => {
      (q('card-copy') as HTMLButtonElement).click();
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(props.onCopy).toHaveBeenCalledWith(bessent.copyText);
    expect(q('card-copy')?.textContent).toBe('Copied');
    const refused = show(bessent, { onCopy: vi.fn(async () => false) });
    await act(async () => {
      (refused.q('card-copy') as HTMLButtonElement).click();
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(refused.q('card-copy')?.textContent).toBe('Copy not allowed');
  });

  it('"All quotes by this speaker" asks for the list filtered by the group name', () => {
    const { props, q } = show();
    act(() => (q('card-list') as HTMLButtonElement).click());
    expect(props.onOpenList).toHaveBeenCalledWith('Scott Bessent');
  });

  it('a term has no speaker to list and no Wikidata link', () => {
    const { q } = show(cardModel(quote(1, 0, 9, { kind: 'term', text: 'Hong Kong Parliament' }), null));
    expect(q('card-speaker')?.textContent).toBe('Term in quotation marks');
    expect(q('card-list')).toBeNull();
    expect(q('card-wikidata')).toBeNull();
  });

  it('Escape and the close button close it; in keyboard mode it takes the focus', () => {
    const { props, q } = show(bessent, { autoFocus: true });
    const card = q('hover-card') as HTMLElement;
    expect(document.activeElement).toBe(card);
    act(() => void card.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(props.onClose).toHaveBeenCalledTimes(1);
    act(() => (root.querySelector('button.close') as HTMLButtonElement).click());
    expect(props.onClose).toHaveBeenCalledTimes(2);
  });
});
