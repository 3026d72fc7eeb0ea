import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createTestDatabase, type TestDatabase } from '@questboard/db/testing';

import { loadConfig } from '../src/config.js';
import { databaseAnswers, openDatabase, PendingMigrationsError } from '../src/database.js';

const logger = pino({ level: 'silent' });
let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  // Back to an empty schema: the committed migrations are pending again.
  await db.orm.em
    .fork()
    .getConnection()
    .execute('drop schema public cascade; create schema public');
});

afterAll(async () => {
  await db?.drop();
});

const configFor = (migrate: string) =>
  loadConfig({
    DATABASE_URL: db.url,
    SESSION_SECRET: 'test-secret-test-secret-test-secret',
    MIGRATE_ON_START: migrate,
  });

describe('openDatabase on an external PostgreSQL', () => {
  it('refuses to start with pending migrations when MIGRATE_ON_START is false, naming them', async () => {
    const opening = openDatabase(configFor('false'), logger);

    await expect(opening).rejects.toBeInstanceOf(PendingMigrationsError);
    await expect(opening).rejects.toThrow(/pending migration\(s\) \(Migration\d+/);
  });

  it('applies the pending migrations when MIGRATE_ON_START is true', async () => {
    const database = await openDatabase(configFor('true'), logger);
    const pending = await database.orm.getMigrator().getPendingMigrations();
    const answers = await databaseAnswers(database.orm);
    await database.close();

    expect(pending).toEqual([]);
    expect(answers).toBe(true);
  });
});
