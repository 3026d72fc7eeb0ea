import { router } from '../trpc.js';
import { channelsRouter } from './channels.js';
import { eventsRouter } from './events.js';
import { gamesRouter } from './games.js';
import { outboxRouter } from './outbox.js';
import { sessionsRouter } from './sessions.js';
import { specialEventsRouter } from './specialEvents.js';
import { statsRouter } from './stats.js';
import { systemsRouter } from './systems.js';
import { trophiesRouter } from './trophies.js';
import { usersRouter } from './users.js';
import { vttsRouter } from './vtts.js';

/** The whole API: one router per domain. */
export const appRouter = router({
  games: gamesRouter,
  sessions: sessionsRouter,
  systems: systemsRouter,
  vtts: vttsRouter,
  specialEvents: specialEventsRouter,
  channels: channelsRouter,
  trophies: trophiesRouter,
  users: usersRouter,
  events: eventsRouter,
  stats: statsRouter,
  outbox: outboxRouter,
});

/** The type the web app's tRPC client is built on. */
export type AppRouter = typeof appRouter;
