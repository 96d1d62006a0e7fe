import type { ExportFormat } from '@/utils/export';

interface Props {
  onDownload: (format: ExportFormat) => void;
  onCopy: (format: ExportFormat) => void;
  disabled?: boolean;
}

const FORMATS: ReadonlyArray<{ format: ExportFormat; label: string; what: string }> = [
  { format: 'json', label: 'JSON', what: 'JSON (for scripts)' },
  { format: 'csv', label: 'CSV', what: 'CSV (for spreadsheets)' },
  { format: 'md', label: 'Markdown', what: 'Markdown (for notes)' },
];

/** Export all of the page's quotes: save a file, or copy the same text to the clipboard. */
export default function ExportMenu({ onDownload, onCopy, disabled = false }: Props) {
  return (
    <section class="export" aria-labelledby="export-heading">
      <h2 id="export-heading" class="export-heading">
        Export all quotes
      </h2>
      <div class="export-row" role="group" aria-label="Save as a file">
        <span class="export-label muted" aria-hidden="true">
          Save
        </span>
        {FORMATS.map(({ format, label, what }) => (
          <button type="button" key={format} data-testid={`export-${format}`} disabled={disabled} aria-label={`Save as ${what}`} onClick={() => onDownload(format)}>
            {label}
          </button>
        ))}
      </div>
      <div class="export-row" role="group" aria-label="Copy to the clipboard">
        <span class="export-label muted" aria-hidden="true">
          Copy
        </span>
        {FORMATS.map(({ format, label, what }) => (
          <button type="button" key={format} data-testid={`copy-${format}`} disabled={disabled} aria-label={`Copy as ${what}`} onClick={() => onCopy(format)}>
            {label}
          </button>
        ))}
      </div>
    </section>
  );
}
