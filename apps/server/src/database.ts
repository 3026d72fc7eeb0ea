import type { Logger } from 'pino';

import { createOrm, migrate, type MikroORM } from '@questboard/db';

import type { Config } from './config.js';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './embeddedDatabase.js';
import { seedIfEmpty } from './seed.js';

/** The server's database: the ORM, and the embedded PostgreSQL when there is one. */
export interface Database {
  orm: MikroORM;
  /** Running when DATABASE_URL is unset. */
  embedded: EmbeddedDatabase | undefined;
  /** Closes the ORM's connections, then the embedded PostgreSQL. */
  close(): Promise<void>;
}

/** Raised at start when migrations are pending and MIGRATE_ON_START is false. */
export class PendingMigrationsError extends Error {
  constructor(readonly pending: string[]) {
    super(
      `The database needs ${pending.length} pending migration(s) (${pending.join(', ')}) and ` +
        'MIGRATE_ON_START is false: run `npx -y pnpm@10 --filter @questboard/db migration:up` ' +
        'or start with MIGRATE_ON_START=true',
    );
    this.name = 'PendingMigrationsError';
  }
}

/**
 * Opens the database the configuration names (or starts the embedded one), brings its schema up
 * to date (or refuses, see MIGRATE_ON_START) and seeds an empty database.
 */
export async function openDatabase(config: Config, logger: Logger): Promise<Database> {
  const embedded = config.databaseUrl
    ? undefined
    : await startEmbeddedDatabase({ dataDir: config.dataDir, logger });

  const ormLog = logger.child({ module: 'orm' });
  let orm: MikroORM;
  try {
    orm = await createOrm({
      clientUrl: config.databaseUrl ?? embedded!.url,
      // PGlite runs one session: a second pooled connection would be refused by the socket.
      ...(embedded ? { poolMax: 1 } : {}),
      onQuery: (message) => ormLog.debug(message),
    });
  } catch (error) {
    await embedded?.stop();
    throw error;
  }

  const database: Database = {
    orm,
    embedded,
    async close() {
      await orm.close(true);
      await embedded?.stop();
    },
  };

  try {
    await prepareSchema(orm, config, logger);
    await seedIfEmpty(orm, { demo: config.demoSignIn, logger });
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}

async function prepareSchema(orm: MikroORM, config: Config, logger: Logger): Promise<void> {
  const pending = (await orm.getMigrator().getPendingMigrations()).map(({ name }) => name);
  if (pending.length === 0) {
    logger.info('database schema is up to date');
    return;
  }
  if (!config.migrateOnStart) throw new PendingMigrationsError(pending);

  logger.info({ pending: pending.length }, 'migrating the database');
  await migrate(orm, (name) => logger.info({ migration: name }, `applied migration ${name}`));
}

/** `select 1` through the pool: true when the database answers. */
export async function databaseAnswers(orm: MikroORM): Promise<boolean> {
  try {
    await orm.em.fork().getConnection().execute('select 1');
    return true;
  } catch {
    return false;
  }
}
