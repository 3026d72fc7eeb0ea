import { router } from '../trpc.js';
import { gamesRouter } from './games.js';
import { sessionsRouter } from './sessions.js';

/** The whole API: one router per domain. */
export const appRouter = router({
  games: gamesRouter,
  sessions: sessionsRouter,
});

/** The type the web app's tRPC client is built on. */
export type AppRouter = typeof appRouter;
