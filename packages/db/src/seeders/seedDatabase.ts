import type { MikroORM } from '@mikro-orm/postgresql';

import { DemoSeeder } from './DemoSeeder.js';
import { ReferenceSeeder } from './ReferenceSeeder.js';

export interface SeedOptions {
  /** Also seed the demo club (members, games, trophies). Never on a real club's database. */
  demo: boolean;
  /** Told a line about each step. */
  onProgress?: (message: string) => void;
}

/**
 * Seeds reference data, and the demo club when asked, in one transaction on a fork of its own.
 * Safe to run again: it only adds what is missing. The schema must be migrated first.
 */
export async function seedDatabase(
  orm: MikroORM,
  { demo, onProgress }: SeedOptions,
): Promise<void> {
  const context = onProgress ? { onProgress } : {};

  await orm.em.fork().transactional(async (em) => {
    const seeder = demo ? new DemoSeeder() : new ReferenceSeeder();
    await seeder.run(em, context);
  });
}
