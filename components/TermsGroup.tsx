import type { QuoteView } from '@/utils/popup/view';
import QuoteCard from './QuoteCard';

interface Props {
  terms: QuoteView[];
  color: string;
  /** Open it (a filter that matches terms shows them). */
  open?: boolean;
  onReveal: (quoteId: string) => void;
}

/** Scare quotes, names and titles in quotation marks: not statements, so apart and collapsed. */
export default function TermsGroup({ terms, color, open = false, onReveal }: Props) {
  if (!terms.length) return null;
  return (
    <details class="terms" data-testid="terms-group" open={open}>
      <summary>
        <span class="swatch" style={{ background: color }} aria-hidden="true" /> Terms and names in quotes <span class="muted">({terms.length})</span>
      </summary>
      <ol class="quotes">
        {terms.map((q) => (
          <QuoteCard key={q.id} quote={q} color={color} onReveal={onReveal} />
        ))}
      </ol>
    </details>
  );
}
