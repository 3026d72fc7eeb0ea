import { idInput } from '../schemas/common.js';
import { outboxListInput } from '../schemas/outbox.js';
import { adminProcedure, router } from '../trpc.js';

/** The Discord outbox, for admins: what waits, what failed, and retry. */
export const outboxRouter = router({
  list: adminProcedure
    .input(outboxListInput)
    .query(({ ctx, input }) => ctx.services.outbox.list(input)),

  retry: adminProcedure
    .input(idInput)
    .mutation(({ ctx, input }) => ctx.services.outbox.retry(input.id)),
});
