import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { Game, GameSession, User } from '../src/index.js';
import { createTestDatabase, type TestDatabase } from '../src/testing/index.js';
import { makeGame, makeSession, makeSystem, makeUser, register } from './fixtures.js';

let db: TestDatabase;
const ids = { gm: '', player: '', stranger: '', main: 0, other: 0, evening: 0 };

const at = (iso: string) => new Date(iso);

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  const gm = makeUser(em, { name: 'Gm', isGm: true });
  const player = makeUser(em, { name: 'Player' });
  const stranger = makeUser(em, { name: 'Stranger' });
  const system = makeSystem(em);
  const main = makeGame(em, { name: 'Main', gm, system, date: at('2027-03-01T18:00:00Z') });
  const other = makeGame(em, { name: 'Other', gm: stranger, system });
  register(em, other, player);
  register(em, other, gm);

  // Main: 18:00–21:00 on March 1st and 8th; Other: 20:00–23:00 on March 1st.
  const evening = makeSession(em, main, at('2027-03-01T18:00:00Z'));
  makeSession(em, main, at('2027-03-08T18:00:00Z'));
  makeSession(em, other, at('2027-03-01T20:00:00Z'));
  await em.flush();

  Object.assign(ids, { gm: gm.id, player: player.id, stranger: stranger.id });
  Object.assign(ids, { main: main.id, other: other.id, evening: evening.id });
});

afterAll(async () => {
  await db.drop();
});

const repo = () => db.orm.em.fork().getRepository(GameSession);
const starts = (sessions: GameSession[]) => sessions.map((s) => s.start.toISOString());

describe('findConflicts', () => {
  test('a session overlapping another of the same game conflicts', async () => {
    const conflicts = await repo().findConflicts(
      ids.main,
      at('2027-03-01T20:00:00Z'),
      at('2027-03-01T22:00:00Z'),
    );

    expect(conflicts.map((session) => session.id)).toEqual([ids.evening]);
  });

  test('a session inside or around another conflicts', async () => {
    const inside = await repo().findConflicts(
      ids.main,
      at('2027-03-01T19:00:00Z'),
      at('2027-03-01T20:00:00Z'),
    );
    const around = await repo().findConflicts(
      ids.main,
      at('2027-03-01T17:00:00Z'),
      at('2027-03-01T22:00:00Z'),
    );

    expect(inside).toHaveLength(1);
    expect(around).toHaveLength(1);
  });

  test('touching sessions do not conflict, on either side', async () => {
    const after = await repo().findConflicts(
      ids.main,
      at('2027-03-01T21:00:00Z'),
      at('2027-03-01T23:00:00Z'),
    );
    const before = await repo().findConflicts(
      ids.main,
      at('2027-03-01T15:00:00Z'),
      at('2027-03-01T18:00:00Z'),
    );

    expect(after).toEqual([]);
    expect(before).toEqual([]);
  });

  test('the excluded session (the one being moved) is ignored', async () => {
    const conflicts = await repo().findConflicts(
      ids.main,
      at('2027-03-01T19:00:00Z'),
      at('2027-03-01T22:00:00Z'),
      ids.evening,
    );

    expect(conflicts).toEqual([]);
  });

  test('sessions of other games never conflict', async () => {
    const conflicts = await repo().findConflicts(
      ids.other,
      at('2027-03-01T18:00:00Z'),
      at('2027-03-01T19:00:00Z'),
    );

    expect(conflicts).toEqual([]);
  });
});

describe('findInRange', () => {
  test('both bounds are inclusive', async () => {
    const sessions = await repo().findInRange(
      at('2027-03-01T18:00:00Z'),
      at('2027-03-01T23:00:00Z'),
    );

    expect(starts(sessions)).toEqual(['2027-03-01T18:00:00.000Z', '2027-03-01T20:00:00.000Z']);
  });

  test('a session crossing either bound is left out', async () => {
    const sessions = await repo().findInRange(
      at('2027-03-01T18:00:01Z'),
      at('2027-03-01T22:59:59Z'),
    );

    expect(sessions).toEqual([]);
  });

  test('sessions come ordered by start with their game loaded', async () => {
    const sessions = await repo().findInRange(
      at('2027-02-01T00:00:00Z'),
      at('2027-04-01T00:00:00Z'),
    );

    expect(sessions.map((s) => s.game.name)).toEqual(['Main', 'Other', 'Main']);
  });
});

describe('findForUser', () => {
  const month = [at('2027-03-01T00:00:00Z'), at('2027-03-31T00:00:00Z')] as const;

  test('a player gets the sessions of the games they play in', async () => {
    const sessions = await repo().findForUser(ids.player, ...month);

    expect(sessions.map((s) => s.game.name)).toEqual(['Other']);
  });

  test('a GM who also plays elsewhere gets both, each session once', async () => {
    const sessions = await repo().findForUser(ids.gm, ...month);

    expect(starts(sessions)).toEqual([
      '2027-03-01T18:00:00.000Z',
      '2027-03-01T20:00:00.000Z',
      '2027-03-08T18:00:00.000Z',
    ]);
    expect(new Set(sessions.map((s) => s.id)).size).toBe(3);
  });

  test('a GM registered in their own game still gets each session once', async () => {
    const em = db.orm.em.fork();
    register(em, em.getReference(Game, ids.main), em.getReference(User, ids.gm));
    await em.flush();

    const sessions = await repo().findForUser(ids.gm, ...month);

    expect(sessions).toHaveLength(3);
  });

  test('the range applies, and strangers to the game get nothing', async () => {
    const firstWeek = await repo().findForUser(ids.gm, month[0], at('2027-03-07T00:00:00Z'));

    expect(firstWeek).toHaveLength(2);
    expect(await repo().findForUser('555555555555555555', ...month)).toEqual([]);
  });
});

describe('findForCalendar', () => {
  const march = [at('2027-03-01T00:00:00Z'), at('2027-04-01T00:00:00Z')] as const;

  test('answers plain rows with the game fields a calendar chip needs, oldest first', async () => {
    const rows = await repo().findForCalendar(...march);

    expect(rows.map((row) => [row.start.toISOString(), row.game.name])).toEqual([
      ['2027-03-01T18:00:00.000Z', 'Main'],
      ['2027-03-01T20:00:00.000Z', 'Other'],
      ['2027-03-08T18:00:00.000Z', 'Main'],
    ]);
    const main = await db.orm.em.fork().findOneOrFail(Game, ids.main);
    expect(rows[0]).toEqual({
      id: ids.evening,
      start: at('2027-03-01T18:00:00Z'),
      end: at('2027-03-01T21:00:00Z'),
      game: { id: ids.main, slug: main.slug, name: 'Main', type: 'oneshot', status: 'open' },
    });
  });

  test('`mine` keeps the games the viewer runs or plays in', async () => {
    const player = { userId: ids.player, isAdmin: false };

    const rows = await repo().findForCalendar(...march, { viewer: player, mine: true });

    expect(rows.map((row) => row.game.id)).toEqual([ids.other]);
  });

  test('a draft shows only to its GM and admins', async () => {
    const em = db.orm.em.fork();
    const gm = em.getReference(User, ids.gm);
    const draft = makeGame(em, { name: 'Secret', gm, system: makeSystem(em), status: 'draft' });
    makeSession(em, draft, at('2027-05-03T18:00:00Z'));
    await em.flush();
    const may = [at('2027-05-01T00:00:00Z'), at('2027-06-01T00:00:00Z')] as const;
    const names = async (viewer?: { userId: string; isAdmin: boolean }) =>
      (await repo().findForCalendar(...may, { viewer })).map((row) => row.game.name);

    expect(await names()).toEqual([]);
    expect(await names({ userId: ids.player, isAdmin: false })).toEqual([]);
    expect(await names({ userId: ids.gm, isAdmin: false })).toEqual(['Secret']);
    expect(await names({ userId: ids.stranger, isAdmin: true })).toEqual(['Secret']);
  });
});
