import { TRPCError } from '@trpc/server';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';

import { createTestDatabase, type TestDatabase } from '@questboard/db/testing';

import { createContext } from '../src/createContext.js';
import { Conflict, INTERNAL_MESSAGE } from '../src/errors/index.js';
import {
  adminProcedure,
  authedProcedure,
  createCallerFactory,
  gmProcedure,
  publicProcedure,
  router,
} from '../src/trpc.js';

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

function caller(user: { id: string; isGm: boolean; isAdmin: boolean } | null = null) {
  const ctx = createContext({
    orm: database.orm,
    user,
    requestId: 'req-1',
    logger: pino({ level: 'silent' }),
  });
  return createCallerFactory(probe)(ctx);
}

async function failure(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
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
