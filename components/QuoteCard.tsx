import type { QuoteView } from '@/utils/popup/view';

interface Props {
  quote: QuoteView;
  /** The speaker's colour (a term's neutral grey): the card's left edge, as the page's highlight. */
  color: string;
  onReveal: (quoteId: string) => void;
}

/**
 * One quote in the popup: a button that scrolls the page to the quote and flashes it. The quote's
 * words are page text, rendered as text only.
 */
export default function QuoteCard({ quote, color, onReveal }: Props) {
  const detail = quote.mention ? `as “${quote.mention}”` : '';
  return (
    <li class="quote-card">
      <button
        type="button"
        class="quote"
        data-testid="quote-item"
        data-kind={quote.kind}
        data-quote-id={quote.id}
        style={{ borderInlineStartColor: color }}
        title="Show this quote in the page"
        onClick={() => onReveal(quote.id)}
      >
        <span class="quote-text">“{quote.text}”</span>
        {detail && <span class="quote-detail muted">{detail}</span>}
      </button>
    </li>
  );
}
