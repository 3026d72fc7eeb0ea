import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createTestDatabase, type TestDatabase } from '@questboard/db/testing';

import { callerFor, cast, category, inDays, member, newGame, type Cast } from './fixtures.js';

let db: TestDatabase;
let c: Cast;
let statements: string[] = [];

beforeAll(async () => {
  db = await createTestDatabase({
    onQuery: (message) => {
      if (message.startsWith('[query]')) {
        statements.push(message);
      }
    },
  });
  c = await cast(db.orm, 'Q');
});

afterAll(async () => {
  await db.drop();
});

/** The SQL statements one call sends. */
async function statementsOf(call: () => Promise<unknown>): Promise<string[]> {
  statements = [];
  await call();
  return statements;
}

describe('statements per call', () => {
  it('games.bySlug reads a full game page in two statements', async () => {
    const game = await newGame(db.orm, c, { name: 'Counted' });
    await callerFor(db.orm, c.player).games.register({ id: game.id });
    await callerFor(db.orm, c.player2).games.register({ id: game.id });
    await callerFor(db.orm, c.gm).sessions.create({
      gameId: game.id,
      start: inDays(5, 10),
      end: inDays(5, 12),
    });
    await callerFor(db.orm, c.gm).sessions.create({
      gameId: game.id,
      start: inDays(6, 10),
      end: inDays(6, 12),
    });
    const channel = await category(db.orm, 'oneshot');
    await db.orm.em.fork().nativeUpdate('Game', { id: game.id }, { category: channel.id });

    let detail: Awaited<ReturnType<ReturnType<typeof callerFor>['games']['bySlug']>> | undefined;
    const sent = await statementsOf(async () => {
      detail = await callerFor(db.orm, c.gm).games.bySlug({ slug: game.slug });
    });

    expect(sent).toHaveLength(2);
    expect(detail?.players.map((player) => player.id).sort()).toEqual(
      [c.player.id, c.player2.id].sort(),
    );
    expect(detail?.seatsTaken).toBe(2);
    expect(detail?.sessions).toHaveLength(2);
    expect(detail?.discord?.categoryId).toBe(channel.id);
  });

  it('sessions.inRange is one statement that loads no game description', async () => {
    const game = await newGame(db.orm, c, { name: 'Counted calendar' });
    await callerFor(db.orm, c.gm).sessions.create({
      gameId: game.id,
      start: inDays(8, 10),
      end: inDays(8, 12),
    });

    const sent = await statementsOf(() =>
      callerFor(db.orm, c.player).sessions.inRange({
        start: inDays(7, 0),
        end: inDays(9, 0),
        mine: false,
      }),
    );
    expect(sent).toHaveLength(1);
    expect(sent[0]).not.toContain('description');
  });

  it('games.register checks and takes a seat with one read of the table under the lock', async () => {
    const game = await newGame(db.orm, c, { name: 'Counted seats', partySize: 2 });
    await callerFor(db.orm, c.player).games.register({ id: game.id });

    const sent = await statementsOf(() =>
      callerFor(db.orm, c.player2).games.register({ id: game.id }),
    );
    const tableReads = sent.filter((sql) => /from "registration"/.test(sql));

    expect(tableReads).toHaveLength(1);
  });

  it('games.archive awards a table of one and a table of six in as many statements', async () => {
    async function archiveWith(players: number, name: string): Promise<number> {
      const game = await newGame(db.orm, c, { name, partySize: players });
      for (let index = 0; index < players; index += 1) {
        const seat = await member(db.orm, `${name} player ${index}`);
        await callerFor(db.orm, seat).games.register({ id: game.id });
      }
      const sent = await statementsOf(() => callerFor(db.orm, c.gm).games.archive({ id: game.id }));
      return sent.length;
    }

    expect(await archiveWith(6, 'Big table')).toBe(await archiveWith(1, 'Small table'));
  });
});
