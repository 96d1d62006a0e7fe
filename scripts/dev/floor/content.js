// The floor: the least a content script must do on an article to meet the issue with the browser's
// own APIs (gate, settings, a DOM walk that keeps a map to text nodes, the blocks to the worker,
// a stylesheet, Highlight ranges, a mutation observer and a hover listener), and nothing that
// decides anything (no scoring, no roles). Timed the way QuoteLens's WorkMeter times its own work:
// the sum of the synchronous pieces, reported in the detail of the measure 'floor:done'.
(async () => {
  const phases = {};
  let total = 0;
  const run = (name, fn) => {
    const t = performance.now();
    try {
      return fn();
    } finally {
      const d = performance.now() - t;
      total += d;
      phases[name] = (phases[name] || 0) + d;
    }
  };
  const BLOCK = new Set('p div h1 h2 h3 h4 h5 h6 li ul ol section article header footer nav figure figcaption blockquote main aside table tr td th form body'.split(' '));
  const SKIP = new Set('script style noscript template svg img input button select textarea code pre iframe video audio canvas'.split(' '));
  const article = run('gate', () => document.querySelectorAll('meta[property="og:type"], script[type="application/ld+json"], article, main').length > 0);
  run('send', () => chrome.runtime.sendMessage({ type: 'warm' }));
  if (!article) return;
  await run('settings', () => chrome.storage.local.get('settings'));
  const read = run('read', () => {
    const blocks = [];
    const maps = [];
    let text = '';
    let map = [];
    const flush = () => {
      if (text.trim()) {
        blocks.push(text);
        maps.push(map);
      }
      text = '';
      map = [];
    };
    const walk = (el) => {
      for (let n = el.firstChild; n; n = n.nextSibling) {
        const type = n.nodeType;
        if (type === 3) {
          map.push([n, text.length]);
          text += n.data;
        } else if (type === 1) {
          const tag = n.localName;
          if (SKIP.has(tag)) continue;
          if (n.hasAttributes()) for (const name of n.getAttributeNames()) if (name === 'class') n.getAttribute('class');
          const block = BLOCK.has(tag);
          if (block && !n.checkVisibility()) continue;
          if (block) flush();
          walk(n);
          if (block) flush();
        }
      }
    };
    walk(document.body);
    flush();
    return { blocks, maps };
  });
  const answer = await run('send', () => chrome.runtime.sendMessage({ type: 'analyze', blocks: read.blocks }));
  run('paint', () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync([0, 1, 2, 3, 4].map((i) => `::highlight(floor-${i}) { background-color: rgba(${i * 40}, 100, 200, 0.3); text-decoration: underline 2px solid rgb(${i * 40} 100 200); }`).join('\n'));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    const byColor = new Map();
    for (const q of answer.quotes) {
      const map = read.maps[q.block];
      const at = (offset) => {
        let k = 0;
        while (k + 1 < map.length && map[k + 1][1] <= offset) k++;
        return [map[k][0], Math.min(offset - map[k][1], map[k][0].length)];
      };
      const range = document.createRange();
      range.setStart(...at(q.start));
      range.setEnd(...at(q.end));
      let h = byColor.get(q.color);
      if (!h) {
        h = new Highlight();
        byColor.set(q.color, h);
        CSS.highlights.set(`floor-${q.color}`, h);
      }
      h.add(range);
    }
  });
  run('setup', () => {
    new MutationObserver(() => {}).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    document.addEventListener('mousemove', () => {}, { passive: true });
  });
  performance.measure('floor:done', { start: 0, detail: { workMs: total, phases, blocks: read.blocks.length, quotes: answer.quotes.length } });
})();
