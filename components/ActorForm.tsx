import { useEffect, useRef, useState } from 'preact/hooks';
import { USER_ACTOR_LIMITS, type UserActorInput } from '@/utils/actors/user-actors';

interface Props {
  /** The person being edited, or undefined for a new one. */
  initial?: UserActorInput;
  /** The reason the last save was refused, if it was. */
  error?: string;
  /** Put the focus in the name field when the form appears (after an add, for the next person). */
  focusOnMount?: boolean;
  onSave: (input: UserActorInput) => void;
  onCancel?: () => void;
}

type Fields = { name: string; aliases: string; role: string; org: string; country: string; notes: string };

const toFields = (a?: UserActorInput): Fields => ({
  name: a?.name ?? '',
  aliases: Array.isArray(a?.aliases) ? a.aliases.join('; ') : (a?.aliases ?? ''),
  role: a?.role ?? '',
  org: a?.org ?? '',
  country: a?.country ?? '',
  notes: a?.notes ?? '',
});

/** Add or edit one of the reader's people: name, aliases, role, organisation, country, notes. */
export default function ActorForm({ initial, error, focusOnMount = false, onSave, onCancel }: Props) {
  const [fields, setFields] = useState<Fields>(toFields(initial));
  const first = useRef<HTMLInputElement>(null);
  const editing = initial?.id !== undefined;
  useEffect(() => {
    setFields(toFields(initial));
    if (editing || focusOnMount) first.current?.focus();
  }, [initial?.id]);
  const prefix = editing ? 'edit' : 'add';
  const input = (key: keyof Fields, label: string, max: number, hint?: string) => (
    <div class="field">
      <label for={`${prefix}-${key}`}>{label}</label>
      <input
        id={`${prefix}-${key}`}
        ref={key === 'name' ? first : undefined}
        type="text"
        maxLength={max}
        required={key === 'name'}
        aria-describedby={hint ? `${prefix}-${key}-hint` : undefined}
        value={fields[key]}
        onInput={(e) => setFields({ ...fields, [key]: (e.currentTarget as HTMLInputElement).value })}
      />
      {hint && (
        <p id={`${prefix}-${key}-hint`} class="hint muted">
          {hint}
        </p>
      )}
    </div>
  );
  const submit = (e: Event) => {
    e.preventDefault();
    const out: UserActorInput = { name: fields.name, aliases: fields.aliases, role: fields.role, org: fields.org, country: fields.country, notes: fields.notes };
    if (initial?.id) out.id = initial.id;
    if (initial?.roles) out.roles = initial.roles;
    onSave(out);
  };
  return (
    <form class="actor-form" data-testid={`${prefix}-actor-form`} onSubmit={submit} aria-labelledby={`${prefix}-actor-heading`} noValidate>
      <h3 id={`${prefix}-actor-heading`}>{editing ? `Edit ${initial?.name}` : 'Add a person'}</h3>
      <div class="grid">
        {input('name', 'Name (required)', USER_ACTOR_LIMITS.name)}
        {input('aliases', 'Other names', USER_ACTOR_LIMITS.alias * USER_ACTOR_LIMITS.aliases, 'Separated by semicolons: Chris Padilla; C. Padilla')}
        {input('role', 'Role', USER_ACTOR_LIMITS.role)}
        {input('org', 'Organisation', USER_ACTOR_LIMITS.org)}
        {input('country', 'Country', USER_ACTOR_LIMITS.country)}
        <div class="field wide">
          <label for={`${prefix}-notes`}>Notes</label>
          <textarea id={`${prefix}-notes`} rows={2} maxLength={USER_ACTOR_LIMITS.notes} value={fields.notes} onInput={(e) => setFields({ ...fields, notes: (e.currentTarget as HTMLTextAreaElement).value })} />
        </div>
      </div>
      {error && (
        <p class="status-bad error" role="alert" data-testid={`${prefix}-actor-error`}>
          {error}
        </p>
      )}
      <div class="buttons">
        <button type="submit" class="primary">
          {editing ? 'Save changes' : 'Add person'}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
