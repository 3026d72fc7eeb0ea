import { toCatalogEntry } from '../dto/referenceDto.js';
import { idInput, referenceCreateInput, referenceUpdateInput } from '../schemas/index.js';
import { adminProcedure, publicProcedure, router } from '../trpc.js';

/** Rule systems: anyone lists them, admins keep them. */
export const systemsRouter = router({
  list: publicProcedure.query(async ({ ctx }) => {
    return (await ctx.services.systems.list()).map(toCatalogEntry);
  }),

  create: adminProcedure.input(referenceCreateInput).mutation(async ({ ctx, input }) => {
    return toCatalogEntry(await ctx.services.systems.create(input));
  }),

  /** Renames a system and/or changes its icon. */
  update: adminProcedure.input(referenceUpdateInput).mutation(async ({ ctx, input }) => {
    return toCatalogEntry(await ctx.services.systems.update(input));
  }),

  /** Only while no game uses it. */
  delete: adminProcedure.input(idInput).mutation(async ({ ctx, input }) => {
    await ctx.services.systems.delete(input.id);
    return { id: input.id };
  }),
});
