import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, MikroORM, type Options } from '@mikro-orm/postgresql';
import { SeedManager } from '@mikro-orm/seeder';

import { entities } from './entities/index.js';
import { migrationsList } from './migrations/index.js';

export interface OrmOptions {
  /** postgres://user@host:port/database */
  clientUrl: string;
  /** Most connections the pool opens. Keep at 1 on the embedded database. */
  poolMax?: number;
  /** Receives every SQL statement; route it to a logger at debug level. */
  onQuery?: (sql: string) => void;
  /** Read replicas for queries outside transactions. */
  replicas?: { clientUrl: string }[];
}

/** The ORM configuration apps, tools, the CLI and tests share. */
export function ormConfig({ clientUrl, poolMax = 10, onQuery, replicas }: OrmOptions): Options {
  return defineConfig({
    clientUrl,
    entities,
    extensions: [Migrator, SeedManager],
    allowGlobalContext: false,
    forceUtcTimezone: true,
    ignoreUndefinedInQuery: true,
    pool: { min: 0, max: poolMax },
    ...(replicas ? { replicas } : {}),
    discovery: { warnWhenNoEntities: true },
    migrations: {
      migrationsList,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
    },
    debug: onQuery ? ['query'] : false,
    ...(onQuery ? { logger: (message: string) => onQuery(message) } : {}),
    // Always off: MikroORM writes this setting to process.env.MIKRO_ORM_COLORS and every later
    // ORM in the process reads it back, so one ORM left with colours would prefix the next
    // ORM's statements with escape codes.
    colors: false,
  });
}

/** Opens the ORM. Work always happens on `orm.em.fork()`: the global EntityManager refuses it. */
export async function createOrm(options: OrmOptions): Promise<MikroORM> {
  return MikroORM.init(ormConfig(options));
}

/** Brings the schema up to the latest committed migration; returns the names it applied. */
export async function migrate(
  orm: MikroORM,
  onProgress?: (name: string) => void,
): Promise<string[]> {
  const migrator = orm.getMigrator();
  const pending = await migrator.getPendingMigrations();
  const applied: string[] = [];
  for (const migration of pending) {
    await migrator.up({ to: migration.name });
    applied.push(migration.name);
    onProgress?.(migration.name);
  }
  return applied;
}
