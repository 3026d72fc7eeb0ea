import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

import { Field } from '../../components/Field.js';
import { Empty, QueryView } from '../../components/States.js';
import { fieldErrorsFromIssues } from '../../lib/fieldErrors.js';
import { GAME_TYPES, typeLabels, type GameType } from '../../lib/vocab.js';
import { useTRPC } from '../../trpc.js';
import { AdminTableHead } from './AdminTableHead.js';
import { ConfirmDelete } from './ConfirmDelete.js';
import { FeedbackNotice } from './FeedbackNotice.js';
import { RowActions } from './RowActions.js';
import { adminStrings as s } from './strings.js';
import { useAdminFeedback } from './useAdminFeedback.js';
import { channelCreateInput } from './validation.js';

/** The Discord categories games get their channels in, with how full each one is. */
export function CategoriesAdminPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const feedback = useAdminFeedback(['id', 'type']);
  const list = useQuery(trpc.channels.list.queryOptions());
  const [draft, setDraft] = useState<{ id: string; type: GameType }>({ id: '', type: 'oneshot' });
  const [deleting, setDeleting] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.channels.pathKey() });
  const create = useMutation(trpc.channels.create.mutationOptions({ onError: feedback.failure }));
  const remove = useMutation(trpc.channels.delete.mutationOptions({ onError: feedback.failure }));

  return (
    <section className="panel" aria-labelledby="categories-title">
      <h2 id="categories-title">{s.categories.title}</h2>
      <p className="muted small">{s.categories.intro}</p>
      <FeedbackNotice notice={feedback.notice} onDismiss={feedback.dismiss} />
      <form
        className="inline-form admin-add"
        aria-label={s.categories.add}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const parsed = channelCreateInput.safeParse({ id: draft.id.trim(), type: draft.type });
          if (!parsed.success) return feedback.invalid(fieldErrorsFromIssues(parsed.error.issues));
          create.mutate(parsed.data, {
            onSuccess: () => {
              setDraft({ id: '', type: draft.type });
              feedback.success(s.added(parsed.data.id));
              void refresh();
            },
          });
        }}
      >
        <Field
          id="category-id"
          label={s.categories.id}
          hint={s.categories.idHint}
          error={feedback.errors.id}
          required
        >
          {(props) => (
            <input
              {...props}
              type="text"
              inputMode="numeric"
              value={draft.id}
              onChange={(e) => setDraft({ ...draft, id: e.target.value })}
            />
          )}
        </Field>
        <Field id="category-type" label={s.categories.type} error={feedback.errors.type}>
          {(props) => (
            <select
              {...props}
              value={draft.type}
              onChange={(e) => setDraft({ ...draft, type: e.target.value as GameType })}
            >
              {GAME_TYPES.map((type) => (
                <option key={type} value={type}>
                  {typeLabels[type]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          + {s.categories.add}
        </button>
      </form>
      <QueryView
        query={list}
        isEmpty={(items) => items.length === 0}
        empty={<Empty title={s.categories.empty} />}
      >
        {(items) => (
          <div className="table-wrap">
            <table className="table">
              <AdminTableHead columns={[s.categories.id, s.categories.type, s.categories.size]} />
              <tbody>
                {items.map((item) => (
                  <tr key={item.id}>
                    <td>
                      <code>{item.id}</code>
                    </td>
                    <td>{typeLabels[item.type]}</td>
                    <td>{item.size}</td>
                    <td className="row-actions">
                      <RowActions name={item.id} onDelete={() => setDeleting(item.id)} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryView>
      <ConfirmDelete
        name={deleting}
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          const id = deleting;
          setDeleting(null);
          if (id)
            remove.mutate(
              { id },
              {
                onSuccess: () => {
                  feedback.success(s.deleted(id));
                  void refresh();
                },
              },
            );
        }}
      />
    </section>
  );
}
