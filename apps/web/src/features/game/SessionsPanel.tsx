import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';

import { sessionCreateInput, sessionUpdateInput } from '@questboard/api/schemas';

import { formatDateTime, formatRange } from '../../lib/dates.js';
import { describeProblem } from '../../lib/errors.js';
import {
  fieldErrorsFromIssues,
  fieldErrorsFromProblem,
  type FieldErrors,
} from '../../lib/fieldErrors.js';
import { useTRPC } from '../../trpc.js';
import type { GameDetail, Notify } from './GamePage.js';
import { SessionForm } from './SessionForm.js';
import { gameStrings as s } from './strings.js';
import { useInvalidateGames } from './useGameMutations.js';

const SESSION_FIELDS = ['start', 'end'];

/** A new session defaults to a week after the last one (or the game's date), same length. */
function nextSlot(game: GameDetail): { start: Date; end: Date } {
  const last = game.sessions[game.sessions.length - 1];
  const start = last ? new Date(last.start.getTime() + 7 * 86_400_000) : game.date;
  const length = last ? last.end.getTime() - last.start.getTime() : game.sessionLength * 3_600_000;
  return { start, end: new Date(start.getTime() + length) };
}

/** The game's sessions; its GM adds, moves and deletes them. */
export function SessionsPanel({
  game,
  manages,
  notify,
}: {
  game: GameDetail;
  manages: boolean;
  notify: Notify;
}) {
  const trpc = useTRPC();
  const invalidate = useInvalidateGames();
  const [adding, setAdding] = useState(false);
  const [moving, setMoving] = useState<number | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const onFieldError = (error: unknown) => setErrors(fieldErrorsFromProblem(error, SESSION_FIELDS));
  const nameOf = (userId: string) =>
    [game.gm, ...game.players].find((person) => person.id === userId)?.name ?? userId;
  const done =
    (text: string) =>
    async (result?: { warnings: { userId: string; game: { name: string } }[] }) => {
      const warnings = result?.warnings ?? [];
      notify(
        warnings.length === 0
          ? { tone: 'success', text }
          : {
              tone: 'info',
              text: `${s.sessionWarnings(warnings.length)} ${warnings.map((w) => s.warningLine(nameOf(w.userId), w.game.name)).join('; ')}`,
            },
      );
      setAdding(false);
      setMoving(null);
      setErrors({});
      await invalidate();
    };

  const create = useMutation(
    trpc.sessions.create.mutationOptions({
      onSuccess: done(s.sessionAdded),
      onError: onFieldError,
    }),
  );
  const update = useMutation(
    trpc.sessions.update.mutationOptions({
      onSuccess: done(s.sessionMoved),
      onError: onFieldError,
    }),
  );
  const remove = useMutation(
    trpc.sessions.delete.mutationOptions({
      onSuccess: () => done(s.sessionDeleted)(),
      onError: (error) => notify({ tone: 'error', text: describeProblem(error) }),
    }),
  );
  const editable = manages && game.status !== 'archived';

  const submitNew = (value: { start: Date | null; end: Date | null }) => {
    const parsed = sessionCreateInput.safeParse({ gameId: game.id, ...value });
    if (!parsed.success) return setErrors(fieldErrorsFromIssues(parsed.error.issues));
    create.mutate(parsed.data);
  };
  const submitMove = (id: number) => (value: { start: Date | null; end: Date | null }) => {
    const parsed = sessionUpdateInput.safeParse({ id, ...value });
    if (!parsed.success) return setErrors(fieldErrorsFromIssues(parsed.error.issues));
    update.mutate(parsed.data);
  };

  return (
    <section className="panel" aria-labelledby="sessions-title">
      <div className="panel-title">
        <h2 id="sessions-title">{s.sessions}</h2>
        {editable && !adding && (
          <button
            type="button"
            className="button button-small"
            onClick={() => {
              setErrors({});
              setMoving(null);
              setAdding(true);
            }}
          >
            + {s.addSession}
          </button>
        )}
      </div>
      {adding && (
        <SessionForm
          idPrefix="new-session"
          initial={nextSlot(game)}
          errors={errors}
          busy={create.isPending}
          submitLabel={s.addSession}
          onSubmit={submitNew}
          onCancel={() => setAdding(false)}
        />
      )}
      {game.sessions.length === 0 ? (
        <p className="muted">{s.noSessions}</p>
      ) : (
        <ul className="session-list">
          {game.sessions.map((session) => {
            const when = formatDateTime(session.start);
            return moving === session.id ? (
              <li key={session.id}>
                <SessionForm
                  idPrefix={`session-${session.id}`}
                  initial={session}
                  errors={errors}
                  busy={update.isPending}
                  submitLabel={s.save}
                  onSubmit={submitMove(session.id)}
                  onCancel={() => setMoving(null)}
                />
              </li>
            ) : (
              <li key={session.id}>
                <time dateTime={session.start.toISOString()}>
                  {formatRange(session.start, session.end)}
                </time>
                {editable && (
                  <span className="button-row">
                    <button
                      type="button"
                      className="button button-ghost button-small"
                      aria-label={s.moveLabel(when)}
                      onClick={() => {
                        setErrors({});
                        setAdding(false);
                        setMoving(session.id);
                      }}
                    >
                      {s.move}
                    </button>
                    <button
                      type="button"
                      className="button button-ghost button-small"
                      aria-label={s.deleteSessionLabel(when)}
                      disabled={remove.isPending}
                      onClick={() => remove.mutate({ id: session.id })}
                    >
                      {s.deleteSession}
                    </button>
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
