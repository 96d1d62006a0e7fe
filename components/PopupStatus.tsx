import type { ComponentChildren } from 'preact';
import type { PopupPhase } from '@/utils/popup/state';

export type StatusAction = 'scan' | 'grant' | 'reload' | 'retry';

interface Props {
  phase: Exclude<PopupPhase, { phase: 'done' }>;
  /** An action in progress, or the outcome of the last one. */
  busy?: boolean;
  note?: string;
  onAction: (action: StatusAction) => void;
}

/**
 * What the popup says when it has no list to show: still scanning, nothing found, the page cannot
 * be scanned (with what the reader can do about it), or an error. `data-testid="status"` carries
 * the phase in `data-phase` for tests.
 */
export default function PopupStatus({ phase, busy = false, note, onAction }: Props) {
  const button = (action: StatusAction, label: string, primary = true) => (
    <button type="button" class={primary ? 'primary' : ''} data-testid={`action-${action}`} disabled={busy} onClick={() => onAction(action)}>
      {label}
    </button>
  );
  let title: string;
  let body: ComponentChildren = null;
  let actions: ComponentChildren = null;
  switch (phase.phase) {
    case 'loading':
      title = 'Loading…';
      break;
    case 'scanning':
      title = 'Still scanning this page…';
      body = <p>QuoteLens is reading the page and finding who said what. The list appears here when it is done.</p>;
      break;
    case 'empty':
      title = 'No quotes on this page';
      body = <p>QuoteLens read this page and found no quoted statements in it.</p>;
      break;
    case 'skipped':
      title = 'This page was not scanned';
      body = (
        <p>
          QuoteLens only scans pages that look like articles. Here: <span class="reason">{phase.reason}</span>.
        </p>
      );
      actions = button('scan', 'Scan this page anyway');
      break;
    case 'unscannable':
      title = "This page can't be scanned";
      if (phase.why === 'browser-page') {
        body = <p>This is a browser or store page: extensions may not read it.</p>;
      } else if (phase.why === 'not-loaded') {
        body = <p>The page was open before QuoteLens was installed or updated. Reload it to scan it.</p>;
        actions = button('reload', 'Reload the page');
      } else {
        body = (
          <p>
            QuoteLens has no access to this site, or this is a browser page. Allow QuoteLens to read {phase.url ? 'this site' : 'web pages'}, then the page is
            reloaded and scanned.
          </p>
        );
        actions = (
          <>
            {button('grant', phase.url ? 'Allow on this site' : 'Allow on all sites')}
            {button('scan', 'Scan anyway', false)}
          </>
        );
      }
      break;
    case 'error':
      title = 'Something went wrong';
      body = <p class="status-bad">{phase.message}</p>;
      actions = button('retry', 'Try again', false);
      break;
  }
  return (
    <section class="status" data-testid="status" data-phase={phase.phase} aria-live="polite">
      <h2 class="status-title">{title}</h2>
      {body}
      {actions && <div class="status-actions">{actions}</div>}
      {note && <p class="status-note muted">{note}</p>}
    </section>
  );
}
