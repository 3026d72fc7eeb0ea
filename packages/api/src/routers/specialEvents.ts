import { toSpecialEvent } from '../dto/referenceDto.js';
import {
  idInput,
  specialEventCreateInput,
  specialEventListInput,
  specialEventUpdateInput,
} from '../schemas/index.js';
import { adminProcedure, publicProcedure, router } from '../trpc.js';

/** Themed events that group games: anyone reads them, admins keep them. */
export const specialEventsRouter = router({
  /** By name; `activeOnly` for the events the game form offers. */
  list: publicProcedure.input(specialEventListInput).query(async ({ ctx, input }) => {
    return (await ctx.services.specialEvents.list(input.activeOnly)).map(toSpecialEvent);
  }),

  byId: publicProcedure.input(idInput).query(async ({ ctx, input }) => {
    return toSpecialEvent(await ctx.services.specialEvents.byId(input.id));
  }),

  create: adminProcedure.input(specialEventCreateInput).mutation(async ({ ctx, input }) => {
    return toSpecialEvent(await ctx.services.specialEvents.create(input));
  }),

  update: adminProcedure.input(specialEventUpdateInput).mutation(async ({ ctx, input }) => {
    return toSpecialEvent(await ctx.services.specialEvents.update(input));
  }),

  /** Only while no game belongs to it; deactivate it otherwise. */
  delete: adminProcedure.input(idInput).mutation(async ({ ctx, input }) => {
    await ctx.services.specialEvents.delete(input.id);
    return { id: input.id };
  }),
});
