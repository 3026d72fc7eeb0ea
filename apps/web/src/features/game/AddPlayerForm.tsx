import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';

import { describeProblem } from '../../lib/errors.js';
import { useTRPC } from '../../trpc.js';
import { useViewer } from '../auth/useViewer.js';
import type { GameDetail, Notify } from './GamePage.js';
import { gameStrings as s } from './strings.js';
import { useInvalidateGames } from './useGameMutations.js';

/** The GM seats a member by hand, optionally past the party size. */
export function AddPlayerForm({ game, notify }: { game: GameDetail; notify: Notify }) {
  const trpc = useTRPC();
  const invalidate = useInvalidateGames();
  const isAdmin = useViewer()?.isAdmin === true;
  // Only admins may list members; a GM types the member's Discord id instead.
  const members = useQuery({
    ...trpc.users.list.queryOptions({ page: 1, perPage: 100, status: 'active' }),
    enabled: isAdmin,
  });
  const [userId, setUserId] = useState('');
  const [force, setForce] = useState(false);
  const addPlayer = useMutation(
    trpc.games.addPlayer.mutationOptions({
      onSuccess: async () => {
        notify({ tone: 'success', text: s.added });
        setUserId('');
        await invalidate();
      },
      onError: (error) => notify({ tone: 'error', text: describeProblem(error) }),
    }),
  );
  const seated = new Set([game.gm.id, ...game.players.map((player) => player.id)]);
  const candidates = (members.data?.items ?? []).filter((member) => !seated.has(member.id));

  return (
    <form
      className="inline-form"
      aria-label={s.addPlayer}
      onSubmit={(event) => {
        event.preventDefault();
        if (userId) addPlayer.mutate({ id: game.id, userId, force });
      }}
    >
      <div className="field">
        <label className="field-label" htmlFor="add-player">
          {s.addPlayer}
        </label>
        {isAdmin ? (
          <select
            id="add-player"
            value={userId}
            onChange={(event) => setUserId(event.target.value)}
          >
            <option value="">{s.addPlayerPick}</option>
            {candidates.map((member) => (
              <option key={member.id} value={member.id}>
                {member.name}
              </option>
            ))}
          </select>
        ) : (
          <input
            id="add-player"
            type="text"
            inputMode="numeric"
            placeholder={s.addPlayerIdHint}
            value={userId}
            onChange={(event) => setUserId(event.target.value.trim())}
          />
        )}
      </div>
      <button type="submit" className="button" disabled={!userId || addPlayer.isPending}>
        {s.add}
      </button>
      <label className="check small">
        <input
          type="checkbox"
          checked={force}
          onChange={(event) => setForce(event.target.checked)}
        />
        {s.addPlayerForce}
      </label>
    </form>
  );
}
