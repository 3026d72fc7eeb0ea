import { z } from 'zod';

import { OUTBOX_STATUSES } from '@questboard/db';

import { entityId, pageInput } from '../schemas/common.js';
import { adminProcedure, router } from '../trpc.js';

/** outbox.list: pending and failed by default. */
export const outboxListInput = pageInput.omit({ search: true }).extend({
  status: z.array(z.enum(OUTBOX_STATUSES)).min(1).default(['pending', 'failed']),
  gameId: entityId.optional(),
});

/** The Discord outbox, for admins: what waits, what failed, and retry. */
export const outboxRouter = router({
  list: adminProcedure
    .input(outboxListInput)
    .query(({ ctx, input }) => ctx.services.outbox.list(input)),

  retry: adminProcedure
    .input(z.object({ id: entityId }))
    .mutation(({ ctx, input }) => ctx.services.outbox.retry(input.id)),
});
