import type { QuoteView } from '@/utils/popup/view';
import QuoteCard from './QuoteCard';

interface Props {
  quotes: QuoteView[];
  color: string;
  onReveal: (quoteId: string) => void;
}

/** Statements QuoteLens found no speaker for, in page order. */
export default function UnattributedGroup({ quotes, color, onReveal }: Props) {
  if (!quotes.length) return null;
  return (
    <section class="speaker-group unattributed" data-testid="unattributed-group" aria-labelledby="unattributed-heading">
      <header class="speaker-head">
        <span class="swatch" style={{ background: color }} aria-hidden="true" />
        <h2 id="unattributed-heading" class="speaker-name">
          Speaker not found
        </h2>
        <span class="speaker-count muted">{quotes.length}</span>
      </header>
      <ol class="quotes">
        {quotes.map((q) => (
          <QuoteCard key={q.id} quote={q} color={color} onReveal={onReveal} />
        ))}
      </ol>
    </section>
  );
}
