import type { AddressInfo } from 'node:net';

import { createHTTPServer } from '@trpc/server/adapters/standalone';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';

import { Channel, Game, NotFoundError, System, User } from '@questboard/db';
import { createTestDatabase, type TestDatabase } from '@questboard/db/testing';

import { createContext } from '../src/createContext.js';
import { Conflict, INTERNAL_MESSAGE, toTRPCError } from '../src/errors/index.js';
import {
  adminProcedure,
  authedProcedure,
  createCallerFactory,
  gmProcedure,
  publicProcedure,
  router,
} from '../src/trpc.js';
import { failure } from './fixtures.js';

const probe = router({
  conflict: publicProcedure.mutation(() => {
    throw new Conflict('game_full', 'The table is full');
  }),
  crash: publicProcedure.query(() => {
    throw new Error('select * from secret_table');
  }),
  input: publicProcedure
    .input(z.object({ deep: z.object({ n: z.number().max(3) }) }))
    .query(() => 1),
  authed: authedProcedure.query(() => 1),
  gm: gmProcedure.query(() => 1),
  admin: adminProcedure.query(() => 1),
});

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database.drop();
});

const logLines: Record<string, unknown>[] = [];
const capturing = pino(
  { level: 'error' },
  { write: (line: string) => logLines.push(JSON.parse(line) as Record<string, unknown>) },
);

function caller(user: { id: string; isGm: boolean; isAdmin: boolean } | null = null) {
  const ctx = createContext({ orm: database.orm, user, requestId: 'req-1', logger: capturing });
  return createCallerFactory(probe)(ctx);
}

describe('error mapping', () => {
  it('answers a domain conflict as CONFLICT with its reason', async () => {
    const error = await failure(caller().conflict());
    expect(error.code).toBe('CONFLICT');
    expect(error.cause).toMatchObject({ reason: 'game_full' });
  });

  it('answers an unexpected error as INTERNAL_SERVER_ERROR without its message', async () => {
    const error = await failure(caller().crash());
    expect(error.code).toBe('INTERNAL_SERVER_ERROR');
    expect(error.message).toBe(INTERNAL_MESSAGE);
    expect(logLines.at(-1)).toMatchObject({
      requestId: 'req-1',
      path: 'crash',
      err: { message: 'select * from secret_table' },
    });
  });

  it('tags the log lines of a call with its request id, once', async () => {
    const raw: string[] = [];
    const processLogger = pino({ level: 'error' }, { write: (line: string) => raw.push(line) });
    const ctx = createContext({
      orm: database.orm,
      user: null,
      requestId: 'req-3',
      logger: processLogger,
    });

    const error = await failure(createCallerFactory(probe)(ctx).crash());

    expect(error.code).toBe('INTERNAL_SERVER_ERROR');
    expect(raw.at(-1)?.match(/"requestId":"req-3"/g)).toHaveLength(1);
  });

  it('sends no stack, SQL or message of an unexpected error over HTTP', async () => {
    const server = createHTTPServer({
      router: probe,
      createContext: () =>
        createContext({ orm: database.orm, user: null, requestId: 'req-2', logger: capturing }),
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;

    const response = await fetch(`http://127.0.0.1:${port}/crash`);
    const body = await response.text();
    await new Promise((resolve) => server.close(resolve));

    expect(response.status).toBe(500);
    expect(body).toContain(INTERNAL_MESSAGE);
    expect(body).not.toMatch(/secret_table|stack|at .*\.ts/);
  });

  it('answers bad input as BAD_REQUEST naming the nested field', async () => {
    const error = await failure(caller().input({ deep: { n: 9 } }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.cause).toMatchObject({ field: 'deep.n' });
  });

  it('tells anonymous callers to sign in and others they may not', async () => {
    expect((await failure(caller().authed())).code).toBe('UNAUTHORIZED');
    const player = { id: '100000000000000001', isGm: false, isAdmin: false };
    expect((await failure(caller(player).gm())).code).toBe('FORBIDDEN');
    expect((await failure(caller({ ...player, isGm: true }).admin())).code).toBe('FORBIDDEN');
    expect(await caller({ ...player, isAdmin: true }).gm()).toBe(1);
  });
});

describe('database refusals the schemas did not catch', () => {
  async function thrownBy(work: () => Promise<unknown>): Promise<unknown> {
    return work().then(
      () => null,
      (error: unknown) => error,
    );
  }

  it('maps a check violation to BAD_REQUEST naming the column', async () => {
    const em = database.orm.em.fork();
    const error = await thrownBy(async () => {
      em.create(Channel, { id: '400000000000000001', type: 'oneshot', size: -1 });
      await em.flush();
    });
    const mapped = toTRPCError(error);
    expect(mapped.code).toBe('BAD_REQUEST');
    expect(mapped.cause).toMatchObject({ field: 'size', reason: 'out_of_range' });
    expect(mapped.message).not.toMatch(/insert|select|channel_size_check/i);
  });

  it('bug: a taken primary key was reported on field "pkey" instead of "id"', async () => {
    const em = database.orm.em.fork();
    em.create(Channel, { id: '400000000000000009', type: 'oneshot' });
    await em.flush();
    const error = await thrownBy(async () => {
      const other = database.orm.em.fork();
      other.create(Channel, { id: '400000000000000009', type: 'campaign' });
      await other.flush();
    });
    expect(toTRPCError(error).code).toBe('CONFLICT');
    expect(toTRPCError(error).cause).toMatchObject({ reason: 'duplicate', field: 'id' });
  });

  it('bug: a value wider than its column was a 500; it is BAD_REQUEST too_long', async () => {
    const error = await thrownBy(async () => {
      const em = database.orm.em.fork();
      em.create(System, { name: 'x'.repeat(101), icon: null });
      await em.flush();
    });
    const mapped = toTRPCError(error);
    expect(mapped.code).toBe('BAD_REQUEST');
    expect(mapped.cause).toMatchObject({ reason: 'too_long' });
    expect(mapped.message).not.toMatch(/varying|insert/i);
  });

  it('maps a taken unique name to CONFLICT name_taken', async () => {
    const em = database.orm.em.fork();
    em.create(System, { name: 'Unique system', icon: null });
    await em.flush();
    const error = await thrownBy(async () => {
      const other = database.orm.em.fork();
      other.create(System, { name: 'Unique system', icon: null });
      await other.flush();
    });
    expect(toTRPCError(error).cause).toMatchObject({ reason: 'name_taken', field: 'name' });
    expect(toTRPCError(error).code).toBe('CONFLICT');
  });

  it('maps deleting a row still referenced to CONFLICT in_use', async () => {
    const em = database.orm.em.fork();
    const user = em.create(User, {
      id: '400000000000000002',
      name: 'Ref',
      isGm: true,
      isAdmin: false,
      createdAt: new Date(),
    });
    const system = em.create(System, { name: 'Used system', icon: null });
    em.create(Game, {
      slug: 'used-by-ref',
      name: 'Used',
      type: 'oneshot',
      gm: user,
      system,
      date: new Date(),
      classification: { action: 0, investigation: 0, interaction: 0, horror: 0 },
    } as Game);
    await em.flush();

    const error = await thrownBy(() =>
      database.orm.em.fork().nativeDelete(System, { id: system.id }),
    );
    expect(toTRPCError(error).code).toBe('CONFLICT');
    expect(toTRPCError(error).cause).toMatchObject({ reason: 'in_use' });
  });

  it('maps the data layer NotFoundError to NOT_FOUND', () => {
    expect(toTRPCError(new NotFoundError('Game', 7)).code).toBe('NOT_FOUND');
  });
});
