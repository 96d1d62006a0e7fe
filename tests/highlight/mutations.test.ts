// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isOwnNode, mutationsMatter, type MutationLike } from '../../utils/highlight/mutations';

function page() {
  document.body.innerHTML = `
    <header><span id="clock">10:41</span></header>
    <article><p id="p1">"A quote," she said.</p><p id="p2">Another paragraph of text.</p></article>
    <div id="feed"></div>`;
  const blocks = new Set<Node>([document.getElementById('p1')!, document.getElementById('p2')!]);
  return { blocks };
}

const childList = (target: Node, added: Node[] = [], removed: Node[] = []): MutationLike => ({ type: 'childList', target, addedNodes: added, removedNodes: removed });
const text = (target: Node): MutationLike => ({ type: 'characterData', target, addedNodes: [], removedNodes: [] });

describe('mutationsMatter', () => {
  it('text changed inside a paragraph we read', () => {
    const { blocks } = page();
    const t = document.getElementById('p1')!.firstChild!;
    expect(mutationsMatter([text(t)], { blocks })).toBe(true);
    const span = document.createElement('span');
    expect(mutationsMatter([childList(document.getElementById('p2')!, [span])], { blocks })).toBe(true);
  });

  it('a paragraph removed, or one containing it', () => {
    const { blocks } = page();
    const article = document.querySelector('article')!;
    expect(mutationsMatter([childList(document.body, [], [article])], { blocks })).toBe(true);
  });

  it('new text elsewhere counts from 20 characters: a late paragraph yes, a ticking clock no', () => {
    const { blocks } = page();
    const late = document.createElement('p');
    late.textContent = 'A paragraph that arrived late, with "a quote" in it.';
    expect(mutationsMatter([childList(document.getElementById('feed')!, [late])], { blocks })).toBe(true);
    const clock = document.getElementById('clock')!;
    expect(mutationsMatter([text(clock.firstChild!)], { blocks })).toBe(false);
    expect(mutationsMatter([childList(clock, [document.createTextNode('10:42')])], { blocks })).toBe(false);
    const script = document.createElement('script');
    script.textContent = 'window.analytics = { a: 1, b: 2, c: 3, d: 4 };';
    expect(mutationsMatter([childList(document.head, [script])], { blocks })).toBe(false);
  });

  it('our own nodes never count: the card host, our style, the fallback marks', () => {
    const { blocks } = page();
    const host = document.createElement('quotelens-card');
    host.textContent = 'Scott Bessent, Treasury secretary, said something long here';
    const style = document.createElement('style');
    style.setAttribute('data-quotelens', '');
    style.textContent = '::highlight(quotelens-term) { background-color: rgba(0, 0, 0, 0.1); }';
    const mark = document.createElement('quotelens-mark');
    expect(mutationsMatter([childList(document.documentElement, [host]), childList(document.head, [style]), childList(document.getElementById('feed')!, [mark])], { blocks })).toBe(false);
    expect(mutationsMatter([childList(host, [document.createTextNode('x'.repeat(50))])], { blocks })).toBe(false);
    expect(isOwnNode(host) && isOwnNode(style) && isOwnNode(mark)).toBe(true);
    expect(isOwnNode(document.body)).toBe(false);
  });
});
