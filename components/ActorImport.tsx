import type { ImportSummary } from '@/utils/options/actors';

interface Props {
  busy: boolean;
  summary?: ImportSummary;
  canExport: boolean;
  onImport: (file: File) => void;
  onExport: (format: 'csv' | 'json') => void;
}

/** Import people from a CSV or JSON file (with a report of refused rows), export the list. */
export default function ActorImport({ busy, summary, canExport, onImport, onExport }: Props) {
  const tone = summary ? { ok: 'status-ok', partial: 'status-warn', failed: 'status-bad' }[summary.tone] : '';
  return (
    <section class="import" aria-labelledby="import-heading">
      <h3 id="import-heading">Import and export</h3>
      <div class="field">
        <label for="import-file">Import people from a CSV or JSON file</label>
        <input
          id="import-file"
          type="file"
          accept=".csv,.json,.tsv,.txt,text/csv,application/json"
          data-testid="import-file"
          disabled={busy}
          aria-describedby="import-hint"
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            if (file) onImport(file);
            input.value = '';
          }}
        />
        <p id="import-hint" class="hint muted">
          Columns: name, aliases, role, org, country, notes, id. People already in your list are updated, never removed; rows with mistakes are
          skipped and listed.
        </p>
      </div>
      <div class="buttons" role="group" aria-label="Export your list">
        <button type="button" data-testid="actors-export-csv" disabled={!canExport} onClick={() => onExport('csv')}>
          Export CSV
        </button>
        <button type="button" data-testid="actors-export-json" disabled={!canExport} onClick={() => onExport('json')}>
          Export JSON
        </button>
      </div>
      <div role="status" aria-live="polite" data-testid="import-report">
        {summary && (
          <>
            <p class={tone}>{summary.headline}</p>
            {summary.errors.length > 0 && (
              <ul class="issues" aria-label="Rows not imported">
                {summary.errors.map((e, i) => (
                  <li key={i}>{e}</li>
                ))}
              </ul>
            )}
            {summary.warnings.length > 0 && (
              <ul class="issues muted" aria-label="Warnings">
                {summary.warnings.map((w, i) => (
                  <li key={i}>{w}</li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </section>
  );
}
