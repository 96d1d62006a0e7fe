import { useEffect, useRef, useState } from 'preact/hooks';
import type { CardModel } from '@/utils/highlight/card';

interface Props {
  model: CardModel;
  /** Copies the text; resolves to whether the browser allowed it. */
  onCopy: (text: string) => Promise<boolean>;
  /** Opens the who-said-what list filtered to this speaker. */
  onOpenList: (speakerName: string) => void;
  onClose: () => void;
  /** Keyboard mode: the card takes the focus when it appears (Tab reaches its buttons). */
  autoFocus?: boolean;
}

/**
 * The card shown over a highlighted quote (hover) or the quote the keyboard stepped to. Rendered in
 * a shadow root; every string from the page is rendered as text, never as HTML.
 */
export default function HoverCard({ model, onCopy, onOpenList, onClose, autoFocus }: Props) {
  const [copied, setCopied] = useState<'' | 'yes' | 'no'>('');
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => setCopied(''), [model.quoteId]);
  useEffect(() => {
    if (autoFocus) root.current?.focus();
  }, [model.quoteId, autoFocus]);
  const s = model.speaker;
  const title = s ? s.name : model.kind === 'term' ? 'Term in quotation marks' : 'Unattributed';
  return (
    <div
      ref={root}
      class="card"
      role="dialog"
      aria-label={`Quote by ${title}`}
      tabIndex={-1}
      data-testid="hover-card"
      data-quote-id={model.quoteId}
      style={{ borderTopColor: model.color.solid }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onClose();
        }
      }}
    >
      <div class="head">
        <span class="swatch" style={{ background: model.color.solid }} aria-hidden="true" />
        <strong class="name" data-testid="card-speaker">
          {title}
        </strong>
        <button type="button" class="close" aria-label="Close" title="Close (Esc)" onClick={onClose}>
          ×
        </button>
      </div>
      {s?.role && (
        <p class="role" data-testid="card-role">
          {s.role}
          {s.roleFrom && <span class="muted"> · from {s.roleFrom}</span>}
        </p>
      )}
      {s?.listRole && <p class="muted small">Actor list: {s.listRole}</p>}
      <blockquote class="quote">“{model.excerpt}”</blockquote>
      <dl class="facts">
        {model.cue && (
          <>
            <dt>Cue</dt>
            <dd data-testid="card-cue">{model.cue}</dd>
          </>
        )}
        <dt>Found</dt>
        <dd data-testid="card-how">{model.how}</dd>
        <dt>Confidence</dt>
        <dd data-testid="card-confidence">
          <span class={`meter ${model.confidenceLabel}`} aria-hidden="true">
            <span style={{ width: `${model.confidence}%` }} />
          </span>
          {model.confidence}% ({model.confidenceLabel})
        </dd>
      </dl>
      <div class="actions">
        <button
          type="button"
          data-testid="card-copy"
          onClick={async () => setCopied((await onCopy(model.copyText).catch(() => false)) ? 'yes' : 'no')}
        >
          {copied === 'yes' ? 'Copied' : copied === 'no' ? 'Copy not allowed' : 'Copy with attribution'}
        </button>
        {s && (
          <button type="button" data-testid="card-list" onClick={() => onOpenList(s.listName)}>
            All quotes by this speaker
          </button>
        )}
        {s?.wikidata && (
          <a href={s.wikidata} target="_blank" rel="noopener noreferrer" data-testid="card-wikidata">
            Wikidata
          </a>
        )}
      </div>
    </div>
  );
}
