import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { Game, System } from '../src/index.js';
import { createTestDatabase, type TestDatabase } from '../src/testing/index.js';
import { eventually, makeGame, makeSystem, makeUser } from './fixtures.js';

let db: TestDatabase;
/** A second connection, outside the ORM, that sees only committed rows. */
let outside: pg.Client;
let gameId = 0;

beforeAll(async () => {
  db = await createTestDatabase();
  outside = new pg.Client({ connectionString: db.url });
  await outside.connect();

  const em = db.orm.em.fork();
  const game = makeGame(em, { name: 'Locked table', gm: makeUser(em), system: makeSystem(em) });
  await em.flush();
  gameId = game.id;
});

afterAll(async () => {
  await outside.end();
  await db.drop();
});

async function committedSystems(name: string): Promise<number> {
  const result = await outside.query('select count(*)::int as n from system where name = $1', [
    name,
  ]);
  return (result.rows[0] as { n: number }).n;
}

describe('repositories flush but never commit', () => {
  test('add is visible inside the open transaction, elsewhere only after commit', async () => {
    const em = db.orm.em.fork();
    await em.begin();
    const repo = em.getRepository(System);

    const added = await repo.add(repo.create({ name: 'Uncommitted' }, { persist: false }));
    em.clear();

    expect(added.id).toEqual(expect.any(Number));
    expect((await repo.getByName('Uncommitted'))?.id).toBe(added.id);
    expect(await committedSystems('Uncommitted')).toBe(0);
    expect(await db.orm.em.fork().getRepository(System).getByName('Uncommitted')).toBeNull();

    await em.commit();

    expect(await committedSystems('Uncommitted')).toBe(1);
  });

  test('a rollback leaves nothing behind', async () => {
    const em = db.orm.em.fork();
    await em.begin();
    const repo = em.getRepository(System);
    await repo.add(repo.create({ name: 'Rolled back' }, { persist: false }));

    await em.rollback();

    expect(await committedSystems('Rolled back')).toBe(0);
    expect(await db.orm.em.fork().getRepository(System).getByName('Rolled back')).toBeNull();
  });

  test('a throw inside em.transactional rolls back every repository write', async () => {
    const work = db.orm.em.fork().transactional(async (em) => {
      await em.getRepository(System).add(em.create(System, { name: 'Thrown away' }));
      await em.getRepository(Game).deleteById(gameId);
      throw new Error('service failed');
    });

    await expect(work).rejects.toThrow('service failed');
    expect(await committedSystems('Thrown away')).toBe(0);
    expect(await db.orm.em.fork().getRepository(Game).getById(gameId)).not.toBeNull();
  });

  test('the global EntityManager refuses work outside a fork', async () => {
    await expect(db.orm.em.getRepository(System).getAll()).rejects.toThrow(/global/i);
  });
});

describe('getForUpdate', () => {
  test('throws outside a transaction', async () => {
    const repo = db.orm.em.fork().getRepository(Game);

    await expect(repo.getForUpdate(gameId)).rejects.toThrow(/transaction/);
  });

  test('throws NotFoundError for an unknown game', async () => {
    const work = db.orm.em.fork().transactional((em) => em.getRepository(Game).getForUpdate(-1));

    await expect(work).rejects.toMatchObject({ name: 'NotFoundError' });
  });

  test('blocks a second locker until the first commits, which then sees the change', async () => {
    const first = db.orm.em.fork();
    await first.begin();
    const locked = await first.getRepository(Game).getForUpdate(gameId);

    const second = db.orm.em.fork();
    await second.begin();
    let secondGotIt = false;
    const waiting = second
      .getRepository(Game)
      .getForUpdate(gameId)
      .then((game) => {
        secondGotIt = true;
        return game;
      });

    await eventually(async () => {
      const result = await outside.query(
        `select count(*)::int as n from pg_stat_activity
         where datname = current_database() and wait_event_type = 'Lock'`,
      );
      return (result.rows[0] as { n: number }).n > 0;
    });
    expect(secondGotIt).toBe(false);

    locked.partySize = 7;
    await first.flush();
    await first.commit();
    const seen = await waiting;
    await second.commit();

    expect(seen.partySize).toBe(7);
  });
});
