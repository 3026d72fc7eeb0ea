import { useState } from 'react';

import { Field } from '../../components/Field.js';
import { EntityIcon } from '../../components/Icon.js';
import { Empty } from '../../components/States.js';
import type { FieldErrors } from '../../lib/fieldErrors.js';
import { AdminTableHead } from './AdminTableHead.js';
import { ConfirmDelete } from './ConfirmDelete.js';
import { FeedbackNotice } from './FeedbackNotice.js';
import { EditActions, RowActions } from './RowActions.js';
import { adminStrings as s } from './strings.js';

export interface NamedIcon {
  id: number;
  name: string;
  icon: string | null;
}

export interface NamedIconAdminProps {
  idPrefix: string;
  title: string;
  addLabel: string;
  emptyLabel: string;
  items: NamedIcon[];
  errors: FieldErrors;
  notice: { tone: 'error' | 'success'; text: string } | null;
  busy: boolean;
  onCreate: (value: { name: string; icon: string }, done: () => void) => void;
  onUpdate: (value: NamedIcon, done: () => void) => void;
  onDelete: (item: NamedIcon) => void;
  onDismiss: () => void;
}

function NameIconFields({
  idPrefix,
  value,
  errors,
  onChange,
}: {
  idPrefix: string;
  value: { name: string; icon: string | null };
  errors: FieldErrors;
  onChange: (value: { name: string; icon: string }) => void;
}) {
  return (
    <>
      <Field id={`${idPrefix}-name`} label={s.name} error={errors.name} required>
        {(props) => (
          <input
            {...props}
            type="text"
            value={value.name}
            onChange={(e) => onChange({ name: e.target.value, icon: value.icon ?? '' })}
          />
        )}
      </Field>
      <Field id={`${idPrefix}-icon`} label={s.icon} hint={s.iconHint} error={errors.icon}>
        {(props) => (
          <input
            {...props}
            type="text"
            value={value.icon ?? ''}
            onChange={(e) => onChange({ ...value, icon: e.target.value })}
          />
        )}
      </Field>
    </>
  );
}

/** Add, rename and delete a list of named things with an icon (systems, VTTs). */
export function NamedIconAdmin(props: NamedIconAdminProps) {
  const { idPrefix, items, errors, busy } = props;
  const [draft, setDraft] = useState({ name: '', icon: '' });
  const [editing, setEditing] = useState<NamedIcon | null>(null);
  const [deleting, setDeleting] = useState<NamedIcon | null>(null);

  return (
    <section className="panel" aria-labelledby={`${idPrefix}-title`}>
      <h2 id={`${idPrefix}-title`}>{props.title}</h2>
      <FeedbackNotice notice={props.notice} onDismiss={props.onDismiss} />
      <form
        className="inline-form admin-add"
        aria-label={props.addLabel}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          props.onCreate(draft, () => setDraft({ name: '', icon: '' }));
        }}
      >
        <NameIconFields
          idPrefix={`${idPrefix}-new`}
          value={draft}
          errors={editing ? {} : errors}
          onChange={setDraft}
        />
        <button type="submit" className="button button-primary" disabled={busy}>
          + {props.addLabel}
        </button>
      </form>
      {items.length === 0 ? (
        <Empty title={props.emptyLabel} />
      ) : (
        <div className="table-wrap">
          <table className="table">
            <AdminTableHead columns={[s.icon, s.name]} />
            <tbody>
              {items.map((item) =>
                editing?.id === item.id ? (
                  <tr key={item.id}>
                    <td colSpan={3}>
                      <form
                        className="inline-form"
                        noValidate
                        onSubmit={(event) => {
                          event.preventDefault();
                          props.onUpdate(editing, () => setEditing(null));
                        }}
                      >
                        <NameIconFields
                          idPrefix={`${idPrefix}-${item.id}`}
                          value={editing}
                          errors={errors}
                          onChange={(value) => setEditing({ ...editing, ...value })}
                        />
                        <EditActions busy={busy} onCancel={() => setEditing(null)} />
                      </form>
                    </td>
                  </tr>
                ) : (
                  <tr key={item.id}>
                    <td>
                      <EntityIcon icon={item.icon} name={item.name} />
                    </td>
                    <td>{item.name}</td>
                    <td className="row-actions">
                      <RowActions
                        name={item.name}
                        onEdit={() => setEditing(item)}
                        onDelete={() => setDeleting(item)}
                      />
                    </td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </div>
      )}
      <ConfirmDelete
        name={deleting?.name ?? null}
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          if (deleting) props.onDelete(deleting);
          setDeleting(null);
        }}
      />
    </section>
  );
}
