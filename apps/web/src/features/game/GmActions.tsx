import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';

import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { describeProblem, problemOf } from '../../lib/errors.js';
import { useTRPC } from '../../trpc.js';
import type { GameDetail, Notify } from './GamePage.js';
import { gameStrings as s } from './strings.js';
import { useInvalidateGames } from './useGameMutations.js';

type Confirming = 'past' | 'archive' | 'delete' | null;

/** The lifecycle buttons for the game's GM or an admin, each shown only when it applies. */
export function GmActions({ game, notify }: { game: GameDetail; notify: Notify }) {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const invalidate = useInvalidateGames();
  const [confirming, setConfirming] = useState<Confirming>(null);
  const fail = (error: unknown) => notify({ tone: 'error', text: describeProblem(error) });
  const succeed = (text: string) => async () => {
    notify({ tone: 'success', text });
    await invalidate();
  };

  const publish = useMutation(
    trpc.games.publish.mutationOptions({
      onSuccess: succeed(s.published),
      onError: (error) => {
        if (problemOf(error).reason === 'past_date_needs_confirmation') setConfirming('past');
        else fail(error);
      },
    }),
  );
  const close = useMutation(
    trpc.games.close.mutationOptions({ onSuccess: succeed(s.closed), onError: fail }),
  );
  const reopen = useMutation(
    trpc.games.reopen.mutationOptions({ onSuccess: succeed(s.reopened), onError: fail }),
  );
  const archive = useMutation(
    trpc.games.archive.mutationOptions({ onSuccess: succeed(s.archived), onError: fail }),
  );
  const remove = useMutation(
    trpc.games.delete.mutationOptions({
      onSuccess: async () => {
        await invalidate();
        void navigate('/mine', { state: { notice: s.deleted } });
      },
      onError: fail,
    }),
  );
  const busy = [publish, close, reopen, archive, remove].some((mutation) => mutation.isPending);
  const isPast = game.date.getTime() < Date.now();

  return (
    <section className="panel" aria-labelledby="gm-title">
      <h2 id="gm-title">{s.gmActions}</h2>
      <div className="button-row">
        {game.status !== 'archived' && (
          <Link className="button button-small" to={`/games/${game.slug}/edit`}>
            ✎ {s.edit}
          </Link>
        )}
        {game.status === 'draft' && (
          <>
            <button
              type="button"
              className="button button-primary button-small"
              disabled={busy}
              onClick={() => (isPast ? setConfirming('past') : publish.mutate({ id: game.id }))}
            >
              {s.publish}
            </button>
            <button
              type="button"
              className="button button-small"
              disabled={busy}
              onClick={() => publish.mutate({ id: game.id, silent: true, allowPastDate: isPast })}
            >
              {s.publishSilent}
            </button>
          </>
        )}
        {game.status === 'open' && (
          <button
            type="button"
            className="button button-small"
            disabled={busy}
            onClick={() => close.mutate({ id: game.id })}
          >
            {s.close}
          </button>
        )}
        {game.status === 'closed' && (
          <button
            type="button"
            className="button button-small"
            disabled={busy}
            onClick={() => reopen.mutate({ id: game.id })}
          >
            {s.reopen}
          </button>
        )}
        {(game.status === 'open' || game.status === 'closed') && (
          <button
            type="button"
            className="button button-small"
            disabled={busy}
            onClick={() => setConfirming('archive')}
          >
            {s.archive}
          </button>
        )}
        <Link className="button button-small" to={`/announce?from=${game.id}`}>
          {s.clone}
        </Link>
        <button
          type="button"
          className="button button-danger button-small"
          disabled={busy}
          onClick={() => setConfirming('delete')}
        >
          {s.delete}
        </button>
      </div>
      {game.discord && (
        <p className="discord-ids">
          {game.discord.channel
            ? s.discordChannel(game.discord.channel, game.discord.role)
            : game.status === 'draft'
              ? s.discordAfterPublish
              : s.discordPending}
        </p>
      )}
      <ConfirmDialog
        open={confirming === 'past'}
        title={s.pastTitle}
        confirmLabel={s.publishAnyway}
        onCancel={() => setConfirming(null)}
        onConfirm={() => {
          setConfirming(null);
          publish.mutate({ id: game.id, allowPastDate: true });
        }}
      >
        <p>{s.pastBody}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={confirming === 'archive'}
        title={s.archiveTitle}
        confirmLabel={s.archive}
        onCancel={() => setConfirming(null)}
        onConfirm={() => {
          setConfirming(null);
          archive.mutate({ id: game.id });
        }}
      >
        <p>{s.archiveBody}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={confirming === 'delete'}
        title={s.deleteTitle}
        confirmLabel={s.delete}
        danger
        onCancel={() => setConfirming(null)}
        onConfirm={() => {
          setConfirming(null);
          remove.mutate({ id: game.id });
        }}
      >
        <p>{s.deleteBody}</p>
      </ConfirmDialog>
    </section>
  );
}
