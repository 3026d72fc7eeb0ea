import { toLeaderboard, toTrophy, toTrophyCaseEntry } from '../dto/trophyDto.js';
import {
  idInput,
  trophyAdjustInput,
  trophyAwardInput,
  trophyCreateInput,
  trophyForUserInput,
  trophyLeaderboardInput,
  trophyUpdateInput,
} from '../schemas/index.js';
import { adminProcedure, publicProcedure, router } from '../trpc.js';

/** Trophies and leaderboards for everyone; admins keep the list and award by hand. */
export const trophiesRouter = router({
  list: publicProcedure.query(async ({ ctx }) => {
    return (await ctx.services.trophies.list()).map(toTrophy);
  }),

  /** Members still playing with the most of a trophy. */
  leaderboard: publicProcedure.input(trophyLeaderboardInput).query(async ({ ctx, input }) => {
    const { rows } = await ctx.services.trophies.leaderboard(input.trophyId, input.limit);
    return toLeaderboard(rows);
  }),

  /** A member's trophy case. */
  forUser: publicProcedure.input(trophyForUserInput).query(async ({ ctx, input }) => {
    return (await ctx.services.trophies.forUser(input.userId)).map(toTrophyCaseEntry);
  }),

  create: adminProcedure.input(trophyCreateInput).mutation(async ({ ctx, input }) => {
    return toTrophy(await ctx.services.trophies.create(input));
  }),

  /** Renames a trophy, changes its icon or unique flag. */
  update: adminProcedure.input(trophyUpdateInput).mutation(async ({ ctx, input }) => {
    return toTrophy(await ctx.services.trophies.update(input));
  }),

  /** Only while nobody holds it. */
  delete: adminProcedure.input(idInput).mutation(async ({ ctx, input }) => {
    await ctx.services.trophies.delete(input.id);
    return { id: input.id };
  }),

  /** Adds `amount` to a member's quantity (a unique trophy stays at 1). */
  award: adminProcedure.input(trophyAwardInput).mutation(async ({ ctx, input }) => {
    return ctx.services.trophies.award(input);
  }),

  /** Sets a member's quantity; 0 takes the trophy away. */
  adjust: adminProcedure.input(trophyAdjustInput).mutation(async ({ ctx, input }) => {
    return ctx.services.trophies.adjust(input);
  }),
});
