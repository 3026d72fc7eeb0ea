import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { Game, GameEvent, User } from '@questboard/db';
import { createTestDatabase, type TestDatabase } from '@questboard/db/testing';

import { callerFor, cast, expectRefusal, newGame, type Cast } from './fixtures.js';

let db: TestDatabase;
let c: Cast;
let haunted: { id: number; slug: string };
let dragon: { id: number; slug: string };

beforeAll(async () => {
  db = await createTestDatabase();
  c = await cast(db.orm, 'A');
  haunted = await newGame(db.orm, c, { name: 'Haunted 100% house', draft: true });
  dragon = await newGame(db.orm, c, { name: 'Dragon hoard', draft: true });

  // A known log: the creates above, then lines with fixed times.
  const em = db.orm.em.fork();
  await em.nativeDelete(GameEvent, {});
  const line = (
    minutes: number,
    gameId: number,
    action: GameEvent['action'],
    description: string,
  ) =>
    em.create(GameEvent, {
      timestamp: new Date(Date.UTC(2026, 5, 1, 12, minutes)),
      game: em.getReference(Game, gameId),
      action,
      description,
      user: minutes % 2 === 0 ? em.getReference(User, c.gm.id) : null,
    });
  line(1, haunted.id, 'create', 'Created as a draft');
  line(2, dragon.id, 'create', 'Created as a draft');
  line(3, haunted.id, 'register', 'Player joined');
  line(4, dragon.id, 'edit', 'Renamed the hoard');
  line(5, haunted.id, 'alert', 'Discord is slow');
  await em.flush();
});

afterAll(async () => {
  await db.drop();
});

const admin = () => callerFor(db.orm, c.admin);

describe('events.list', () => {
  it('lists the log newest first with game and user, paginated', async () => {
    const first = await admin().events.list({ page: 1, perPage: 2 });
    expect(first).toMatchObject({ total: 5, page: 1, perPage: 2, pages: 3 });
    expect(first.items.map((event) => event.description)).toEqual([
      'Discord is slow',
      'Renamed the hoard',
    ]);
    expect(first.items[0]).toMatchObject({
      timestamp: new Date(Date.UTC(2026, 5, 1, 12, 5)),
      action: 'alert',
      description: 'Discord is slow',
      game: { id: haunted.id, name: 'Haunted 100% house', slug: haunted.slug },
      user: null,
    });
    expect(first.items[1]?.user).toEqual({ id: c.gm.id, name: 'GmA' });

    const last = await admin().events.list({ page: 3, perPage: 2 });
    expect(last.items.map((event) => event.description)).toEqual(['Created as a draft']);
    expect(last.items[0]?.game.id).toBe(haunted.id);
  });

  it('searches the description, the action and the game name, case-insensitively', async () => {
    const search = async (text: string) =>
      (await admin().events.list({ search: text })).items.map((event) => event.description);

    expect(await search('RENAMED')).toEqual(['Renamed the hoard']);
    expect(await search('regist')).toEqual(['Player joined']);
    expect(await search('dragon')).toEqual(['Renamed the hoard', 'Created as a draft']);
    expect(await search('100%')).toEqual([
      'Discord is slow',
      'Player joined',
      'Created as a draft',
    ]);
    expect(await search('_')).toEqual([]);
  });

  it('filters by game and by action', async () => {
    const ofDragon = await admin().events.list({ gameId: dragon.id });
    expect(ofDragon.items.map((event) => event.action)).toEqual(['edit', 'create']);
    const creates = await admin().events.list({ action: 'create', search: 'haunted' });
    expect(creates.total).toBe(1);
  });

  it('refuses bad input naming the field', async () => {
    for (const [input, field] of [
      [{ page: -1 }, 'page'],
      [{ gameId: 'x' }, 'gameId'],
      [{ action: 'explode' }, 'action'],
    ] as const) {
      const error = await expectRefusal(admin().events.list(input as never), 'BAD_REQUEST');
      expect(error.cause).toMatchObject({ field });
    }
  });
});
