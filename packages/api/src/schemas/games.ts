import { z } from 'zod';

import { entityId, NAME_MAX, nameField, pageInput, snowflake, TEXT_MAX } from './common.js';
import {
  AMBIENCES,
  CHARACTER_MODES,
  FREQUENCIES,
  GAME_STATUSES,
  GAME_TYPES,
  RESTRICTIONS,
  XP_LEVELS,
} from './enums.js';

const level = z.number().int().min(0).max(2);

/** Every field a GM fills in on the game form. */
export const gameFields = z.object({
  name: nameField,
  type: z.enum(GAME_TYPES),
  length: z.string().trim().max(100).nullable().default(null),
  systemId: entityId,
  vttId: entityId.nullable().default(null),
  description: z.string().max(TEXT_MAX).default(''),
  restriction: z.enum(RESTRICTIONS).default('all'),
  restrictionTags: z.array(z.string().trim().min(1).max(50)).max(20).default([]),
  partySize: z.number().int().min(1).max(50).default(4),
  partySelection: z.boolean().default(false),
  xp: z.enum(XP_LEVELS).default('all'),
  /** Start of the first session. */
  date: z.date(),
  /** Hours, one decimal; a session lasts under 24 hours. */
  sessionLength: z.number().min(0.5).max(23.9).default(3),
  frequency: z.enum(FREQUENCIES).nullable().default(null),
  characters: z.enum(CHARACTER_MODES).default('with_gm'),
  classification: z
    .object({ action: level, investigation: level, interaction: level, horror: level })
    .default({ action: 1, investigation: 1, interaction: 1, horror: 0 }),
  ambience: z.array(z.enum(AMBIENCES)).max(AMBIENCES.length).default([]),
  complement: z.string().max(TEXT_MAX).nullable().default(null),
  img: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .nullable()
    .default(null),
  specialEventId: entityId.nullable().default(null),
});
export type GameFields = z.infer<typeof gameFields>;

/** games.create: a new draft. */
export const gameCreateInput = gameFields;
export type GameCreateInput = z.infer<typeof gameCreateInput>;

/** games.update: the fields to change; rename and type change only while a draft. */
export const gameUpdateInput = z.object({
  id: entityId,
  ...gameFields.partial().shape,
});
export type GameUpdateInput = z.infer<typeof gameUpdateInput>;

/** games.search: the board's filters and page. */
export const gameSearchInput = z.object({
  status: z.array(z.enum(GAME_STATUSES)).max(GAME_STATUSES.length).optional(),
  type: z.array(z.enum(GAME_TYPES)).max(GAME_TYPES.length).optional(),
  restriction: z.array(z.enum(RESTRICTIONS)).max(RESTRICTIONS.length).optional(),
  name: z.string().trim().max(NAME_MAX).optional(),
  systemId: entityId.optional(),
  vttId: entityId.optional(),
  gmId: snowflake.optional(),
  playerId: snowflake.optional(),
  specialEventId: entityId.optional(),
  page: pageInput.shape.page,
  perPage: pageInput.shape.perPage,
});
export type GameSearchInput = z.infer<typeof gameSearchInput>;

/** games.bySlug */
export const gameSlugInput = z.object({ slug: z.string().trim().min(1).max(90) });
export type GameSlugInput = z.infer<typeof gameSlugInput>;

/** games.close, reopen, archive, delete, clone, register… */
export const gameIdInput = z.object({ id: entityId });
export type GameIdInput = z.infer<typeof gameIdInput>;

/** games.publish */
export const gamePublishInput = z.object({
  id: entityId,
  /** Confirms publishing a game whose date is already past. */
  allowPastDate: z.boolean().default(false),
  /** Opens the game closed: announced, but taking no registrations. */
  silent: z.boolean().default(false),
});
export type GamePublishInput = z.infer<typeof gamePublishInput>;

/** games.addPlayer: a GM seats a member, past capacity or closure with `force`. */
export const gameAddPlayerInput = z.object({
  id: entityId,
  userId: snowflake,
  force: z.boolean().default(false),
});
export type GameAddPlayerInput = z.infer<typeof gameAddPlayerInput>;

/** games.removePlayer: a GM frees a member's seat. */
export const gameRemovePlayerInput = z.object({ id: entityId, userId: snowflake });
export type GameRemovePlayerInput = z.infer<typeof gameRemovePlayerInput>;
