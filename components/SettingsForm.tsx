import { speakerColor } from '@/utils/highlight/colors';
import type { Palette, Settings } from '@/utils/storage';

interface Props {
  settings: Settings;
  onChange: (change: Partial<Omit<Settings, 'sites'>>) => void;
}

const PALETTES: ReadonlyArray<{ value: Palette; label: string; hint: string }> = [
  { value: 'default', label: 'Default', hint: 'many soft colours' },
  { value: 'high-contrast', label: 'High contrast', hint: 'fewer, stronger colours that are easier to tell apart' },
];
/** A few speakers to show what each palette looks like. */
const SAMPLE_KEYS = ['name:scott bessent', 'name:jensen huang', 'name:craig allen', 'name:john rizzo', 'name:shigeru ishiba', 'name:jimmy goodrich'];

/** The global settings: automatic scanning, highlights, highlighting terms, the colour palette. */
export default function SettingsForm({ settings, onChange }: Props) {
  const check = (id: keyof Omit<Settings, 'sites' | 'palette'>, label: string, hint: string) => (
    <div class="check">
      <input id={`setting-${id}`} type="checkbox" checked={settings[id]} aria-describedby={`setting-${id}-hint`} onChange={(e) => onChange({ [id]: (e.currentTarget as HTMLInputElement).checked })} />
      <label for={`setting-${id}`}>{label}</label>
      <p id={`setting-${id}-hint`} class="hint muted">
        {hint}
      </p>
    </div>
  );
  return (
    <section aria-labelledby="settings-heading" class="card">
      <h2 id="settings-heading">Scanning and highlights</h2>
      {check('autoScan', 'Scan articles automatically', 'Off: QuoteLens scans a page only when you ask, from its popup.')}
      {check('highlights', 'Highlight quotes in pages', 'Each speaker’s quotes get their colour in the page. Sites below can say otherwise.')}
      {check('highlightTerms', 'Highlight terms too', 'Scare quotes and names in quotation marks, lighter than statements.')}
      <fieldset class="palette">
        <legend>Colours</legend>
        {PALETTES.map((p) => (
          <div class="radio" key={p.value}>
            <input id={`palette-${p.value}`} type="radio" name="palette" value={p.value} checked={settings.palette === p.value} onChange={() => onChange({ palette: p.value })} />
            <label for={`palette-${p.value}`}>
              {p.label} <span class="muted">({p.hint})</span>
            </label>
            <span class="samples" aria-hidden="true">
              {SAMPLE_KEYS.map((k) => (
                <span key={k} class="swatch" style={{ background: speakerColor(k, p.value).solid }} />
              ))}
            </span>
          </div>
        ))}
      </fieldset>
    </section>
  );
}
