import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';

import { describeProblem } from '../../lib/errors.js';
import { useDebounced } from '../../lib/useDebounced.js';
import { useTRPC } from '../../trpc.js';
import type { GameDetail, Notify } from './GamePage.js';
import { gameStrings as s } from './strings.js';
import { useInvalidateGames } from './useGameMutations.js';

/** The GM seats a member by hand (found by name), optionally past the party size. */
export function AddPlayerForm({ game, notify }: { game: GameDetail; notify: Notify }) {
  const trpc = useTRPC();
  const invalidate = useInvalidateGames();
  const [search, setSearch] = useState('');
  const term = useDebounced(search.trim());
  const members = useQuery(trpc.users.pick.queryOptions({ search: term, limit: 20 }));
  const [userId, setUserId] = useState('');
  const [force, setForce] = useState(false);
  const addPlayer = useMutation(
    trpc.games.addPlayer.mutationOptions({
      onSuccess: async () => {
        notify({ tone: 'success', text: s.added });
        setUserId('');
        setSearch('');
        await invalidate();
      },
      onError: (error) => notify({ tone: 'error', text: describeProblem(error) }),
    }),
  );
  const seated = new Set([game.gm.id, ...game.players.map((player) => player.id)]);
  const candidates = (members.data ?? []).filter((member) => !seated.has(member.id));

  return (
    <form
      className="inline-form add-player"
      aria-label={s.addPlayer}
      onSubmit={(event) => {
        event.preventDefault();
        if (userId) addPlayer.mutate({ id: game.id, userId, force });
      }}
    >
      <div className="field">
        <label className="field-label" htmlFor="add-player-search">
          {s.addPlayerSearch}
        </label>
        <input
          id="add-player-search"
          type="search"
          value={search}
          placeholder={s.addPlayerSearchHint}
          onChange={(event) => setSearch(event.target.value)}
        />
      </div>
      <div className="field">
        <label className="field-label" htmlFor="add-player">
          {s.addPlayerMember}
        </label>
        <select id="add-player" value={userId} onChange={(event) => setUserId(event.target.value)}>
          <option value="">
            {members.isPending
              ? s.addPlayerLoading
              : candidates.length === 0
                ? s.addPlayerNone
                : s.addPlayerPick}
          </option>
          {candidates.map((member) => (
            <option key={member.id} value={member.id}>
              {member.name}
              {member.username ? ` (@${member.username})` : ''}
            </option>
          ))}
        </select>
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
