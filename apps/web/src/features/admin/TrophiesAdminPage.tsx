import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

import { Field } from '../../components/Field.js';
import { TrophyIcon } from '../../components/Icon.js';
import { Empty, QueryView } from '../../components/States.js';
import { fieldErrorsFromIssues } from '../../lib/fieldErrors.js';
import { useTRPC } from '../../trpc.js';
import { FeedbackNotice } from './FeedbackNotice.js';
import { adminStrings as s } from './strings.js';
import { useAdminFeedback } from './useAdminFeedback.js';
import { orNull, trophyAwardInput, trophyCreateInput } from './validation.js';

/** Award a trophy by hand to a member. */
function AwardForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const trophies = useQuery(trpc.trophies.list.queryOptions());
  const members = useQuery(trpc.users.list.queryOptions({ page: 1, perPage: 100 }));
  const feedback = useAdminFeedback(['userId', 'trophyId', 'amount']);
  const [draft, setDraft] = useState({ userId: '', trophyId: '', amount: '1' });
  const award = useMutation(trpc.trophies.award.mutationOptions({ onError: feedback.failure }));

  return (
    <section className="panel" aria-labelledby="award-title">
      <h2 id="award-title">{s.trophies.award}</h2>
      <p className="muted small">{s.trophies.awardHint}</p>
      <FeedbackNotice notice={feedback.notice} onDismiss={feedback.dismiss} />
      <form
        className="inline-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const parsed = trophyAwardInput.safeParse({
            userId: draft.userId || undefined,
            trophyId: draft.trophyId ? Number(draft.trophyId) : undefined,
            amount: Number(draft.amount),
          });
          if (!parsed.success) return feedback.invalid(fieldErrorsFromIssues(parsed.error.issues));
          const trophy =
            trophies.data?.find((item) => item.id === parsed.data.trophyId)?.name ?? '';
          const member =
            members.data?.items.find((item) => item.id === parsed.data.userId)?.name ?? '';
          award.mutate(parsed.data, {
            onSuccess: () => {
              feedback.success(s.trophies.awarded(trophy, member));
              void queryClient.invalidateQueries({ queryKey: trpc.trophies.pathKey() });
            },
          });
        }}
      >
        <Field id="award-member" label={s.trophies.member} error={feedback.errors.userId} required>
          {(props) => (
            <select
              {...props}
              value={draft.userId}
              onChange={(e) => setDraft({ ...draft, userId: e.target.value })}
            >
              <option value="">{s.trophies.pickMember}</option>
              {members.data?.items.map((member) => (
                <option key={member.id} value={member.id}>
                  {member.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          id="award-trophy"
          label={s.trophies.trophy}
          error={feedback.errors.trophyId}
          required
        >
          {(props) => (
            <select
              {...props}
              value={draft.trophyId}
              onChange={(e) => setDraft({ ...draft, trophyId: e.target.value })}
            >
              <option value="">{s.trophies.pickTrophy}</option>
              {trophies.data?.map((trophy) => (
                <option key={trophy.id} value={trophy.id}>
                  {trophy.icon} {trophy.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="award-amount" label={s.trophies.amount} error={feedback.errors.amount}>
          {(props) => (
            <input
              {...props}
              type="number"
              min={1}
              value={draft.amount}
              onChange={(e) => setDraft({ ...draft, amount: e.target.value })}
            />
          )}
        </Field>
        <button type="submit" className="button button-primary" disabled={award.isPending}>
          🏆 {s.trophies.award}
        </button>
      </form>
    </section>
  );
}

/** The club's trophies and the hand-award form. */
export function TrophiesAdminPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.trophies.list.queryOptions());
  const feedback = useAdminFeedback(['name', 'icon', 'unique']);
  const [draft, setDraft] = useState({ name: '', icon: '🏆', unique: false });
  const create = useMutation(trpc.trophies.create.mutationOptions({ onError: feedback.failure }));

  return (
    <>
      <AwardForm />
      <section className="panel" aria-labelledby="trophies-title">
        <h2 id="trophies-title">{s.trophies.title}</h2>
        <FeedbackNotice notice={feedback.notice} onDismiss={feedback.dismiss} />
        <form
          className="inline-form admin-add"
          aria-label={s.trophies.add}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const parsed = trophyCreateInput.safeParse({ ...draft, icon: orNull(draft.icon) });
            if (!parsed.success)
              return feedback.invalid(fieldErrorsFromIssues(parsed.error.issues));
            create.mutate(parsed.data, {
              onSuccess: () => {
                setDraft({ name: '', icon: '🏆', unique: false });
                feedback.success(s.added(parsed.data.name));
                void queryClient.invalidateQueries({ queryKey: trpc.trophies.pathKey() });
              },
            });
          }}
        >
          <Field id="trophy-name" label={s.name} error={feedback.errors.name} required>
            {(props) => (
              <input
                {...props}
                type="text"
                maxLength={64}
                value={draft.name}
                onChange={(e) => setDraft({ ...draft, name: e.target.value })}
              />
            )}
          </Field>
          <Field id="trophy-icon" label={s.icon} hint={s.iconHint} error={feedback.errors.icon}>
            {(props) => (
              <input
                {...props}
                type="text"
                value={draft.icon}
                onChange={(e) => setDraft({ ...draft, icon: e.target.value })}
              />
            )}
          </Field>
          <label className="check">
            <input
              type="checkbox"
              checked={draft.unique}
              onChange={(e) => setDraft({ ...draft, unique: e.target.checked })}
            />
            {s.trophies.unique}
          </label>
          <button type="submit" className="button button-primary" disabled={create.isPending}>
            + {s.trophies.add}
          </button>
        </form>
        <QueryView
          query={list}
          isEmpty={(items) => items.length === 0}
          empty={<Empty title={s.trophies.empty} />}
        >
          {(items) => (
            <ul className="admin-list">
              {items.map((trophy) => (
                <li key={trophy.id}>
                  <span className="trophy-icon">
                    <TrophyIcon icon={trophy.icon} />
                  </span>
                  <span className="admin-list-name">{trophy.name}</span>
                  <span className="badge">{trophy.unique ? s.trophies.yes : s.trophies.no}</span>
                </li>
              ))}
            </ul>
          )}
        </QueryView>
      </section>
    </>
  );
}
