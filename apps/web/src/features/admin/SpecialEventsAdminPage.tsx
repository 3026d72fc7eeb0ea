import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

import { Field } from '../../components/Field.js';
import { Empty, QueryView } from '../../components/States.js';
import type { Outputs } from '../../lib/api.js';
import { fieldErrorsFromIssues, type FieldErrors } from '../../lib/fieldErrors.js';
import { useTRPC } from '../../trpc.js';
import { eventColor } from '../board/GameCard.js';
import { ConfirmDelete } from './ConfirmDelete.js';
import { FeedbackNotice } from './FeedbackNotice.js';
import { EditActions, RowActions } from './RowActions.js';
import { adminStrings as s } from './strings.js';
import { useAdminFeedback } from './useAdminFeedback.js';
import { orNull, specialEventCreateInput } from './validation.js';

type SpecialEvent = Outputs['specialEvents']['list'][number];
interface Draft {
  name: string;
  emoji: string;
  color: string;
  active: boolean;
}

const blank: Draft = { name: '', emoji: '🎃', color: '#b9852f', active: false };
const draftOf = (event: SpecialEvent): Draft => ({
  name: event.name,
  emoji: event.emoji ?? '',
  color: eventColor(event.color),
  active: event.active,
});
const toInput = (draft: Draft) => ({
  ...draft,
  emoji: orNull(draft.emoji),
  color: Number.parseInt(draft.color.slice(1), 16),
});

function EventFields({
  idPrefix,
  draft,
  errors,
  onChange,
}: {
  idPrefix: string;
  draft: Draft;
  errors: FieldErrors;
  onChange: (draft: Draft) => void;
}) {
  return (
    <>
      <Field id={`${idPrefix}-name`} label={s.name} error={errors.name} required>
        {(props) => (
          <input
            {...props}
            type="text"
            value={draft.name}
            onChange={(e) => onChange({ ...draft, name: e.target.value })}
          />
        )}
      </Field>
      <Field id={`${idPrefix}-emoji`} label={s.events.emoji} error={errors.emoji}>
        {(props) => (
          <input
            {...props}
            type="text"
            value={draft.emoji}
            onChange={(e) => onChange({ ...draft, emoji: e.target.value })}
          />
        )}
      </Field>
      <Field id={`${idPrefix}-color`} label={s.events.color} error={errors.color}>
        {(props) => (
          <input
            {...props}
            type="color"
            value={draft.color}
            onChange={(e) => onChange({ ...draft, color: e.target.value })}
          />
        )}
      </Field>
      <label className="check">
        <input
          type="checkbox"
          checked={draft.active}
          onChange={(e) => onChange({ ...draft, active: e.target.checked })}
        />
        {s.events.active}
      </label>
    </>
  );
}

/** Themed events that group games: name, emoji, colour, and whether the form offers them. */
export function SpecialEventsAdminPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const feedback = useAdminFeedback(['name', 'emoji', 'color', 'active']);
  const list = useQuery(trpc.specialEvents.list.queryOptions());
  const [draft, setDraft] = useState<Draft>(blank);
  const [editing, setEditing] = useState<{ id: number; draft: Draft } | null>(null);
  const [deleting, setDeleting] = useState<SpecialEvent | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.specialEvents.pathKey() });
  const create = useMutation(
    trpc.specialEvents.create.mutationOptions({ onError: feedback.failure }),
  );
  const update = useMutation(
    trpc.specialEvents.update.mutationOptions({ onError: feedback.failure }),
  );
  const remove = useMutation(
    trpc.specialEvents.delete.mutationOptions({ onError: feedback.failure }),
  );

  const validate = (value: Draft) => {
    const parsed = specialEventCreateInput.safeParse(toInput(value));
    if (!parsed.success) feedback.invalid(fieldErrorsFromIssues(parsed.error.issues));
    return parsed.success ? parsed.data : null;
  };

  return (
    <section className="panel" aria-labelledby="events-title">
      <h2 id="events-title">{s.events.title}</h2>
      <p className="muted small">{s.events.activeHint}</p>
      <FeedbackNotice notice={feedback.notice} onDismiss={feedback.dismiss} />
      <form
        className="inline-form admin-add"
        aria-label={s.events.add}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const input = validate(draft);
          if (input)
            create.mutate(input, {
              onSuccess: () => {
                setDraft(blank);
                feedback.success(s.added(input.name));
                void refresh();
              },
            });
        }}
      >
        <EventFields
          idPrefix="event-new"
          draft={draft}
          errors={editing ? {} : feedback.errors}
          onChange={setDraft}
        />
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          + {s.events.add}
        </button>
      </form>
      <QueryView
        query={list}
        isEmpty={(items) => items.length === 0}
        empty={<Empty title={s.events.empty} />}
      >
        {(items) => (
          <ul className="admin-list">
            {items.map((item) => {
              const edited = editing?.id === item.id ? editing : null;
              return edited ? (
                <li key={item.id}>
                  <form
                    className="inline-form"
                    noValidate
                    onSubmit={(event) => {
                      event.preventDefault();
                      const input = validate(edited.draft);
                      if (input)
                        update.mutate(
                          { id: item.id, ...input },
                          {
                            onSuccess: () => {
                              setEditing(null);
                              feedback.success(s.saved);
                              void refresh();
                            },
                          },
                        );
                    }}
                  >
                    <EventFields
                      idPrefix={`event-${item.id}`}
                      draft={edited.draft}
                      errors={feedback.errors}
                      onChange={(next) => setEditing({ id: item.id, draft: next })}
                    />
                    <EditActions busy={update.isPending} onCancel={() => setEditing(null)} />
                  </form>
                </li>
              ) : (
                <li key={item.id}>
                  <span
                    className="event-swatch"
                    style={{ background: eventColor(item.color) }}
                    aria-hidden="true"
                  >
                    {item.emoji}
                  </span>
                  <span className="admin-list-name">{item.name}</span>
                  <span className={`badge ${item.active ? 'badge-open' : 'badge-archived'}`}>
                    {item.active ? s.events.yes : s.events.no}
                  </span>
                  <span className="row-actions">
                    <RowActions
                      name={item.name}
                      onEdit={() => setEditing({ id: item.id, draft: draftOf(item) })}
                      onDelete={() => setDeleting(item)}
                    />
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </QueryView>
      <ConfirmDelete
        name={deleting?.name ?? null}
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          const item = deleting;
          setDeleting(null);
          if (item)
            remove.mutate(
              { id: item.id },
              {
                onSuccess: () => {
                  feedback.success(s.deleted(item.name));
                  void refresh();
                },
              },
            );
        }}
      />
    </section>
  );
}
