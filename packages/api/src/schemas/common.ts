import { z } from 'zod';

import { SNOWFLAKE_REGEX } from './enums.js';

/** Longest names (games, systems, trophies…) the forms accept. */
export const NAME_MAX = 200;
/** Longest free texts (descriptions, complements). */
export const TEXT_MAX = 10_000;

/** A Discord id: 17 to 21 digits, as a string. */
export const snowflake = z
  .string()
  .regex(SNOWFLAKE_REGEX, 'must be a Discord id (17 to 21 digits)');

/** A database id: a positive integer. */
export const entityId = z.number().int().positive().max(2_147_483_647);

/** A trimmed, non-empty name. */
export const nameField = z.string().trim().min(1).max(NAME_MAX);

/** Page numbers start at 1. */
export const pageInput = z.object({
  page: z.number().int().min(1).max(100_000).default(1),
  perPage: z.number().int().min(1).max(100).default(20),
  search: z.string().trim().max(NAME_MAX).optional(),
});
export type PageInput = z.infer<typeof pageInput>;

/** `{ id }` of any numbered entity. */
export const idInput = z.object({ id: entityId });
export type IdInput = z.infer<typeof idInput>;
