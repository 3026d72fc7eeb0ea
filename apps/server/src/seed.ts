import type { Logger } from 'pino';

import * as db from '@questboard/db';
import type { MikroORM } from '@questboard/db';

type SeedDatabase = (orm: MikroORM, options: { demo: boolean }) => Promise<unknown>;

/**
 * Seeds reference data (and demo data when `demo`) into a database that has none yet, so the
 * first start shows a usable board and later starts leave everything as it is.
 */
export async function seedIfEmpty(
  orm: MikroORM,
  { demo, logger }: { demo: boolean; logger: Logger },
): Promise<void> {
  const systems = await orm.em.fork().count(db.System);
  if (systems > 0) return;

  // The db package's seeder is looked up by name so the server runs before it exists.
  const seedDatabase = (db as Record<string, unknown>).seedDatabase as SeedDatabase | undefined;
  if (!seedDatabase) {
    logger.warn('the database is empty and @questboard/db has no seedDatabase yet: not seeded');
    return;
  }

  logger.info({ demo }, 'first start: seeding reference data' + (demo ? ' and demo data' : ''));
  await seedDatabase(orm, { demo });
}
