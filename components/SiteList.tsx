import { useState } from 'preact/hooks';
import { normalizeHost, type SiteRow } from '@/utils/options/sites';

interface Props {
  rows: SiteRow[];
  /** Highlights on everywhere else (the global switch), for the explanation. */
  globalHighlights: boolean;
  onSet: (host: string, highlights: boolean) => void;
  onRemove: (host: string) => void;
}

/** Sites with their own choice about highlights, and a form to add one. */
export default function SiteList({ rows, globalHighlights, onSet, onRemove }: Props) {
  const [host, setHost] = useState('');
  const [on, setOn] = useState(!globalHighlights);
  const [error, setError] = useState('');
  const add = (e: Event) => {
    e.preventDefault();
    const checked = normalizeHost(host);
    if (!checked.ok) return setError(checked.reason);
    onSet(checked.host, on);
    setHost('');
    setError('');
  };
  return (
    <section aria-labelledby="sites-heading" class="card">
      <h2 id="sites-heading">Sites</h2>
      <p class="muted">Highlights are {globalHighlights ? 'on' : 'off'} everywhere except on the sites listed here.</p>
      {rows.length ? (
        <table class="sites" data-testid="site-list">
          <thead>
            <tr>
              <th scope="col">Site</th>
              <th scope="col">Highlights</th>
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.host}>
                <th scope="row">{r.host}</th>
                <td>
                  <input
                    id={`site-${r.host}`}
                    type="checkbox"
                    checked={r.highlights}
                    onChange={(e) => onSet(r.host, (e.currentTarget as HTMLInputElement).checked)}
                  />
                  <label for={`site-${r.host}`}>
                    {r.highlights ? 'on' : 'off'}
                    <span class="visually-hidden"> on {r.host}</span>
                  </label>
                </td>
                <td>
                  <button type="button" onClick={() => onRemove(r.host)} aria-label={`Remove ${r.host}`}>
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p class="muted">No sites yet.</p>
      )}
      <form class="row-form" onSubmit={add} aria-labelledby="add-site-heading" noValidate>
        <h3 id="add-site-heading" class="visually-hidden">
          Add a site
        </h3>
        <div class="field">
          <label for="site-host">Site</label>
          <input
            id="site-host"
            type="text"
            inputMode="url"
            placeholder="www.example.com"
            value={host}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'site-error' : undefined}
            onInput={(e) => setHost((e.currentTarget as HTMLInputElement).value)}
          />
        </div>
        <div class="check inline">
          <input id="site-on" type="checkbox" checked={on} onChange={(e) => setOn((e.currentTarget as HTMLInputElement).checked)} />
          <label for="site-on">Highlights on there</label>
        </div>
        <button type="submit">Add site</button>
        {error && (
          <p id="site-error" class="status-bad error" role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
