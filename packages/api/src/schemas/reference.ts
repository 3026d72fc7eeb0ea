import { z } from 'zod';

import { entityId, snowflake } from './common.js';
import { GAME_TYPES } from './enums.js';

/** Longest names of systems, VTTs and special events (their columns hold 100 characters). */
export const REFERENCE_NAME_MAX = 100;

const referenceName = z.string().trim().min(1).max(REFERENCE_NAME_MAX);

/** An emoji or an image URL; empty or null means none. */
const icon = z.string().trim().max(500).nullable();

/** systems.create, vtts.create */
export const referenceCreateInput = z.object({ name: referenceName, icon: icon.default(null) });
export type ReferenceCreateInput = z.infer<typeof referenceCreateInput>;

/** systems.update, vtts.update: rename and/or change the icon. */
export const referenceUpdateInput = z.object({
  id: entityId,
  name: referenceName.optional(),
  icon: icon.optional(),
});
export type ReferenceUpdateInput = z.infer<typeof referenceUpdateInput>;

/** An RGB colour as Discord embeds take it. */
export const colorField = z.number().int().min(0).max(0xffffff);

const specialEventFields = {
  name: referenceName,
  emoji: z.string().trim().max(32).nullable(),
  color: colorField,
  active: z.boolean(),
};

/** specialEvents.list: every event, or only those the game form offers. */
export const specialEventListInput = z
  .object({ activeOnly: z.boolean().default(false) })
  .default({ activeOnly: false });
export type SpecialEventListInput = z.infer<typeof specialEventListInput>;

/** specialEvents.create */
export const specialEventCreateInput = z.object({
  ...specialEventFields,
  emoji: specialEventFields.emoji.default(null),
  color: specialEventFields.color.default(0),
  active: specialEventFields.active.default(false),
});
export type SpecialEventCreateInput = z.infer<typeof specialEventCreateInput>;

/** specialEvents.update: only the fields named change. */
export const specialEventUpdateInput = z
  .object({ id: entityId, ...specialEventFields })
  .partial()
  .required({ id: true });
export type SpecialEventUpdateInput = z.infer<typeof specialEventUpdateInput>;

/** channels.create: a Discord category that will hold the channels of one game type. */
export const channelCreateInput = z.object({ id: snowflake, type: z.enum(GAME_TYPES) });
export type ChannelCreateInput = z.infer<typeof channelCreateInput>;

/** channels.update: change the type of an empty category, or correct its channel count. */
export const channelUpdateInput = z.object({
  id: snowflake,
  type: z.enum(GAME_TYPES).optional(),
  size: z.number().int().min(0).max(10_000).optional(),
});
export type ChannelUpdateInput = z.infer<typeof channelUpdateInput>;

/** channels.delete */
export const channelIdInput = z.object({ id: snowflake });
export type ChannelIdInput = z.infer<typeof channelIdInput>;
