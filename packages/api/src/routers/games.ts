import { router } from '../trpc.js';

/** Games: the board, the GM's lifecycle and registration. */
export const gamesRouter = router({});
