import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Result, TabState } from '@/utils/messages';

export default function App() {
  const [state, setState] = useState<TabState | null>(null);
  useEffect(() => {
    void (async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) return setState({ status: 'none' });
      const res = (await browser.runtime.sendMessage({ type: 'get-tab', tabId: tab.id })) as Result<TabState>;
      setState(res.ok ? res.value : { status: 'none' });
    })();
  }, []);
  if (!state) return <p>Loading…</p>;
  if (state.status !== 'done') return <p data-testid="status">{state.status}</p>;
  return (
    <main>
      <h1>{state.analysis.meta.title}</h1>
      <p data-testid="quote-count">{state.analysis.quotes.length}</p>
    </main>
  );
}
