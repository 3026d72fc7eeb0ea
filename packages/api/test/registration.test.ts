import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { GameEvent, OutboxAction, Registration, User } from '@questboard/db';
import type { TestDatabase } from '@questboard/db/testing';

import {
  callerFor,
  castDatabase,
  expectRefusal,
  member,
  newGame,
  reload,
  type Cast,
} from './fixtures.js';

let db: TestDatabase;
let c: Cast;

beforeAll(async () => {
  ({ db, c } = await castDatabase('R', { oneshot: 0 }));
});

afterAll(async () => {
  await db.drop();
});

async function seats(gameId: number): Promise<number> {
  return db.orm.em.fork().count(Registration, { game: gameId });
}

/** A member marked as no longer playing since yesterday. */
async function formerPlayer(name: string) {
  const actor = await member(db.orm, name);
  await db.orm.em
    .fork()
    .nativeUpdate(User, { id: actor.id }, { notPlayerAsOf: new Date(Date.now() - 86_400_000) });
  return actor;
}

/** Rows a refused call must not have written. */
async function writes(gameId: number) {
  const em = db.orm.em.fork();
  return {
    seats: await em.count(Registration, { game: gameId }),
    events: await em.count(GameEvent, { game: gameId }),
    outbox: await em.count(OutboxAction, { gameId }),
  };
}

describe('games.register', () => {
  it('seats the player, logs it and asks Discord for the role', async () => {
    const game = await newGame(db.orm, c, { name: 'Seat me' });
    let woken = 0;
    const result = await callerFor(db.orm, c.player, () => (woken += 1)).games.register({
      id: game.id,
    });

    expect(result.status).toBe('open');
    expect(await seats(game.id)).toBe(1);
    const em = db.orm.em.fork();
    const events = await em.find(GameEvent, { game: game.id, action: 'register' });
    expect(events.map((event) => event.user?.id)).toEqual([c.player.id]);
    const actions = await em.find(OutboxAction, { gameId: game.id }, { orderBy: { id: 'asc' } });
    expect(actions.map((action) => [action.kind, action.payload])).toContainEqual([
      'member.add',
      { userId: c.player.id },
    ]);
    expect(woken).toBe(1);
  });

  it('refuses a second registration as already_registered', async () => {
    const game = await newGame(db.orm, c, { name: 'Twice in' });
    const api = callerFor(db.orm, c.player);
    await api.games.register({ id: game.id });
    await expectRefusal(api.games.register({ id: game.id }), 'CONFLICT', 'already_registered');
    expect(await seats(game.id)).toBe(1);
  });

  it('closes the game when the party is complete, then refuses with game_closed', async () => {
    const game = await newGame(db.orm, c, { name: 'Two seats', partySize: 2 });
    await callerFor(db.orm, c.player).games.register({ id: game.id });
    const full = await callerFor(db.orm, c.player2).games.register({ id: game.id });
    expect(full.status).toBe('closed');

    const late = await member(db.orm, 'Late');
    await expectRefusal(
      callerFor(db.orm, late).games.register({ id: game.id }),
      'CONFLICT',
      'game_closed',
    );
  });

  it('refuses a full table that is still open as game_full', async () => {
    // Not reachable through the API (a full table closes itself), so seat someone directly.
    const game = await newGame(db.orm, c, { name: 'Overfull', partySize: 1 });
    const em = db.orm.em.fork();
    em.create(Registration, { game: game.id, user: c.player2.id });
    await em.flush();

    await expectRefusal(
      callerFor(db.orm, c.player).games.register({ id: game.id }),
      'CONFLICT',
      'game_full',
    );
    expect(await seats(game.id)).toBe(1);
  });

  it('refuses to reopen a full table', async () => {
    const game = await newGame(db.orm, c, { name: 'Shrunk', partySize: 3 });
    await callerFor(db.orm, c.player).games.register({ id: game.id });
    await callerFor(db.orm, c.player2).games.register({ id: game.id });
    const gm = callerFor(db.orm, c.gm);
    await gm.games.close({ id: game.id });
    await gm.games.update({ id: game.id, partySize: 2 });

    await expectRefusal(gm.games.reopen({ id: game.id }), 'CONFLICT', 'game_full');
  });

  it('takes no registration on a draft or an archived game, party selection included', async () => {
    const draft = await newGame(db.orm, c, { name: 'Draft', draft: true, partySelection: true });
    await expectRefusal(
      callerFor(db.orm, c.player).games.register({ id: draft.id }),
      'CONFLICT',
      'not_open',
    );

    const done = await newGame(db.orm, c, { name: 'Done', partySelection: true });
    await callerFor(db.orm, c.gm).games.archive({ id: done.id });
    await expectRefusal(
      callerFor(db.orm, c.player).games.register({ id: done.id }),
      'CONFLICT',
      'not_open',
    );
  });

  it('lets candidates sign up past the party size when the GM selects the party', async () => {
    const game = await newGame(db.orm, c, { name: 'Casting', partySize: 1, partySelection: true });
    await callerFor(db.orm, c.player).games.register({ id: game.id });
    const second = await callerFor(db.orm, c.player2).games.register({ id: game.id });
    expect(second.status).toBe('open');
    expect(await seats(game.id)).toBe(2);
  });

  it('refuses the GM a seat at their own table', async () => {
    const game = await newGame(db.orm, c, { name: 'Mine' });
    await expectRefusal(
      callerFor(db.orm, c.gm).games.register({ id: game.id }),
      'CONFLICT',
      'own_game',
    );
  });

  it('answers NOT_FOUND for a game that does not exist', async () => {
    await expectRefusal(callerFor(db.orm, c.player).games.register({ id: 987_654 }), 'NOT_FOUND');
  });

  it('bug: a member marked as no longer playing is refused as FORBIDDEN not_a_player', async () => {
    const game = await newGame(db.orm, c, { name: 'Retired' });
    const gone = await formerPlayer('GoneR');
    const before = await writes(game.id);

    await expectRefusal(
      callerFor(db.orm, gone).games.register({ id: game.id }),
      'FORBIDDEN',
      'not_a_player',
    );

    expect(await writes(game.id)).toEqual(before);
  });
});

describe('games.unregister and removePlayer', () => {
  it('reopens a game that closed itself when a seat frees', async () => {
    const game = await newGame(db.orm, c, { name: 'Reopens', partySize: 1 });
    await callerFor(db.orm, c.player).games.register({ id: game.id });
    expect((await reload(db.orm, game.id)).status).toBe('closed');

    const left = await callerFor(db.orm, c.player).games.unregister({ id: game.id });
    expect(left.status).toBe('open');
    expect(await seats(game.id)).toBe(0);
    const em = db.orm.em.fork();
    expect(await em.count(GameEvent, { game: game.id, action: 'unregister' })).toBe(1);
    expect(await em.count(OutboxAction, { gameId: game.id, kind: 'member.remove' })).toBe(1);
  });

  it('keeps a game the GM closed closed when a seat frees', async () => {
    const game = await newGame(db.orm, c, { name: 'Stays shut', partySize: 3 });
    await callerFor(db.orm, c.player).games.register({ id: game.id });
    await callerFor(db.orm, c.gm).games.close({ id: game.id });

    const left = await callerFor(db.orm, c.player).games.unregister({ id: game.id });
    expect(left.status).toBe('closed');
  });

  it('lets a member marked as no longer playing after taking a seat still leave', async () => {
    const game = await newGame(db.orm, c, { name: 'Farewell' });
    const leaving = await member(db.orm, 'LeavingR');
    await callerFor(db.orm, leaving).games.register({ id: game.id });
    await callerFor(db.orm, c.admin).users.setInactive({ id: leaving.id, inactive: true });

    await callerFor(db.orm, leaving).games.unregister({ id: game.id });
    expect(await seats(game.id)).toBe(0);
  });

  it('refuses to free a seat the member does not hold', async () => {
    const game = await newGame(db.orm, c, { name: 'Nobody' });
    await expectRefusal(
      callerFor(db.orm, c.player).games.unregister({ id: game.id }),
      'CONFLICT',
      'not_registered',
    );
  });

  it('lets the GM remove a player, and an admin too', async () => {
    const game = await newGame(db.orm, c, { name: 'Kick', partySize: 2 });
    await callerFor(db.orm, c.player).games.register({ id: game.id });
    await callerFor(db.orm, c.player2).games.register({ id: game.id });

    const afterGm = await callerFor(db.orm, c.gm).games.removePlayer({
      id: game.id,
      userId: c.player.id,
    });
    expect(afterGm.status).toBe('open');
    await callerFor(db.orm, c.admin).games.removePlayer({ id: game.id, userId: c.player2.id });
    expect(await seats(game.id)).toBe(0);
  });
});

describe('games.addPlayer', () => {
  it('seats a member and closes the full table', async () => {
    const game = await newGame(db.orm, c, { name: 'Added', partySize: 1 });
    const result = await callerFor(db.orm, c.gm).games.addPlayer({
      id: game.id,
      userId: c.player.id,
    });
    expect(result.status).toBe('closed');
  });

  it('refuses a full or closed table unless forced', async () => {
    const game = await newGame(db.orm, c, { name: 'Forced', partySize: 1 });
    const gm = callerFor(db.orm, c.gm);
    await gm.games.addPlayer({ id: game.id, userId: c.player.id });

    await expectRefusal(
      gm.games.addPlayer({ id: game.id, userId: c.player2.id }),
      'CONFLICT',
      'game_closed',
    );
    await gm.games.addPlayer({ id: game.id, userId: c.player2.id, force: true });
    expect(await seats(game.id)).toBe(2);
    await expectRefusal(
      gm.games.addPlayer({ id: game.id, userId: c.player2.id, force: true }),
      'CONFLICT',
      'already_registered',
    );
  });

  it('bug: a member marked as no longer playing is refused as not_a_player naming userId', async () => {
    const game = await newGame(db.orm, c, { name: 'Recruit' });
    const gone = await formerPlayer('GoneA');
    const before = await writes(game.id);

    for (const force of [false, true]) {
      const error = await expectRefusal(
        callerFor(db.orm, c.gm).games.addPlayer({ id: game.id, userId: gone.id, force }),
        'CONFLICT',
        'not_a_player',
      );
      expect(error.cause).toMatchObject({ field: 'userId' });
    }

    expect(await writes(game.id)).toEqual(before);
  });

  it('refuses an unknown member as NOT_FOUND', async () => {
    const game = await newGame(db.orm, c, { name: 'Ghost' });
    await expectRefusal(
      callerFor(db.orm, c.gm).games.addPlayer({ id: game.id, userId: '99999999999999999' }),
      'NOT_FOUND',
    );
  });
});
