import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { Game, GameEvent, GameSession, NotFoundError, Registration, User } from '../src/index.js';
import { createTestDatabase, type TestDatabase } from '../src/testing/index.js';
import {
  daysFromNow,
  makeEvent,
  makeGame,
  makeSession,
  makeSystem,
  makeUser,
  register,
  statementCounter,
} from './fixtures.js';

const counter = statementCounter();
let db: TestDatabase;
const ids = { gm: '', otherGm: '', player: '', small: 0, big: 0, event: 0 };

beforeAll(async () => {
  db = await createTestDatabase({ onQuery: counter.onQuery });
  const em = db.orm.em.fork();
  const gm = makeUser(em, { name: 'Gm', isGm: true });
  const otherGm = makeUser(em, { name: 'Other Gm', isGm: true });
  const player = makeUser(em, { name: 'Player' });
  const system = makeSystem(em, 'Pathfinder 2e');
  const event = makeEvent(em, 'Convention');

  const small = makeGame(em, { name: 'Small table', gm, system, date: daysFromNow(2) });
  register(em, small, player);
  const big = makeGame(em, {
    name: 'Big table',
    gm,
    system,
    date: daysFromNow(1),
    partySize: 40,
    type: 'campaign',
    specialEvent: event,
  });
  for (let i = 0; i < 40; i++) {
    register(em, big, i === 0 ? player : makeUser(em));
  }
  for (let i = 0; i < 30; i++) {
    makeSession(em, big, daysFromNow(1 + 7 * i));
  }
  makeGame(em, {
    name: 'Elsewhere',
    gm: otherGm,
    system,
    specialEvent: event,
    date: daysFromNow(9),
  });
  await em.flush();

  Object.assign(ids, { gm: gm.id, otherGm: otherGm.id, player: player.id });
  Object.assign(ids, { small: small.id, big: big.id, event: event.id });
});

afterAll(async () => {
  await db.drop();
});

const repo = () => db.orm.em.fork().getRepository(Game);

describe('lookups by slug', () => {
  test('getBySlug finds the game or returns null', async () => {
    const small = await repo().getByIdOr404(ids.small);

    expect((await repo().getBySlug(small.slug))?.id).toBe(ids.small);
    expect(await repo().getBySlug('no-such-game')).toBeNull();
  });

  test('getBySlugOr404 throws NotFoundError naming the slug', async () => {
    await expect(repo().getBySlugOr404('no-such-game')).rejects.toMatchObject({
      name: 'NotFoundError',
      entity: 'Game',
      id: 'no-such-game',
    });
    await expect(repo().getBySlugOr404('no-such-game')).rejects.toBeInstanceOf(NotFoundError);
  });

  test('getAllSlugs returns a Set of every slug without hydrating games', async () => {
    const em = db.orm.em.fork();

    const slugs = await em.getRepository(Game).getAllSlugs();

    expect(slugs).toBeInstanceOf(Set);
    expect(slugs.size).toBe(3);
    expect([...slugs].every((slug) => typeof slug === 'string')).toBe(true);
    expect(em.getUnitOfWork().getIdentityMap().values()).toHaveLength(0);
  });
});

describe('finders', () => {
  test('findByGm returns only that GM’s games, latest date first', async () => {
    const games = await repo().findByGm(ids.gm);

    expect(games.map((game) => game.name)).toEqual(['Small table', 'Big table']);
  });

  test('findByPlayer returns each game the user is registered in, once', async () => {
    const games = await repo().findByPlayer(ids.player);

    expect(games.map((game) => game.name)).toEqual(['Small table', 'Big table']);
    expect(await repo().findByPlayer(ids.otherGm)).toEqual([]);
  });

  test('findBySpecialEvent returns the event’s games by date', async () => {
    const games = await repo().findBySpecialEvent(ids.event);

    expect(games.map((game) => game.name)).toEqual(['Big table', 'Elsewhere']);
  });

  test('queryBySpecialEvent is a query builder the caller can filter and page', async () => {
    const qb = repo().queryBySpecialEvent(ids.event);

    qb.andWhere({ gm: ids.otherGm }).limit(1);
    const games = await qb.getResultList();

    expect(games.map((game) => game.name)).toEqual(['Elsewhere']);
  });
});

describe('getWithRelations', () => {
  test('loads gm, system, players, sessions and special event', async () => {
    const game = await repo().getWithRelations(ids.big);

    expect(game?.gm.name).toBe('Gm');
    expect(game?.system.name).toBe('Pathfinder 2e');
    expect(game?.specialEvent?.name).toBe('Convention');
    expect(game?.players.isInitialized()).toBe(true);
    expect(game?.players).toHaveLength(40);
    expect(game?.sessions).toHaveLength(30);
  });

  test('sessions come in start order', async () => {
    const game = await repo().getWithRelations(ids.big);
    const starts = game!.sessions.getItems().map((session) => session.start.getTime());

    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  test('runs the same number of statements for 1 player as for 40 players and 30 sessions', async () => {
    const small = await counter.record(() => repo().getWithRelations(ids.small));
    const big = await counter.record(() => repo().getWithRelations(ids.big));

    expect(small.result?.players).toHaveLength(1);
    expect(big.result?.players).toHaveLength(40);
    expect(big.statements.length).toBe(small.statements.length);
    expect(big.statements.length).toBe(2);
  });

  test('bug: a game without vtt or special event ran fewer statements than one with them', async () => {
    const bare = await counter.record(() => repo().getWithRelations(ids.small));
    const full = await counter.record(() => repo().getWithRelations(ids.big));

    expect(bare.result?.specialEvent).toBeNull();
    expect(full.result?.specialEvent?.name).toBe('Convention');
    expect(bare.statements.length).toBe(full.statements.length);
  });

  test('returns null for an unknown game', async () => {
    expect(await repo().getWithRelations(999_999)).toBeNull();
  });

  test('finds the same page by slug, in as many statements', async () => {
    const byId = await counter.record(() => repo().getWithRelations(ids.big));
    const slug = byId.result!.slug;
    const bySlug = await counter.record(() => repo().getWithRelationsBySlug(slug));

    expect(bySlug.result?.id).toBe(ids.big);
    expect(bySlug.result?.players).toHaveLength(40);
    expect(bySlug.result?.sessions).toHaveLength(30);
    expect(bySlug.statements.length).toBe(byId.statements.length);
    expect(await repo().getWithRelationsBySlug('no-such-game')).toBeNull();
  });
});

describe('countPlayers', () => {
  test('counts seats per game, zero for games without players', async () => {
    const counts = await repo().countPlayers([ids.small, ids.big, 999_999]);

    expect(counts).toEqual(
      new Map([
        [ids.small, 1],
        [ids.big, 40],
        [999_999, 0],
      ]),
    );
  });

  test('an empty list runs no query', async () => {
    const { result, statements } = await counter.record(() => repo().countPlayers([]));

    expect(result.size).toBe(0);
    expect(statements).toEqual([]);
  });
});

describe('deleteById', () => {
  test('deletes the game with its sessions, registrations and events', async () => {
    const em = db.orm.em.fork();
    const gm = em.getReference(User, ids.gm);
    const { system } = await em.getRepository(Game).getByIdOr404(ids.small);
    const doomed = makeGame(em, { name: 'Doomed', gm, system });
    register(em, doomed, gm);
    makeSession(em, doomed, daysFromNow(3));
    await em.flush();
    await em.getRepository(GameEvent).log('create', doomed.id);
    em.clear();

    const deleted = await em.getRepository(Game).deleteById(doomed.id);

    expect(deleted).toBe(1);
    expect(await em.count(GameSession, { game: doomed.id })).toBe(0);
    expect(await em.count(Registration, { game: doomed.id })).toBe(0);
    expect(await em.count(GameEvent, { game: doomed.id })).toBe(0);
    expect(await em.getRepository(Game).deleteById(doomed.id)).toBe(0);
  });
});
