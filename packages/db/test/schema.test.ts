import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { Channel, Game, migrationsList, User } from '../src/index.js';
import { createTestDatabase, type TestDatabase } from '../src/testing/index.js';
import { makeGame, makeSystem, makeUser } from './fixtures.js';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  await db.drop();
});

describe('migrations', () => {
  test('every Migration*.ts file in src/migrations is listed in migrationsList, in order', async () => {
    const folder = fileURLToPath(new URL('../src/migrations/', import.meta.url));
    const files = (await readdir(folder))
      .filter((file) => /^Migration.*\.ts$/.test(file))
      .map((file) => file.replace(/\.ts$/, ''))
      .sort();

    expect(migrationsList.map((migration) => migration.name)).toEqual(files);
  });

  test('after migrating, nothing is pending', async () => {
    expect(await db.orm.getMigrator().getPendingMigrations()).toEqual([]);
  });
});

describe(`time zones (process TZ=${process.env.TZ ?? 'unset'})`, () => {
  const instant = new Date('2027-06-01T18:00:00.000Z');

  test('a timestamp written by the ORM is read back as the same instant', async () => {
    const em = db.orm.em.fork();
    const game = makeGame(em, { gm: makeUser(em), system: makeSystem(em), date: instant });
    await em.flush();
    em.clear();

    const read = await em.getRepository(Game).getByIdOr404(game.id);

    expect(read.date.toISOString()).toBe('2027-06-01T18:00:00.000Z');
    const rows = await em
      .getConnection()
      .execute<{ utc: string }[]>(
        `select to_char(date at time zone 'UTC', 'YYYY-MM-DD HH24:MI') as utc from game where id = ?`,
        [game.id],
      );
    expect(rows[0]?.utc).toBe('2027-06-01 18:00');
  });

  test('a timestamp written with an offset in SQL is read as that instant', async () => {
    const em = db.orm.em.fork();
    const game = makeGame(em, { gm: makeUser(em), system: makeSystem(em) });
    await em.flush();
    await em
      .getConnection()
      .execute(`update game set date = '2027-06-01 20:00:00+02' where id = ?`, [game.id]);
    em.clear();

    const read = await em.getRepository(Game).getByIdOr404(game.id);

    expect(read.date.getTime()).toBe(instant.getTime());
  });

  test('query parameters are compared as instants', async () => {
    const em = db.orm.em.fork();

    const found = await em.count(Game, { date: instant });

    expect(found).toBeGreaterThanOrEqual(2);
  });
});

describe('snowflakes stay strings', () => {
  const big = '1234567890123456789'; // 19 digits: beyond Number.MAX_SAFE_INTEGER

  test('user, channel and game Discord ids round-trip exactly, as strings', async () => {
    const em = db.orm.em.fork();
    const gm = makeUser(em, { id: big });
    em.create(Channel, { id: '123456789012345678901', type: 'campaign' });
    const game = makeGame(em, {
      gm,
      system: makeSystem(em),
      channel: '987654321098765432',
      msgId: '987654321098765433',
      role: '987654321098765434',
    });
    await em.flush();
    em.clear();

    const user = await em.getRepository(User).getByIdOr404(big);
    const channel = await em.getRepository(Channel).getByIdOr404('123456789012345678901');
    const read = await em.getRepository(Game).getByIdOr404(game.id);

    expect(user.id).toBe(big);
    expect(channel.id).toBe('123456789012345678901');
    expect([read.channel, read.msgId, read.role]).toEqual([
      '987654321098765432',
      '987654321098765433',
      '987654321098765434',
    ]);
    expect(typeof read.gm.id).toBe('string');
    expect(read.gm.id).toBe(big);
  });

  test('scalar queries return snowflakes as strings too', async () => {
    const ids = await db.orm.em.fork().getRepository(User).getActiveUserIds();

    expect(ids).toContain(big);
    expect(ids.every((id) => typeof id === 'string')).toBe(true);
  });
});
