import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { adminStrings as s } from './strings.js';

/** The "delete this?" question of the admin lists; open while `name` is not null. */
export function ConfirmDelete({
  name,
  onConfirm,
  onCancel,
}: {
  name: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <ConfirmDialog
      open={name !== null}
      title={s.deleteTitle(name ?? '')}
      confirmLabel={s.delete}
      danger
      onCancel={onCancel}
      onConfirm={onConfirm}
    >
      <p>{s.deleteBody}</p>
    </ConfirmDialog>
  );
}
