import { adminStrings as s } from './strings.js';

/** The Edit (when `onEdit` is given) and Delete buttons of an admin list row named `name`. */
export function RowActions({
  name,
  onEdit,
  onDelete,
}: {
  name: string;
  onEdit?: () => void;
  onDelete: () => void;
}) {
  return (
    <>
      {onEdit && (
        <button
          type="button"
          className="button button-ghost button-small"
          aria-label={s.editLabel(name)}
          onClick={onEdit}
        >
          {s.edit}
        </button>
      )}
      <button
        type="button"
        className="button button-ghost button-small"
        aria-label={s.deleteLabel(name)}
        onClick={onDelete}
      >
        {s.delete}
      </button>
    </>
  );
}

/** The Save (submit) and Cancel buttons of an admin row being edited. */
export function EditActions({ busy, onCancel }: { busy: boolean; onCancel: () => void }) {
  return (
    <>
      <button type="submit" className="button button-primary" disabled={busy}>
        {s.save}
      </button>
      <button type="button" className="button button-ghost" onClick={onCancel}>
        {s.cancel}
      </button>
    </>
  );
}
