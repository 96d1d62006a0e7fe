import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import ExportMenu from '@/components/ExportMenu';
import FilterBox from '@/components/FilterBox';
import PopupStatus, { type StatusAction } from '@/components/PopupStatus';
import SpeakerGroup from '@/components/SpeakerGroup';
import TermsGroup from '@/components/TermsGroup';
import UnattributedGroup from '@/components/UnattributedGroup';
import { renderExport, type ExportFormat } from '@/utils/export';
import type { ContentRequest, Request, Result, TabState } from '@/utils/messages';
import { exportInputFrom } from '@/utils/popup/export-input';
import { copyText, downloadText } from '@/utils/popup/files';
import { parsePopupQuery } from '@/utils/popup/query';
import {
  ALL_SITES,
  decidePhase,
  keepPolling,
  originPattern,
  POLL_EVERY_MS,
  POLL_LIMIT_MS,
  unwrapContentStatus,
  type PopupFacts,
} from '@/utils/popup/state';
import { buildPopupView, plural } from '@/utils/popup/view';
import { getSettings, watchSettings, type Palette } from '@/utils/storage';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const send = (request: Request) => browser.runtime.sendMessage(request) as Promise<Result<unknown>>;
const tell = (tabId: number, request: ContentRequest) => browser.tabs.sendMessage(tabId, request) as Promise<unknown>;
const EXPORT_NAMES: Record<ExportFormat, string> = { json: 'JSON', csv: 'CSV', md: 'Markdown' };

/** A content script's answer that is an error value. */
const refused = (answer: unknown): string | undefined =>
  answer && typeof answer === 'object' && (answer as { ok?: unknown }).ok === false ? String((answer as { error?: unknown }).error ?? 'refused') : undefined;

/**
 * The who-said-what list for a tab. Wiring only: the state is decided by utils/popup/state, the
 * list by utils/popup/view, the exports by utils/export.
 */
export default function App() {
  const query = useMemo(() => parsePopupQuery(location.search), []);
  /** Opened as a page (popup.html?tab=ID, "open in a tab") rather than from the toolbar. */
  const inTab = query.tabId !== undefined;
  const [tabId, setTabId] = useState<number | undefined>(query.tabId);
  const [facts, setFacts] = useState<PopupFacts>({});
  const [palette, setPalette] = useState<Palette>('default');
  const [filter, setFilter] = useState(query.speaker ?? '');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  /** Bumped to start asking again (after scan, grant, reload, retry). */
  const [round, setRound] = useState(0);
  const scanRequested = useRef(false);

  useEffect(() => {
    document.documentElement.classList.toggle('in-tab', inTab);
    document.documentElement.classList.toggle('in-popup', !inTab);
    void getSettings().then((s) => {
      setPalette(s.palette);
      setFacts((f) => ({ ...f, autoScan: s.autoScan }));
    });
    return watchSettings((s) => setPalette(s.palette));
  }, [inTab]);

  useEffect(() => {
    let stopped = false;
    const started = Date.now();
    void (async () => {
      const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (id === undefined) return setFacts({ tab: { error: 'There is no tab to show quotes for.' } });
      if (id !== tabId) setTabId(id);
      const { autoScan } = await getSettings();
      for (;;) {
        const next: PopupFacts = { autoScan, scanRequested: scanRequested.current };
        const answer = await send({ type: 'get-tab', tabId: id }).catch((e: unknown) => ({ ok: false as const, error: String(e) }));
        next.tab = answer.ok ? (answer.value as TabState) : { error: answer.error };
        if (answer.ok && next.tab && 'status' in next.tab && next.tab.status === 'none') {
          const tab = await browser.tabs.get(id).catch(() => undefined);
          if (!tab) return !stopped && setFacts({ tab: { error: 'That tab is closed.' } });
          next.url = tab.url;
          next.tabLoading = tab.status === 'loading';
          const pattern = tab.url ? originPattern(tab.url) : null;
          if (pattern) next.hasAccess = await browser.permissions.contains({ origins: [pattern] }).catch(() => undefined);
          next.content = await tell(id, { type: 'content/status' }).then(
            (a) => unwrapContentStatus(a) ?? { scanned: false, highlights: 0 },
            () => 'unreachable' as const,
          );
        }
        if (stopped) return;
        setFacts(next);
        const phase = decidePhase(next);
        if (phase.phase === 'done' || phase.phase === 'empty') scanRequested.current = false;
        if (!keepPolling(phase)) return;
        if (Date.now() - started > POLL_LIMIT_MS) {
          scanRequested.current = false;
          return setFacts({ tab: { error: 'Scanning is taking too long. The page may be very large, or QuoteLens is not running in it.' } });
        }
        await sleep(POLL_EVERY_MS);
        if (stopped) return;
      }
    })();
    return () => {
      stopped = true;
    };
  }, [round]);

  const phase = decidePhase(facts);
  const analysis = phase.phase === 'done' || phase.phase === 'empty' ? phase.analysis : undefined;
  const view = useMemo(() => (analysis ? buildPopupView(analysis, { palette, filter }) : undefined), [analysis, palette, filter]);

  const reveal = async (quoteId: string) => {
    if (tabId === undefined) return;
    try {
      const answer = await tell(tabId, { type: 'content/reveal', quoteId });
      const error = refused(answer);
      if (error) return setNote(`The page could not show that quote: ${error}`);
      if (inTab) await browser.tabs.update(tabId, { active: true });
      setNote('');
    } catch {
      setNote('QuoteLens could not reach the page. Reload it and try again.');
    }
  };

  const exportText = (format: ExportFormat, bom: boolean) => {
    if (!analysis) throw new Error('nothing to export');
    return renderExport(format, exportInputFrom(analysis, browser.runtime.getManifest().version), { bom });
  };
  const download = (format: ExportFormat) => {
    try {
      const out = exportText(format, true);
      downloadText(document, out.text, out.fileName, out.mimeType);
      setNote(`Saved ${out.fileName}`);
    } catch (e) {
      setNote(`Could not save: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const copy = async (format: ExportFormat) => {
    const out = exportText(format, false);
    setNote((await copyText(document, out.text)) ? `Copied ${plural(analysis?.quotes.length ?? 0, 'quote')} as ${EXPORT_NAMES[format]}` : 'The browser did not allow copying. Save the file instead.');
  };

  const act = async (action: StatusAction) => {
    if (tabId === undefined && action !== 'retry') return;
    setBusy(true);
    setNote('');
    try {
      if (action === 'scan') {
        const answer = await tell(tabId!, { type: 'content/scan' });
        const error = refused(answer);
        if (error) return setNote(`The page refused to be scanned: ${error}`);
        scanRequested.current = true;
      } else if (action === 'grant') {
        const pattern = facts.url ? originPattern(facts.url) : null;
        const granted = await browser.permissions.request({ origins: pattern ? [pattern] : ALL_SITES });
        if (!granted) return setNote('Access was not granted.');
        await browser.tabs.reload(tabId!);
      } else if (action === 'reload') {
        await browser.tabs.reload(tabId!);
      }
      setFacts((f) => ({ autoScan: f.autoScan }));
      setRound((r) => r + 1);
    } catch (e) {
      setNote(action === 'scan' ? 'QuoteLens is not running in this page. Reload the page and try again.' : `That did not work: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const openInTab = async () => {
    if (tabId === undefined) return;
    const answer = await send({ type: 'open-list', tabId, ...(filter.trim() ? { speaker: filter.trim() } : {}) }).catch((e: unknown) => ({ ok: false, error: String(e) }));
    if (answer.ok) window.close();
    else setNote(`Could not open the list in a tab: ${(answer as { error: string }).error}`);
  };
  const backToPage = () => tabId !== undefined && void browser.tabs.update(tabId, { active: true }).catch(() => setNote('That tab is closed.'));

  if (!view || !analysis) {
    return (
      <main class="popup">
        <header class="head">
          <h1 class="brand">QuoteLens</h1>
        </header>
        <div class="list">
          <PopupStatus phase={phase as Exclude<typeof phase, { phase: 'done' }>} busy={busy} note={note} onAction={(a) => void act(a)} />
        </div>
      </main>
    );
  }

  const { counts } = view;
  const byline = [view.site, view.published].filter(Boolean).join(' · ');
  return (
    <main class="popup">
      <header class="head">
        <h1 class="page-title" title={view.title}>
          {view.title}
        </h1>
        {byline && <p class="byline muted">{byline}</p>}
        <p class="counts">
          <strong data-testid="quote-count">{counts.quotes}</strong> {counts.quotes === 1 ? 'quote' : 'quotes'} ·{' '}
          <strong data-testid="speaker-count">{counts.speakers}</strong> {counts.speakers === 1 ? 'speaker' : 'speakers'}
          {counts.terms > 0 && <span class="muted"> · {plural(counts.terms, 'term')}</span>}
        </p>
        <div class="toolbar">
          <FilterBox value={filter} onInput={setFilter} />
          {inTab ? (
            <button type="button" data-testid="back-to-page" onClick={backToPage}>
              Go to the page
            </button>
          ) : (
            <button type="button" data-testid="open-in-tab" onClick={() => void openInTab()} title="Open this list in a tab, full size">
              Open in a tab
            </button>
          )}
        </div>
      </header>
      <div class="list" data-testid="quote-list">
        {phase.phase === 'empty' && <PopupStatus phase={phase} onAction={(a) => void act(a)} />}
        {view.filtered && (
          <p class="filter-result muted" role="status" data-testid="filter-result">
            {view.shown ? `${plural(view.shown, 'quote')} match “${filter.trim()}”.` : `Nothing matches “${filter.trim()}”.`}
          </p>
        )}
        {view.speakers.map((s) => (
          <SpeakerGroup key={s.key} speaker={s} onReveal={(id) => void reveal(id)} />
        ))}
        <UnattributedGroup quotes={view.unattributed} color={view.termColor.solid} onReveal={(id) => void reveal(id)} />
        <TermsGroup terms={view.terms} color={view.termColor.solid} open={view.filtered} onReveal={(id) => void reveal(id)} />
      </div>
      <footer class="foot">
        <ExportMenu onDownload={download} onCopy={(f) => void copy(f)} disabled={!counts.quotes} />
        <p class="note" role="status" data-testid="note">
          {note}
        </p>
      </footer>
    </main>
  );
}
