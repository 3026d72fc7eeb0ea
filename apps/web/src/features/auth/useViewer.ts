import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { fetchSession, signInDemo, signOut, type Viewer } from './session.js';

export const SESSION_KEY = ['auth', 'session'] as const;

/** The session as the server sees it; shared by every component through the query cache. */
export function useSession() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: 60_000 });
}

/** The signed-in member, or null (also while loading). */
export function useViewer(): Viewer | null {
  return useSession().data?.user ?? null;
}

/** Signing in or out changes what every query may show: refetch everything. */
function useResetAfter<T>(action: (arg: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: action,
    onSuccess: async () => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
      await queryClient.invalidateQueries({ queryKey: SESSION_KEY });
    },
  });
}

export const useDemoSignIn = () => useResetAfter((userId: string) => signInDemo(userId));

export const useSignOut = () => useResetAfter(() => signOut());

/** May this viewer manage the game of this GM? Its GM or an admin. */
export function canManage(viewer: Viewer | null, gmId: string): boolean {
  return viewer !== null && (viewer.isAdmin || viewer.id === gmId);
}
