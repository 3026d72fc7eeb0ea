import { statsInput } from '../schemas/index.js';
import { publicProcedure, router } from '../trpc.js';

/** The club's activity, counted in SQL. */
export const statsRouter = router({
  /** Games by status and type, sessions and games per month, top systems, VTTs, players, GMs. */
  overview: publicProcedure.input(statsInput).query(async ({ ctx, input }) => {
    return ctx.services.stats.overview(input.top);
  }),
});
