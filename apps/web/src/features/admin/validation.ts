import { z } from 'zod';

import { entityId, GAME_TYPES, nameField, snowflake } from '@questboard/api/schemas';

/** A system or VTT as the admin form sends it. */
export const namedIconInput = z.object({ name: nameField, icon: z.string().trim().max(200) });

/** A special event as the admin form sends it. */
export const specialEventInput = z.object({
  name: nameField,
  emoji: z.string().trim().max(16),
  color: z.number().int().min(0).max(0xffffff),
  active: z.boolean(),
});

/** A Discord category for one game type. */
export const channelInput = z.object({ id: snowflake, type: z.enum(GAME_TYPES) });

/** A new trophy. */
export const trophyInput = z.object({
  name: z.string().trim().min(1).max(64),
  icon: z.string().trim().max(200),
  unique: z.boolean(),
});

/** A trophy awarded by hand. */
export const trophyAwardInput = z.object({
  userId: snowflake,
  trophyId: entityId,
  amount: z.number().int().min(1).max(1000),
});
