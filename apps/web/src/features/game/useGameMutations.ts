import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

import { useTRPC } from '../../trpc.js';

/** After a change to a game: every list and page that shows games or sessions refetches. */
export function useInvalidateGames() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();

  return useCallback(async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.games.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.sessions.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.trophies.pathKey() }),
    ]);
  }, [queryClient, trpc]);
}
