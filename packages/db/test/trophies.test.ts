import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { Trophy, UserTrophy } from '../src/index.js';
import { createTestDatabase, type TestDatabase } from '../src/testing/index.js';
import { makeTrophy, makeUser } from './fixtures.js';

let db: TestDatabase;
const ids = { zoe: '', adam: '', bea: '', gone: '', racer: '', oneShot: 0, unique: 0, race: 0 };

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  const zoe = makeUser(em, { name: 'Zoe' });
  const adam = makeUser(em, { name: 'Adam' });
  const bea = makeUser(em, { name: 'Bea' });
  const gone = makeUser(em, { name: 'Gone', notPlayerAsOf: new Date('2026-01-01T00:00:00Z') });
  const racer = makeUser(em, { name: 'Racer' });
  const oneShot = makeTrophy(em, 'One-shot player');
  const unique = makeTrophy(em, 'Founding member', true);
  const race = makeTrophy(em, 'Race');
  await em.flush();
  Object.assign(ids, { zoe: zoe.id, adam: adam.id, bea: bea.id, gone: gone.id, racer: racer.id });
  Object.assign(ids, { oneShot: oneShot.id, unique: unique.id, race: race.id });

  const trophies = em.getRepository(Trophy);
  await trophies.awardTrophy(zoe.id, oneShot.id, 3);
  await trophies.awardTrophy(adam.id, oneShot.id, 3);
  await trophies.awardTrophy(bea.id, oneShot.id, 5);
  await trophies.awardTrophy(gone.id, oneShot.id, 9);
});

afterAll(async () => {
  await db.drop();
});

const repo = () => db.orm.em.fork().getRepository(Trophy);

describe('awardTrophy', () => {
  test('creates the row, then adds to its quantity, returning the new quantity', async () => {
    const trophies = repo();

    expect(await trophies.awardTrophy(ids.racer, ids.oneShot)).toBe(1);
    expect(await trophies.awardTrophy(ids.racer, ids.oneShot, 2)).toBe(3);
    expect((await repo().getUserTrophy(ids.racer, ids.oneShot))?.quantity).toBe(3);
  });

  test('an unknown trophy is a NotFoundError naming it, not a bare Error', async () => {
    await expect(repo().awardTrophy(ids.zoe, 999_999)).rejects.toMatchObject({
      name: 'NotFoundError',
      entity: 'Trophy',
      id: 999_999,
    });
  });

  test('a unique trophy stays at 1 however often it is awarded', async () => {
    const trophies = repo();

    expect(await trophies.awardTrophy(ids.zoe, ids.unique, 4)).toBe(1);
    expect(await trophies.awardTrophy(ids.zoe, ids.unique)).toBe(1);
  });

  test('bug: a trophy row already loaded in the fork kept its old quantity after an award', async () => {
    const trophies = repo();
    await trophies.awardTrophy(ids.bea, ids.race);
    const loaded = await trophies.getUserTrophy(ids.bea, ids.race);

    await trophies.awardTrophy(ids.bea, ids.race, 2);

    expect(loaded?.quantity).toBe(3);
    expect((await trophies.getUserTrophy(ids.bea, ids.race))?.quantity).toBe(3);
  });

  test('an unknown trophy is an error', async () => {
    await expect(repo().awardTrophy(ids.zoe, 999_999)).rejects.toThrow(/999999/);
  });

  test('20 concurrent awards, each in its own transaction, lose no update', async () => {
    await Promise.all(
      Array.from({ length: 20 }, () =>
        db.orm.em
          .fork()
          .transactional((em) => em.getRepository(Trophy).awardTrophy(ids.racer, ids.race)),
      ),
    );

    expect((await repo().getUserTrophy(ids.racer, ids.race))?.quantity).toBe(20);
  });

  test('20 concurrent awards of a unique trophy leave exactly one', async () => {
    await Promise.all(
      Array.from({ length: 20 }, () =>
        db.orm.em
          .fork()
          .transactional((em) => em.getRepository(Trophy).awardTrophy(ids.bea, ids.unique)),
      ),
    );

    expect((await repo().getUserTrophy(ids.bea, ids.unique))?.quantity).toBe(1);
  });

  test('an award in a rolled-back transaction is undone', async () => {
    const em = db.orm.em.fork();
    await em.begin();
    await em.getRepository(Trophy).awardTrophy(ids.adam, ids.race, 5);
    await em.rollback();

    expect(await repo().getUserTrophy(ids.adam, ids.race)).toBeNull();
  });
});

describe('reading trophies', () => {
  test('getUserTrophy returns null when the user never earned it', async () => {
    expect(await repo().getUserTrophy(ids.adam, ids.unique)).toBeNull();
  });

  test('getLeaderboard ranks by total, ties by name, leaving out members who left', async () => {
    const rows = await repo().getLeaderboard(ids.oneShot);

    expect(rows.map((row) => [row.user.name, row.total])).toEqual([
      ['Bea', 5],
      ['Adam', 3],
      ['Racer', 3],
      ['Zoe', 3],
    ]);
  });

  test('getLeaderboard honours the limit', async () => {
    const rows = await repo().getLeaderboard(ids.oneShot, 2);

    expect(rows.map((row) => row.user.name)).toEqual(['Bea', 'Adam']);
  });

  test('getUserTrophies lists a member’s trophies by name with the trophy loaded', async () => {
    const rows = await repo().getUserTrophies(ids.zoe);

    expect(rows.map((row) => [row.trophy.name, row.quantity])).toEqual([
      ['Founding member', 1],
      ['One-shot player', 3],
    ]);
    expect(rows[0]).toBeInstanceOf(UserTrophy);
  });

  test('bug: countAwarded quoted its SQL as one identifier and failed; now it sums quantities', async () => {
    const em = db.orm.em.fork();
    const rows = await em.find(UserTrophy, {});
    const sum = rows.reduce((total, row) => total + row.quantity, 0);

    expect(sum).toBeGreaterThan(20);
    expect(await em.getRepository(Trophy).countAwarded()).toBe(sum);
  });
});
