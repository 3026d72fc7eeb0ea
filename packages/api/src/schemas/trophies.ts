import { z } from 'zod';

import { entityId, snowflake } from './common.js';

/** Longest trophy name (the column holds 64 characters). */
export const TROPHY_NAME_MAX = 64;

const trophyFields = {
  name: z.string().trim().min(1).max(TROPHY_NAME_MAX),
  /** An emoji or an image URL; empty or null means none. */
  icon: z.string().trim().max(500).nullable(),
  /** Earned at most once per member. */
  unique: z.boolean(),
};

/** trophies.create */
export const trophyCreateInput = z.object({
  ...trophyFields,
  icon: trophyFields.icon.default(null),
  unique: trophyFields.unique.default(false),
});
export type TrophyCreateInput = z.infer<typeof trophyCreateInput>;

/** trophies.update: rename, change the icon or the unique flag. */
export const trophyUpdateInput = z
  .object({ id: entityId, ...trophyFields })
  .partial()
  .required({ id: true });
export type TrophyUpdateInput = z.infer<typeof trophyUpdateInput>;

/** trophies.leaderboard */
export const trophyLeaderboardInput = z.object({
  trophyId: entityId,
  limit: z.number().int().min(1).max(100).default(10),
});
export type TrophyLeaderboardInput = z.infer<typeof trophyLeaderboardInput>;

/** trophies.forUser: a member's trophy case. */
export const trophyForUserInput = z.object({ userId: snowflake });
export type TrophyForUserInput = z.infer<typeof trophyForUserInput>;

/** trophies.award: gives a member `amount` more of a trophy (a unique one stays at 1). */
export const trophyAwardInput = z.object({
  trophyId: entityId,
  userId: snowflake,
  amount: z.number().int().min(1).max(1000).default(1),
});
export type TrophyAwardInput = z.infer<typeof trophyAwardInput>;

/** trophies.adjust: sets a member's quantity by hand; 0 takes the trophy away. */
export const trophyAdjustInput = z.object({
  trophyId: entityId,
  userId: snowflake,
  quantity: z.number().int().min(0).max(100_000),
});
export type TrophyAdjustInput = z.infer<typeof trophyAdjustInput>;
