/** Test documents from HTML, in either DOM the project uses: happy-dom (like the browser) or linkedom (the CLI). */
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';

export type Engine = 'happy-dom' | 'linkedom';
export const ENGINES: Engine[] = ['happy-dom', 'linkedom'];

export function happyDoc(html: string, url = 'https://news.example/2025/07/26/story'): Document {
  const window = new Window({ url });
  window.document.write(html);
  return window.document as unknown as Document;
}

export function linkedomDoc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export function docFrom(html: string, engine: Engine = 'happy-dom'): Document {
  return engine === 'happy-dom' ? happyDoc(html) : linkedomDoc(html);
}

const PROSE = [
  'The council voted on Tuesday to expand the harbour, a decision that had been delayed for three years, officials said.',
  'Opponents argued that the plan, which would cost about $40 million, ignored the concerns of residents and fishermen alike.',
  'Supporters, including the mayor and several business groups, said the project would bring jobs, tourism and new revenue.',
  'The final vote, taken late in the evening after hours of debate, was seven to two, with one member absent from the chamber.',
];

/** A news page: header, nav, an article of prose with `inner` in the middle, a sidebar and a footer. */
export function newsPage(inner: string, { head = '', after = '' }: { head?: string; after?: string } = {}): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour plan approved | Example News</title>${head}</head>
<body>
  <header class="site"><strong>Example News</strong><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a></nav></header>
  <main>
    <article class="story">
      <h1>Harbour plan approved after long fight</h1>
      <div class="article-body">
        <p>${PROSE[0]}</p>
        <p>${PROSE[1]}</p>
        ${inner}
        <p>${PROSE[2]}</p>
        <p>${PROSE[3]}</p>
      </div>
    </article>
    ${after}
  </main>
  <footer class="site">© Example News. All rights reserved. <a href="/privacy">Privacy</a></footer>
</body></html>`;
}
