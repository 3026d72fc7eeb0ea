import { z } from 'zod';

import { entityId, pageInput } from './common.js';
import { GAME_EVENT_ACTIONS } from './enums.js';

/** events.list: the audit log, newest first; `search` looks in description, action, game name. */
export const eventListInput = pageInput.extend({
  gameId: entityId.optional(),
  action: z.enum(GAME_EVENT_ACTIONS).optional(),
});
export type EventListInput = z.infer<typeof eventListInput>;
