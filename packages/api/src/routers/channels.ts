import { toChannel } from '../dto/referenceDto.js';
import { channelCreateInput, channelIdInput, channelUpdateInput } from '../schemas/index.js';
import { adminProcedure, router } from '../trpc.js';

/** The Discord categories game channels go in; admins only (they show Discord ids). */
export const channelsRouter = router({
  list: adminProcedure.query(async ({ ctx }) => {
    return (await ctx.services.channels.list()).map(toChannel);
  }),

  create: adminProcedure.input(channelCreateInput).mutation(async ({ ctx, input }) => {
    return toChannel(await ctx.services.channels.create(input));
  }),

  /** Corrects the channel count, or changes the type of a category holding no game. */
  update: adminProcedure.input(channelUpdateInput).mutation(async ({ ctx, input }) => {
    return toChannel(await ctx.services.channels.update(input));
  }),

  /** Only while it holds no game channel. */
  delete: adminProcedure.input(channelIdInput).mutation(async ({ ctx, input }) => {
    await ctx.services.channels.delete(input.id);
    return { id: input.id };
  }),
});
