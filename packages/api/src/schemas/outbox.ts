import { z } from 'zod';

import { OUTBOX_STATUSES } from '@questboard/db/vocabulary';

import { entityId, pageInput } from './common.js';

/** outbox.list: pending and failed by default. */
export const outboxListInput = pageInput.omit({ search: true }).extend({
  status: z.array(z.enum(OUTBOX_STATUSES)).min(1).default(['pending', 'failed']),
  gameId: entityId.optional(),
});
export type OutboxListInput = z.infer<typeof outboxListInput>;
