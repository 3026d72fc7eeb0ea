import { toCatalogEntry } from '../dto/referenceDto.js';
import { idInput, referenceCreateInput, referenceUpdateInput } from '../schemas/index.js';
import { adminProcedure, publicProcedure, router } from '../trpc.js';

/** Virtual tabletops: anyone lists them, admins keep them. */
export const vttsRouter = router({
  list: publicProcedure.query(async ({ ctx }) => {
    return (await ctx.services.vtts.list()).map(toCatalogEntry);
  }),

  create: adminProcedure.input(referenceCreateInput).mutation(async ({ ctx, input }) => {
    return toCatalogEntry(await ctx.services.vtts.create(input));
  }),

  /** Renames a VTT and/or changes its icon. */
  update: adminProcedure.input(referenceUpdateInput).mutation(async ({ ctx, input }) => {
    return toCatalogEntry(await ctx.services.vtts.update(input));
  }),

  /** Only while no game uses it. */
  delete: adminProcedure.input(idInput).mutation(async ({ ctx, input }) => {
    await ctx.services.vtts.delete(input.id);
    return { id: input.id };
  }),
});
