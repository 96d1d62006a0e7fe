import type { SpeakerView } from '@/utils/popup/view';
import QuoteCard from './QuoteCard';

interface Props {
  speaker: SpeakerView;
  onReveal: (quoteId: string) => void;
}

/**
 * A speaker and what they said: their colour (the same as their highlights in the page), name and
 * number of quotes, role and organisation with where that came from, a Wikidata link when the
 * speaker is a known person with a QID, then their quotes in page order.
 */
export default function SpeakerGroup({ speaker, onReveal }: Props) {
  const headingId = `speaker-${speaker.key.replace(/[^\w-]/g, '_')}`;
  const roleLine = [speaker.role, speaker.org].filter(Boolean).join(', ');
  const count = speaker.quotes.length === speaker.total ? `${speaker.total}` : `${speaker.quotes.length} of ${speaker.total}`;
  return (
    <section class="speaker-group" data-testid="speaker-group" data-speaker={speaker.name} data-key={speaker.key} aria-labelledby={headingId}>
      <header class="speaker-head">
        <span class="swatch" style={{ background: speaker.color.solid }} aria-hidden="true" />
        <h2 id={headingId} class="speaker-name">
          {speaker.name}
        </h2>
        <span class="speaker-count muted">
          {count}
          <span class="visually-hidden">{speaker.total === 1 ? ' quote' : ' quotes'}</span>
        </span>
        {speaker.wikidataUrl && (
          <a class="wikidata" href={speaker.wikidataUrl} target="_blank" rel="noopener noreferrer" aria-label={`${speaker.name} on Wikidata (opens in a new tab)`}>
            Wikidata
          </a>
        )}
      </header>
      {(roleLine || speaker.listRole) && (
        <p class="speaker-role">
          {roleLine && <span>{roleLine}</span>}
          {roleLine && speaker.roleSourceLabel && <span class="role-source muted"> · from {speaker.roleSourceLabel}</span>}
          {speaker.listRole && <span class="list-role muted"> · listed as {speaker.listRole}</span>}
        </p>
      )}
      <ol class="quotes">
        {speaker.quotes.map((q) => (
          <QuoteCard key={q.id} quote={q} color={speaker.color.solid} onReveal={onReveal} />
        ))}
      </ol>
    </section>
  );
}
