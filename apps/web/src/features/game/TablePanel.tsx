import { useMutation } from '@tanstack/react-query';
import { Link } from 'react-router-dom';

import { describeProblem } from '../../lib/errors.js';
import { useTRPC } from '../../trpc.js';
import { useViewer } from '../auth/useViewer.js';
import { SeatMeter } from '../board/GameCard.js';
import { AddPlayerForm } from './AddPlayerForm.js';
import type { GameDetail, Notify } from './GamePage.js';
import { gameStrings as s } from './strings.js';
import { useInvalidateGames } from './useGameMutations.js';

/** The players at the table, the viewer's register / leave button, and the GM's seat tools. */
export function TablePanel({
  game,
  manages,
  notify,
}: {
  game: GameDetail;
  manages: boolean;
  notify: Notify;
}) {
  const trpc = useTRPC();
  const viewer = useViewer();
  const invalidate = useInvalidateGames();
  const isIn = game.isRegistered;
  // A refusal means the page was stale (someone else took the seat): show the table as it is.
  const fail = (error: unknown) => {
    notify({ tone: 'error', text: describeProblem(error) });
    void invalidate();
  };

  const register = useMutation(
    trpc.games.register.mutationOptions({
      onSuccess: async () => {
        notify({ tone: 'success', text: s.registered });
        await invalidate();
      },
      onError: fail,
    }),
  );
  const unregister = useMutation(
    trpc.games.unregister.mutationOptions({
      onSuccess: async () => {
        notify({ tone: 'success', text: s.unregistered });
        await invalidate();
      },
      onError: fail,
    }),
  );
  const removePlayer = useMutation(
    trpc.games.removePlayer.mutationOptions({
      onSuccess: async (_data, input) => {
        const name = game.players.find((player) => player.id === input.userId)?.name ?? '';
        notify({ tone: 'success', text: s.removed(name) });
        await invalidate();
      },
      onError: fail,
    }),
  );
  const busy = register.isPending || unregister.isPending;
  const canJoin = game.status === 'open';
  const why =
    game.status === 'closed' ? s.closedNote : game.status === 'archived' ? s.archivedNote : null;

  return (
    <section className="panel" aria-labelledby="table-title">
      <div className="panel-title">
        <h2 id="table-title">{s.table}</h2>
      </div>
      <p className="seat-summary" data-testid="seat-count">
        <SeatMeter taken={game.seatsTaken} size={game.partySize} />
        {s.seats(game.seatsTaken, game.partySize)}
      </p>
      {game.players.length === 0 ? (
        <p className="muted">{s.noPlayers}</p>
      ) : (
        <ul className="player-list">
          {game.players.map((player) => (
            <li key={player.id}>
              <Link to={`/users/${player.id}`}>{player.name}</Link>
              {manages && (
                <button
                  type="button"
                  className="button button-ghost button-small"
                  aria-label={s.removeLabel(player.name)}
                  disabled={removePlayer.isPending}
                  onClick={() => removePlayer.mutate({ id: game.id, userId: player.id })}
                >
                  {s.remove}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="button-row" style={{ marginTop: '0.75rem' }}>
        {viewer === null ? (
          canJoin && (
            <Link className="button button-primary" to="/sign-in">
              {s.signInToRegister}
            </Link>
          )
        ) : isIn ? (
          <>
            <span className="muted small">{s.youAreIn}</span>
            {game.status !== 'archived' && (
              <button
                type="button"
                className="button"
                disabled={busy}
                onClick={() => unregister.mutate({ id: game.id })}
              >
                {s.unregister}
              </button>
            )}
          </>
        ) : !canJoin && why ? (
          <span className="muted small">{why}</span>
        ) : (
          canJoin &&
          viewer.id !== game.gm.id && (
            <button
              type="button"
              className="button button-primary"
              disabled={busy}
              onClick={() => register.mutate({ id: game.id })}
            >
              {s.register}
            </button>
          )
        )}
      </div>
      {manages && game.status !== 'archived' && <AddPlayerForm game={game} notify={notify} />}
    </section>
  );
}
