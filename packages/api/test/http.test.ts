import { TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { Game, GameEvent, Registration, System } from '@questboard/db';
import { createTestDatabase, type TestDatabase } from '@questboard/db/testing';

import type { AppRouter } from '../src/routers/_app.js';
import type { Actor } from '../src/services/Service.js';
import { callerFor, cast, gameInput, member, newGame, reload, type Cast } from './fixtures.js';
import { startServer, type TestServer } from './http.js';

let db: TestDatabase;
let c: Cast;
let players: Actor[];
let server: TestServer;

beforeAll(async () => {
  db = await createTestDatabase();
  c = await cast(db.orm, 'H');
  players = [];
  for (let n = 0; n < 30; n += 1) {
    players.push(await member(db.orm, `Racer ${n}`));
  }
  server = await startServer(db.orm, [c.gm, c.admin, c.player, ...players]);
});

afterAll(async () => {
  await server.close();
  await db.drop();
});

async function rejection(call: Promise<unknown>): Promise<TRPCClientError<AppRouter>> {
  const error = await call.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error, 'the call should have failed').toBeInstanceOf(TRPCClientError);
  return error as TRPCClientError<AppRouter>;
}

function reasonOf(error: unknown): string | null | undefined {
  expect(error).toBeInstanceOf(TRPCClientError);
  return (error as TRPCClientError<AppRouter>).data?.reason;
}

describe('over HTTP', () => {
  it('seats exactly 4 of 30 members racing for a 4-seat table and closes it', async () => {
    const game = await newGame(db.orm, c, { name: 'Race', partySize: 4 });

    const results = await Promise.allSettled(
      players.map((player) => server.client(player).games.register.mutate({ id: game.id })),
    );

    const won = results.filter((result) => result.status === 'fulfilled');
    const lost = results.filter((result) => result.status === 'rejected');
    expect(won).toHaveLength(4);
    expect(lost).toHaveLength(26);
    for (const result of lost) {
      const error = result.reason as TRPCClientError<AppRouter>;
      expect(error.data?.code).toBe('CONFLICT');
      expect(['game_full', 'game_closed']).toContain(reasonOf(error));
    }

    const em = db.orm.em.fork();
    const seats = await em.find(Registration, { game: game.id });
    expect(seats).toHaveLength(4);
    expect(new Set(seats.map((seat) => seat.user.id)).size).toBe(4);
    expect(await em.count(GameEvent, { game: game.id, action: 'register' })).toBe(4);
    expect((await reload(db.orm, game.id)).status).toBe('closed');
  });

  it('answers refusals with code, reason and field, and no internals', async () => {
    const draft = await newGame(db.orm, c, { name: 'Wire', draft: true });
    const error = await rejection(server.client(c.player).games.register.mutate({ id: draft.id }));

    expect(error.data).toMatchObject({ code: 'CONFLICT', httpStatus: 409, reason: 'not_open' });
    expect(error.data).not.toHaveProperty('stack');
  });

  it('names the field of a bad input over the wire', async () => {
    const error = await rejection(
      server.client(c.gm).games.create.mutate(gameInput(c, { name: 'x'.repeat(10_000) })),
    );

    expect(error.data).toMatchObject({ code: 'BAD_REQUEST', httpStatus: 400, field: 'name' });
  });

  it('gives each call of a batch its own EntityManager: a failed call leaves nothing behind', async () => {
    const gmApi = callerFor(db.orm, c.gm);
    const draft = await gmApi.games.create(gameInput(c, { name: 'Batch target' }));
    const em = db.orm.em.fork();
    const otherSystem = em.create(System, { name: 'Batch system', icon: null });
    await em.flush();
    const client = server.client(c.gm);
    const requestsBefore = server.requests();

    // Sent together, so httpBatchLink puts them in one HTTP request.
    const [dirty, clean, created] = await Promise.allSettled([
      // Changes the system on its entity, then fails on the unknown VTT.
      client.games.update.mutate({ id: draft.id, systemId: otherSystem.id, vttId: 999_999 }),
      client.games.update.mutate({ id: draft.id, description: 'Neighbour edit' }),
      client.games.create.mutate(gameInput(c, { name: 'Batch neighbour' })),
    ]);

    expect(server.requests() - requestsBefore).toBe(1);
    expect(dirty.status).toBe('rejected');
    expect(reasonOf((dirty as PromiseRejectedResult).reason)).toBe('unknown_reference');
    expect(clean.status).toBe('fulfilled');
    expect(created.status).toBe('fulfilled');

    const row = await db.orm.em.fork().findOneOrFail(Game, draft.id, { populate: ['system'] });
    expect(row.description).toBe('Neighbour edit');
    expect(row.system.id).toBe(c.systemId);
  });
});
