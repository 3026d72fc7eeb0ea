import { QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import superjson from 'superjson';

import type { AppRouter } from '@questboard/api';

/** The typed hooks: `useTRPC()` gives query and mutation options for every procedure. */
export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

/** A refusal (4xx) will not change on retry; only network and server hiccups get one more go. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  const status = (error as { data?: { httpStatus?: number } }).data?.httpStatus;
  return failureCount < 1 && (status === undefined || status >= 500);
}

/** One query cache per tab. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Seats change under the viewer's feet: a page shows its cached copy at once and refetches
      // on every visit, so coming back to a game never shows an old table.
      queries: { staleTime: 0, retry: shouldRetry, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}

/** The client speaks to the server that served the page, carrying its session cookie. */
export function createClient() {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: '/trpc',
        transformer: superjson,
        // The server refuses a batch of more than MAX_BATCH_SIZE (default 20) calls.
        maxItems: 20,
        fetch: (url, options) => fetch(url, { ...options, credentials: 'same-origin' }),
      }),
    ],
  });
}
