import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { GameEvent, GameSession } from '@questboard/db';
import { createTestDatabase, type TestDatabase } from '@questboard/db/testing';

import { callerFor, cast, expectRefusal, inDays, newGame, type Cast } from './fixtures.js';

let db: TestDatabase;
let c: Cast;

beforeAll(async () => {
  db = await createTestDatabase();
  c = await cast(db.orm, 'S');
});

afterAll(async () => {
  await db.drop();
});

const HOUR = 60 * 60 * 1000;

function at(day: number, hour: number): Date {
  return inDays(day, hour);
}

describe('sessions.create', () => {
  it('adds a session and logs it', async () => {
    const game = await newGame(db.orm, c, { name: 'Calendar' });
    const result = await callerFor(db.orm, c.gm).sessions.create({
      gameId: game.id,
      start: at(10, 18),
      end: at(10, 21),
    });

    expect(result.session).toMatchObject({ gameId: game.id, start: at(10, 18), end: at(10, 21) });
    expect(result.warnings).toEqual([]);
    const em = db.orm.em.fork();
    expect(await em.count(GameEvent, { game: game.id, action: 'create-session' })).toBe(1);
  });

  it('refuses an overlap within the game as session_overlap, but accepts touching ends', async () => {
    const game = await newGame(db.orm, c, { name: 'Overlap' });
    const api = callerFor(db.orm, c.gm);
    await api.sessions.create({ gameId: game.id, start: at(11, 18), end: at(11, 21) });

    const error = await expectRefusal(
      api.sessions.create({ gameId: game.id, start: at(11, 20), end: at(11, 22) }),
      'CONFLICT',
      'session_overlap',
    );
    expect(error.cause).toMatchObject({ field: 'start' });
    await api.sessions.create({ gameId: game.id, start: at(11, 21), end: at(11, 23) });
    expect(await db.orm.em.fork().count(GameSession, { game: game.id })).toBe(2);
  });

  it("warns about the GM's and players' clashes in other games without refusing", async () => {
    const first = await newGame(db.orm, c, { name: 'First table' });
    const second = await newGame(db.orm, c, { name: 'Second table', gm: c.otherGm });
    await callerFor(db.orm, c.player).games.register({ id: first.id });
    await callerFor(db.orm, c.player).games.register({ id: second.id });
    await callerFor(db.orm, c.otherGm).sessions.create({
      gameId: second.id,
      start: at(12, 19),
      end: at(12, 22),
    });

    const result = await callerFor(db.orm, c.gm).sessions.create({
      gameId: first.id,
      start: at(12, 18),
      end: at(12, 21),
    });
    expect(result.warnings).toEqual([
      expect.objectContaining({
        userId: c.player.id,
        game: { id: second.id, slug: second.slug, name: 'Second table' },
      }),
    ]);
  });

  it('refuses sessions that end before they start or last 24 hours (schema)', async () => {
    const game = await newGame(db.orm, c, { name: 'Bounds' });
    const api = callerFor(db.orm, c.gm);
    const backwards = await expectRefusal(
      api.sessions.create({ gameId: game.id, start: at(13, 20), end: at(13, 18) }),
      'BAD_REQUEST',
    );
    expect(backwards.cause).toMatchObject({ field: 'end' });
    const start = at(13, 10);
    await expectRefusal(
      api.sessions.create({ gameId: game.id, start, end: new Date(start.getTime() + 24 * HOUR) }),
      'BAD_REQUEST',
    );
  });

  it('refuses a session on an archived game', async () => {
    const game = await newGame(db.orm, c, { name: 'Ended' });
    await callerFor(db.orm, c.gm).games.archive({ id: game.id });
    await expectRefusal(
      callerFor(db.orm, c.gm).sessions.create({
        gameId: game.id,
        start: at(14, 1),
        end: at(14, 2),
      }),
      'CONFLICT',
      'archived',
    );
  });
});

describe('sessions.update and delete', () => {
  it('moves a session, refusing a move onto a sibling', async () => {
    const game = await newGame(db.orm, c, { name: 'Mover' });
    const api = callerFor(db.orm, c.gm);
    const a = await api.sessions.create({ gameId: game.id, start: at(15, 10), end: at(15, 12) });
    await api.sessions.create({ gameId: game.id, start: at(15, 14), end: at(15, 16) });

    const moved = await api.sessions.update({
      id: a.session.id,
      start: at(15, 11),
      end: at(15, 13),
    });
    expect(moved.session.start).toEqual(at(15, 11));
    await expectRefusal(
      api.sessions.update({ id: a.session.id, start: at(15, 13), end: at(15, 15) }),
      'CONFLICT',
      'session_overlap',
    );
    const em = db.orm.em.fork();
    expect(await em.count(GameEvent, { game: game.id, action: 'edit-session' })).toBe(1);
  });

  it('deletes a session and logs it', async () => {
    const game = await newGame(db.orm, c, { name: 'Cancel' });
    const api = callerFor(db.orm, c.gm);
    const { session } = await api.sessions.create({
      gameId: game.id,
      start: at(16, 10),
      end: at(16, 12),
    });

    expect(await api.sessions.delete({ id: session.id })).toEqual({ id: session.id });
    const em = db.orm.em.fork();
    expect(await em.count(GameSession, { id: session.id })).toBe(0);
    expect(await em.count(GameEvent, { game: game.id, action: 'delete-session' })).toBe(1);
    await expectRefusal(api.sessions.delete({ id: session.id }), 'NOT_FOUND');
  });
});

describe('sessions.inRange', () => {
  it('shows the calendar to anyone, without drafts of others', async () => {
    const open = await newGame(db.orm, c, { name: 'Public cal' });
    const draft = await newGame(db.orm, c, { name: 'Draft cal', draft: true });
    const gm = callerFor(db.orm, c.gm);
    await gm.sessions.create({ gameId: open.id, start: at(40, 10), end: at(40, 12) });
    await gm.sessions.create({ gameId: draft.id, start: at(40, 14), end: at(40, 16) });
    const range = { start: at(39, 0), end: at(41, 0) };

    const anonymous = await callerFor(db.orm, null).sessions.inRange(range);
    expect(anonymous.map((session) => session.game.name)).toEqual(['Public cal']);
    const own = await gm.sessions.inRange(range);
    expect(own.map((session) => session.game.name)).toEqual(['Public cal', 'Draft cal']);
  });

  it("keeps to the caller's own games with mine", async () => {
    const theirs = await newGame(db.orm, c, { name: 'Not mine', gm: c.otherGm });
    await callerFor(db.orm, c.otherGm).sessions.create({
      gameId: theirs.id,
      start: at(50, 10),
      end: at(50, 12),
    });
    const range = { start: at(49, 0), end: at(51, 0), mine: true };
    expect(await callerFor(db.orm, c.player2).sessions.inRange(range)).toEqual([]);
    expect(await callerFor(db.orm, c.otherGm).sessions.inRange(range)).toHaveLength(1);
  });
});

describe('sessions.inRange, lean calendar', () => {
  it('answers plain entries with only the fields the calendar shows', async () => {
    const game = await newGame(db.orm, c, { name: 'Lean cal' });
    const { session } = await callerFor(db.orm, c.gm).sessions.create({
      gameId: game.id,
      start: at(60, 10),
      end: at(60, 13),
    });

    const entries = await callerFor(db.orm, null).sessions.inRange({
      start: at(59, 0),
      end: at(61, 0),
    });
    expect(entries).toEqual([
      {
        id: session.id,
        start: at(60, 10),
        end: at(60, 13),
        game: { id: game.id, slug: game.slug, name: 'Lean cal', type: 'oneshot', status: 'open' },
      },
    ]);
    expect(entries[0]?.start).toBeInstanceOf(Date);
    expect(Object.keys(entries[0]?.game ?? {}).sort()).toEqual([
      'id',
      'name',
      'slug',
      'status',
      'type',
    ]);
  });

  it('orders by start and keeps only sessions wholly inside the range', async () => {
    const game = await newGame(db.orm, c, { name: 'Edges' });
    const gm = callerFor(db.orm, c.gm);
    await gm.sessions.create({ gameId: game.id, start: at(70, 22), end: at(71, 2) });
    const late = await gm.sessions.create({ gameId: game.id, start: at(71, 18), end: at(71, 20) });
    const early = await gm.sessions.create({ gameId: game.id, start: at(71, 9), end: at(71, 11) });

    const entries = await gm.sessions.inRange({ start: at(71, 0), end: at(72, 0) });
    expect(entries.map((entry) => entry.id)).toEqual([early.session.id, late.session.id]);
  });

  it("shows a player their table's sessions with mine, and admins every draft", async () => {
    const played = await newGame(db.orm, c, { name: 'Played', gm: c.otherGm });
    const draft = await newGame(db.orm, c, { name: 'Hidden draft', draft: true });
    await callerFor(db.orm, c.player2).games.register({ id: played.id });
    await callerFor(db.orm, c.otherGm).sessions.create({
      gameId: played.id,
      start: at(80, 10),
      end: at(80, 12),
    });
    await callerFor(db.orm, c.gm).sessions.create({
      gameId: draft.id,
      start: at(80, 14),
      end: at(80, 16),
    });
    const range = { start: at(79, 0), end: at(81, 0) };

    const mine = await callerFor(db.orm, c.player2).sessions.inRange({ ...range, mine: true });
    expect(mine.map((entry) => entry.game.name)).toEqual(['Played']);
    const everyone = await callerFor(db.orm, c.player2).sessions.inRange(range);
    expect(everyone.map((entry) => entry.game.name)).toEqual(['Played']);
    const admin = await callerFor(db.orm, c.admin).sessions.inRange(range);
    expect(admin.map((entry) => entry.game.name)).toEqual(['Played', 'Hidden draft']);
  });

  it('accepts a six-week month grid but refuses a longer range, naming end', async () => {
    const start = at(100, 0);
    const sixWeeks = new Date(start.getTime() + 42 * 24 * HOUR);
    await expect(
      callerFor(db.orm, null).sessions.inRange({ start, end: sixWeeks }),
    ).resolves.toEqual([]);

    const error = await expectRefusal(
      callerFor(db.orm, null).sessions.inRange({
        start,
        end: new Date(sixWeeks.getTime() + 24 * HOUR),
      }),
      'BAD_REQUEST',
    );
    expect(error.cause).toMatchObject({ field: 'end' });
    await expectRefusal(
      callerFor(db.orm, null).sessions.inRange({ start, end: at(500, 0) }),
      'BAD_REQUEST',
    );
  });
});
