import { useEffect, useRef, useState } from 'preact/hooks';
import ActorForm from '@/components/ActorForm';
import ActorImport from '@/components/ActorImport';
import ActorTable from '@/components/ActorTable';
import SettingsForm from '@/components/SettingsForm';
import SiteList from '@/components/SiteList';
import type { Actor } from '@/utils/actors/types';
import {
  addUserActor,
  exportUserActorsCsv,
  exportUserActorsJson,
  removeUserActor,
  toUserActorInput,
  updateUserActor,
  type UserActorInput,
} from '@/utils/actors/user-actors';
import { loadUserActorsInfo, saveUserActors, watchUserActors, type UserActorsArea } from '@/utils/actors/user-store';
import { describeArea, importActorsFile, type ImportSummary } from '@/utils/options/actors';
import { removeSite, setSite, siteRows } from '@/utils/options/sites';
import { downloadText } from '@/utils/popup/files';
import { DEFAULT_SETTINGS, getSettings, updateSettings, watchSettings, type Settings } from '@/utils/storage';

interface People {
  actors: Actor[];
  area: UserActorsArea | 'none';
  problems: string[];
}

/** The options page: every setting, and the reader's own people. Wiring only. */
export default function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [people, setPeople] = useState<People>({ actors: [], area: 'none', problems: [] });
  const [loaded, setLoaded] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [formError, setFormError] = useState<{ form: 'add' | 'edit'; reason: string } | null>(null);
  const [note, setNote] = useState('');
  const [removed, setRemoved] = useState<{ list: Actor[]; name: string } | null>(null);
  const [importing, setImporting] = useState(false);
  const [summary, setSummary] = useState<ImportSummary | undefined>();
  /** Bumped after each person added, so the add form starts empty again. */
  const [added, setAdded] = useState(0);

  const reload = async () => {
    const info = await loadUserActorsInfo();
    setPeople({ actors: info.actors, area: info.area, problems: info.problems });
    setLoaded(true);
  };
  useEffect(() => {
    void getSettings().then(setSettings);
    void reload();
    const offSettings = watchSettings(setSettings);
    const offActors = watchUserActors(() => void reload());
    return () => {
      offSettings();
      offActors();
    };
  }, []);

  /** Setting changes one after the other, so quick clicks do not overwrite each other. */
  const writes = useRef<Promise<unknown>>(Promise.resolve());
  const change = (fn: (s: Settings) => Settings) => {
    writes.current = writes.current
      .then(() => updateSettings(fn))
      .then((next) => {
        setSettings(next);
        setNote('Settings saved.');
      })
      .catch((e: unknown) => setNote(`The setting could not be saved: ${e instanceof Error ? e.message : String(e)}`));
    return writes.current;
  };

  /** Store a new list; say where it went. */
  const store = async (list: Actor[], message: string) => {
    setRemoved(null);
    try {
      const { area } = await saveUserActors(list);
      setPeople({ actors: list, area, problems: [] });
      setNote(message);
      return true;
    } catch (e) {
      setNote(`Your list could not be saved: ${e instanceof Error ? e.message : String(e)}`);
      return false;
    }
  };

  const add = async (input: UserActorInput) => {
    const r = addUserActor(people.actors, input);
    if (!r.ok) return setFormError({ form: 'add', reason: r.reason });
    setFormError(null);
    if (await store(r.actors, `Added ${r.actor.name}.`)) setAdded((n) => n + 1);
  };
  const update = async (input: UserActorInput) => {
    if (!editing) return;
    const r = updateUserActor(people.actors, editing, input);
    if (!r.ok) return setFormError({ form: 'edit', reason: r.reason });
    setFormError(null);
    if (await store(r.actors, `Saved ${r.actor.name}.`)) setEditing(null);
  };
  const remove = async (id: string) => {
    const person = people.actors.find((a) => a.id === id);
    if (!person) return;
    const before = people.actors;
    if (await store(removeUserActor(before, id), `Removed ${person.name}.`)) setRemoved({ list: before, name: person.name });
    if (editing === id) setEditing(null);
  };
  const undo = async () => {
    if (!removed) return;
    if (await store(removed.list, `${removed.name} is back.`)) setRemoved(null);
  };
  const importFile = async (file: File) => {
    setImporting(true);
    try {
      const { summary: s, report } = await importActorsFile(file);
      setSummary(s);
      if (report?.area) setPeople({ actors: report.actors, area: report.area, problems: [] });
    } catch (e) {
      setSummary({ tone: 'failed', headline: `Nothing imported: ${e instanceof Error ? e.message : String(e)}`, errors: [], warnings: [] });
    } finally {
      setImporting(false);
    }
  };
  const exportList = (format: 'csv' | 'json') => {
    const text = format === 'csv' ? exportUserActorsCsv(people.actors) : exportUserActorsJson(people.actors);
    const name = `quotelens-people.${format}`;
    downloadText(document, text, name, format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json');
    setNote(`Saved ${name}.`);
  };

  const s = settings ?? DEFAULT_SETTINGS;
  const editingActor = editing ? people.actors.find((a) => a.id === editing) : undefined;
  return (
    <main class="options">
      <h1>QuoteLens options</h1>
      <p class="note" role="status" aria-live="polite" data-testid="options-note">
        {note}
        {removed && (
          <>
            {' '}
            <button type="button" onClick={() => void undo()}>
              Undo
            </button>
          </>
        )}
      </p>
      {settings && (
        <>
          <SettingsForm settings={s} onChange={(c) => void change((cur) => ({ ...cur, ...c }))} />
          <SiteList
            rows={siteRows(s)}
            globalHighlights={s.highlights}
            onSet={(host, on) => void change((cur) => setSite(cur, host, on))}
            onRemove={(host) => void change((cur) => removeSite(cur, host))}
          />
        </>
      )}
      <section aria-labelledby="people-heading" class="card" data-testid="people">
        <h2 id="people-heading">Your people</h2>
        <p class="muted">
          People QuoteLens should know by name, with the role and organisation you give them. Your list wins over QuoteLens’s own. It stays in your
          browser.
        </p>
        {loaded && (
          <p data-testid="actors-area" data-area={people.area}>
            {describeArea(people.area, people.actors.length)}
          </p>
        )}
        {people.problems.length > 0 && (
          <ul class="issues status-warn" aria-label="Problems reading your stored list">
            {people.problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        )}
        <ActorTable actors={people.actors} onEdit={(id) => (setFormError(null), setEditing(id))} onRemove={(id) => void remove(id)} />
        {editingActor && (
          <ActorForm
            initial={toUserActorInput(editingActor)}
            error={formError?.form === 'edit' ? formError.reason : undefined}
            onSave={(input) => void update(input)}
            onCancel={() => setEditing(null)}
          />
        )}
        <ActorForm key={added} focusOnMount={added > 0} error={formError?.form === 'add' ? formError.reason : undefined} onSave={(input) => void add(input)} />
        <ActorImport busy={importing} summary={summary} canExport={people.actors.length > 0} onImport={(f) => void importFile(f)} onExport={exportList} />
      </section>
    </main>
  );
}
