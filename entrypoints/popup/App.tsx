import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Result, TabState } from '@/utils/messages';

/** `popup.html?tab=ID` shows that tab's results (tests, "open in a tab"); otherwise the active tab's. */
function tabIdFromQuery(search: string): number | undefined {
  const value = new URLSearchParams(search).get('tab');
  return value !== null && /^\d+$/.test(value) ? Number(value) : undefined;
}

export default function App() {
  const [state, setState] = useState<TabState | null>(null);
  useEffect(() => {
    void (async () => {
      const tabId =
        tabIdFromQuery(location.search) ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (tabId === undefined) return setState({ status: 'none' });
      const res = (await browser.runtime.sendMessage({ type: 'get-tab', tabId })) as Result<TabState>;
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
