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

/** Dates the club can plan with: from 2000 to 2100, so a typo cannot store year 1 or 275760. */
export const DATE_MIN = new Date('2000-01-01T00:00:00Z');
export const DATE_MAX = new Date('2100-01-01T00:00:00Z');

/** A valid instant between DATE_MIN and DATE_MAX. */
export const dateField = z
  .date({ error: 'must be a valid date' })
  .min(DATE_MIN, 'must be in the year 2000 or later')
  .max(DATE_MAX, 'must be before the year 2100');

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
