import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import {
  Channel,
  DEMO_ACCOUNTS,
  DemoSeeder,
  Game,
  GAME_STATUSES,
  GAME_TYPE_TROPHIES,
  GAME_TYPES,
  GameEvent,
  GameSession,
  REFERENCE_SYSTEMS,
  REFERENCE_TROPHIES,
  REFERENCE_VTTS,
  ReferenceSeeder,
  Registration,
  seedDatabase,
  SpecialEvent,
  System,
  Trophy,
  User,
  UserTrophy,
  Vtt,
} from '../src/index.js';
import { createTestDatabase, type TestDatabase } from '../src/testing/index.js';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  await db.drop();
});

/** Row counts of every seeded table. */
async function counts() {
  const em = db.orm.em.fork();
  const entities = { System, Vtt, Trophy, Channel, User, SpecialEvent, Game, GameSession };
  const more = { Registration, UserTrophy, GameEvent };
  const result: Record<string, number> = {};
  for (const [name, entity] of Object.entries({ ...entities, ...more })) {
    result[name] = await em.count(entity as typeof System, {});
  }
  result.awarded = await em.getRepository(Trophy).countAwarded();
  return result;
}

describe('ReferenceSeeder', () => {
  test('seeds systems, vtts, trophies and one category per game type', async () => {
    const progress: string[] = [];

    await seedDatabase(db.orm, { demo: false, onProgress: (line) => progress.push(line) });

    const em = db.orm.em.fork();
    expect(REFERENCE_SYSTEMS.length).toBeGreaterThanOrEqual(15);
    expect(REFERENCE_VTTS.length).toBeGreaterThanOrEqual(6);
    expect(await em.count(System, {})).toBe(REFERENCE_SYSTEMS.length);
    expect(await em.count(Vtt, {})).toBe(REFERENCE_VTTS.length);
    const trophies = (await em.find(Trophy, {})).map((trophy) => trophy.name);
    expect(trophies).toEqual(
      expect.arrayContaining(['One-shot player', 'One-shot GM', 'Campaign player', 'Campaign GM']),
    );
    expect(trophies).toHaveLength(REFERENCE_TROPHIES.length);
    expect(trophies.length).toBeGreaterThan(4);
    for (const type of GAME_TYPES) {
      expect(await em.getRepository(Channel).countByType(type)).toBe(1);
    }
    expect(await em.count(User, {})).toBe(0);
    expect(progress.length).toBeGreaterThan(0);
  });

  test('running it again adds nothing and does not fail', async () => {
    const before = await counts();

    await seedDatabase(db.orm, { demo: false });
    await db.orm.getSeeder().seed(ReferenceSeeder);

    expect(await counts()).toEqual(before);
  });
});

describe('DemoSeeder', () => {
  test('seeds a lively club', async () => {
    await seedDatabase(db.orm, { demo: true });

    const em = db.orm.em.fork();
    const users = await em.find(User, {});
    expect(users.length).toBeGreaterThanOrEqual(24);
    expect(users.every((user) => user.username)).toBe(true);
    expect(users.filter((user) => user.isGm).length).toBeGreaterThanOrEqual(3);
    expect(users.some((user) => user.isAdmin)).toBe(true);
    expect(users.some((user) => user.notPlayerAsOf)).toBe(true);
    expect(await em.count(Registration, {})).toBeGreaterThan(20);
    expect(await em.getRepository(Trophy).countAwarded()).toBeGreaterThan(10);
    expect((await em.getRepository(SpecialEvent).getActive()).length).toBe(1);
  });

  test('the three demo accounts are a player, a GM and an admin', async () => {
    const users = db.orm.em.fork().getRepository(User);

    const player = await users.getByIdOr404(DEMO_ACCOUNTS.player.id);
    const gm = await users.getByIdOr404(DEMO_ACCOUNTS.gm.id);
    const admin = await users.getByIdOr404(DEMO_ACCOUNTS.admin.id);

    expect([player.isGm, player.isAdmin]).toEqual([false, false]);
    expect([gm.isGm, gm.isAdmin]).toEqual([true, false]);
    expect(admin.isAdmin).toBe(true);
  });

  test('games cover every status and type, with past and future sessions', async () => {
    const em = db.orm.em.fork();
    const games = await em.find(Game, {});
    const now = new Date();

    for (const status of GAME_STATUSES) {
      expect(games.filter((game) => game.status === status).length).toBeGreaterThan(0);
    }
    for (const type of GAME_TYPES) {
      expect(games.filter((game) => game.type === type).length).toBeGreaterThan(0);
    }
    expect(await em.count(GameSession, { start: { $lt: now } })).toBeGreaterThan(0);
    expect(await em.count(GameSession, { start: { $gt: now } })).toBeGreaterThan(0);
    const [board, total] = await em.getRepository(Game).search();
    expect(total).toBeGreaterThanOrEqual(5);
    expect(board[0]!.date.getTime()).toBeGreaterThan(now.getTime());
  });

  test('slugs are <name>-by-<username> and every game has its sessions in order', async () => {
    const em = db.orm.em.fork();
    const game = await em.getRepository(Game).getBySlugOr404('the-lost-mine-by-gideon');
    const loaded = await em.getRepository(Game).getWithRelations(game.id);

    expect(loaded?.gm.username).toBe('gideon');
    expect(loaded?.sessions.getItems()[0]?.start.getTime()).toBe(game.date.getTime());
  });

  test('archived games earned their tables the game-type trophies', async () => {
    const em = db.orm.em.fork();
    const trophy = await em.findOneOrFail(Trophy, { name: GAME_TYPE_TROPHIES.campaign.gm });

    const board = await em.getRepository(Trophy).getLeaderboard(trophy.id);

    expect(board.map((row) => row.user.username).sort()).toEqual(['gideon', 'selene']);
  });

  test('running it again adds nothing and does not fail', async () => {
    const before = await counts();

    await seedDatabase(db.orm, { demo: true });
    await db.orm.getSeeder().seed(DemoSeeder);

    expect(await counts()).toEqual(before);
  });
});

test('seeds through a single-connection pool, as on the embedded database', async () => {
  const single = await createTestDatabase({ poolMax: 1 });
  try {
    await seedDatabase(single.orm, { demo: true });

    expect(await single.orm.em.fork().count(Game, {})).toBeGreaterThan(10);
  } finally {
    await single.drop();
  }
});
