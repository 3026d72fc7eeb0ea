import { toAuditEvent } from '../dto/eventDto.js';
import { eventListInput } from '../schemas/index.js';
import { adminProcedure, router } from '../trpc.js';

/** The audit log, for admins. */
export const eventsRouter = router({
  /** Newest first, paginated; searches description, action and game name. */
  list: adminProcedure.input(eventListInput).query(async ({ ctx, input }) => {
    const page = await ctx.services.events.list(input);
    return { ...page, items: page.items.map(toAuditEvent) };
  }),
});
