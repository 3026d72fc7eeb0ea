import type { Logger } from 'pino';

import { seedDatabase, System, type MikroORM } from '@questboard/db';

/**
 * Seeds reference data (and the demo club when `demo`) into a database that has no reference
 * data yet: the first start shows a usable board, later starts leave everything as it is —
 * including what the club deleted on purpose.
 */
export async function seedIfEmpty(
  orm: MikroORM,
  { demo, logger }: { demo: boolean; logger: Logger },
): Promise<boolean> {
  const systems = await orm.em.fork().count(System);
  if (systems > 0) return false;

  logger.info({ demo }, `first start: seeding reference data${demo ? ' and the demo club' : ''}`);
  await seedDatabase(orm, { demo, onProgress: (message) => logger.info(`seed: ${message}`) });
  return true;
}
