import { router } from '../trpc.js';

/** Sessions of games and the calendar. */
export const sessionsRouter = router({});
