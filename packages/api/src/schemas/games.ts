import { z } from 'zod';

import {
  dateField,
  entityId,
  NAME_MAX,
  nameField,
  pageInput,
  snowflake,
  TEXT_MAX,
} from './common.js';
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

/** Every field of the game form, without defaults (an update changes only what it names). */
const gameFieldShape = {
  name: nameField,
  type: z.enum(GAME_TYPES),
  length: z.string().trim().max(100).nullable(),
  systemId: entityId,
  vttId: entityId.nullable(),
  description: z.string().max(TEXT_MAX),
  restriction: z.enum(RESTRICTIONS),
  restrictionTags: z.array(z.string().trim().min(1).max(50)).max(20),
  partySize: z.number().int().min(1).max(50),
  partySelection: z.boolean(),
  xp: z.enum(XP_LEVELS),
  /** Start of the first session. */
  date: dateField,
  /** Hours, one decimal; a session lasts under 24 hours. */
  sessionLength: z.number().min(0.5).max(23.9),
  frequency: z.enum(FREQUENCIES).nullable(),
  characters: z.enum(CHARACTER_MODES),
  classification: z.object({
    action: level,
    investigation: level,
    interaction: level,
    horror: level,
  }),
  ambience: z.array(z.enum(AMBIENCES)).max(AMBIENCES.length),
  complement: z.string().max(TEXT_MAX).nullable(),
  img: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .nullable(),
  specialEventId: entityId.nullable(),
};

/** The game form's fields, every one required (no defaults). */
export const gameFields = z.object(gameFieldShape);

/** games.create: a new draft; what the form leaves out takes the club's defaults. */
export const gameCreateInput = z.object({
  ...gameFieldShape,
  length: gameFieldShape.length.default(null),
  vttId: gameFieldShape.vttId.default(null),
  description: gameFieldShape.description.default(''),
  restriction: gameFieldShape.restriction.default('all'),
  restrictionTags: gameFieldShape.restrictionTags.default([]),
  partySize: gameFieldShape.partySize.default(4),
  partySelection: gameFieldShape.partySelection.default(false),
  xp: gameFieldShape.xp.default('all'),
  sessionLength: gameFieldShape.sessionLength.default(3),
  frequency: gameFieldShape.frequency.default(null),
  characters: gameFieldShape.characters.default('with_gm'),
  classification: gameFieldShape.classification.default({
    action: 1,
    investigation: 1,
    interaction: 1,
    horror: 0,
  }),
  ambience: gameFieldShape.ambience.default([]),
  complement: gameFieldShape.complement.default(null),
  img: gameFieldShape.img.default(null),
  specialEventId: gameFieldShape.specialEventId.default(null),
});
export type GameCreateInput = z.infer<typeof gameCreateInput>;

/** The form's fields, all present: what games.clone answers as a new draft's defaults. */
export type GameFields = GameCreateInput;

/** games.update: only the fields named change; rename and type change only while a draft. */
export const gameUpdateInput = z
  .object({ id: entityId, ...gameFieldShape })
  .partial()
  .required({
    id: true,
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
