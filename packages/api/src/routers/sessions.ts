import { toCalendarSession, toSessionResult } from '../dto/sessionDto.js';
import {
  sessionCreateInput,
  sessionDeleteInput,
  sessionRangeInput,
  sessionUpdateInput,
} from '../schemas/index.js';
import { gmProcedure, publicProcedure, router } from '../trpc.js';

/** Sessions of games and the club's calendar. */
export const sessionsRouter = router({
  create: gmProcedure.input(sessionCreateInput).mutation(async ({ ctx, input }) => {
    return toSessionResult(await ctx.services.sessions.create(ctx.user, input));
  }),

  update: gmProcedure.input(sessionUpdateInput).mutation(async ({ ctx, input }) => {
    return toSessionResult(await ctx.services.sessions.update(ctx.user, input));
  }),

  delete: gmProcedure.input(sessionDeleteInput).mutation(async ({ ctx, input }) => {
    await ctx.services.sessions.delete(ctx.user, input.id);
    return { id: input.id };
  }),

  inRange: publicProcedure.input(sessionRangeInput).query(async ({ ctx, input }) => {
    const sessions = await ctx.services.sessions.inRange(input, ctx.user);
    return sessions.map(toCalendarSession);
  }),
});
