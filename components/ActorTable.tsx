import type { Actor } from '@/utils/actors/types';

interface Props {
  actors: readonly Actor[];
  onEdit: (id: string) => void;
  onRemove: (id: string) => void;
}

/** The reader's people, one row each, with buttons to edit or remove them. */
export default function ActorTable({ actors, onEdit, onRemove }: Props) {
  if (!actors.length) return <p class="muted">No people yet: add someone below, or import a file.</p>;
  return (
    <div class="table-wrap">
      <table class="actors" data-testid="actor-table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Other names</th>
            <th scope="col">Role</th>
            <th scope="col">Organisation</th>
            <th scope="col">Notes</th>
            <th scope="col">
              <span class="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {actors.map((a) => {
            const r = a.roles[0];
            return (
              <tr key={a.id} data-testid="actor-row" data-actor-id={a.id}>
                <th scope="row">{a.name}</th>
                <td>{a.aliases.join('; ')}</td>
                <td>{[r?.role, r?.country].filter(Boolean).join(', ')}</td>
                <td>{r?.org ?? ''}</td>
                <td class="notes">{a.notes ?? ''}</td>
                <td class="actions">
                  <button type="button" onClick={() => onEdit(a.id)} aria-label={`Edit ${a.name}`}>
                    Edit
                  </button>
                  <button type="button" onClick={() => onRemove(a.id)} aria-label={`Remove ${a.name}`}>
                    Remove
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
