import { randomBytes } from 'node:crypto';

import type { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';

import { createOrm, migrate, type OrmOptions } from '../orm.js';

/** The PostgreSQL server tests use; each test file gets a database of its own on it. */
export const TEST_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  orm: MikroORM;
  /** Connection string of the new database. */
  url: string;
  /** Closes the ORM and drops the database. */
  drop(): Promise<void>;
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A URL to the same server as TEST_DATABASE_URL but another database. */
export function databaseUrl(name: string): string {
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Creates a fresh database, runs every committed migration on it and opens an ORM there.
 * Call `drop()` when the test file is done.
 */
export async function createTestDatabase(
  options: Omit<OrmOptions, 'clientUrl'> = {},
): Promise<TestDatabase> {
  const name = `qb_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await admin((client) => client.query(`create database "${name}"`));

  const url = databaseUrl(name);
  const orm = await createOrm({ clientUrl: url, ...options });
  await migrate(orm);

  return {
    orm,
    url,
    async drop() {
      await orm.close(true);
      await admin((client) => client.query(`drop database if exists "${name}" with (force)`));
    },
  };
}
