import { z } from 'zod';

/** stats.overview: how many rows the "top" lists hold. */
export const statsInput = z
  .object({ top: z.number().int().min(1).max(50).default(10) })
  .default({ top: 10 });
export type StatsInput = z.infer<typeof statsInput>;
