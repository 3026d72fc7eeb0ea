import type { MikroORM } from '@mikro-orm/postgresql';
import { TRPCError } from '@trpc/server';
import pino from 'pino';
import { expect } from 'vitest';

import {
  Channel,
  Game,
  GameEvent,
  OutboxAction,
  Registration,
  System,
  User,
  Vtt,
} from '@questboard/db';
import { createTestDatabase, type TestDatabase } from '@questboard/db/testing';

import { createContext } from '../src/createContext.js';
import { appRouter } from '../src/routers/_app.js';
import type { GameCreateInput } from '../src/schemas/index.js';
import type { Actor } from '../src/services/Service.js';
import { createCallerFactory } from '../src/trpc.js';

export const logger = pino({ level: 'silent' });

let nextId = 200_000_000_000_000_000n;
export function snowflake(): string {
  nextId += 1n;
  return nextId.toString();
}

/** A member in the database, returned as the actor the server would load. */
export async function member(
  orm: MikroORM,
  name: string,
  roles: { isGm?: boolean; isAdmin?: boolean } = {},
): Promise<Actor> {
  const em = orm.em.fork();
  const user = em.create(User, {
    id: snowflake(),
    name,
    username: name.toLowerCase(),
    isGm: roles.isGm ?? false,
    isAdmin: roles.isAdmin ?? false,
    createdAt: new Date(),
  });
  await em.flush();
  return { id: user.id, isGm: user.isGm, isAdmin: user.isAdmin };
}

export interface Cast {
  player: Actor;
  player2: Actor;
  gm: Actor;
  otherGm: Actor;
  admin: Actor;
  systemId: number;
  vttId: number;
}

/** The people and reference data most tests need. */
export async function cast(orm: MikroORM, tag: string): Promise<Cast> {
  const em = orm.em.fork();
  const system = em.create(System, { name: `System ${tag}`, icon: null });
  const vtt = em.create(Vtt, { name: `Vtt ${tag}`, icon: null });
  await em.flush();
  return {
    player: await member(orm, `Player${tag}`),
    player2: await member(orm, `Second${tag}`),
    gm: await member(orm, `Gm${tag}`, { isGm: true }),
    otherGm: await member(orm, `Other${tag}`, { isGm: true }),
    admin: await member(orm, `Admin${tag}`, { isAdmin: true }),
    systemId: system.id,
    vttId: vtt.id,
  };
}

/** A Discord category of a game type. */
export async function category(orm: MikroORM, type: 'oneshot' | 'campaign', size = 0) {
  const em = orm.em.fork();
  const channel = em.create(Channel, { id: snowflake(), type, size });
  await em.flush();
  return channel;
}

/**
 * A fresh migrated database with the cast of `tag` and one category per entry of `categories`
 * (type → size). The caller drops it in afterAll.
 */
export async function castDatabase(
  tag: string,
  categories: Partial<Record<'oneshot' | 'campaign', number>> = {},
): Promise<{ db: TestDatabase; c: Cast }> {
  const db = await createTestDatabase();
  const c = await cast(db.orm, tag);

  for (const [type, size] of Object.entries(categories)) {
    await category(db.orm, type as 'oneshot' | 'campaign', size);
  }

  return { db, c };
}

/** A tRPC caller acting as `user` (null: anonymous). */
export function callerFor(orm: MikroORM, user: Actor | null, onCommit?: () => void) {
  const ctx = createContext({
    orm,
    user,
    requestId: `test-${Math.random().toString(36).slice(2)}`,
    logger,
    ...(onCommit ? { onCommit } : {}),
  });
  return createCallerFactory(appRouter)(ctx);
}

const DAY = 24 * 60 * 60 * 1000;

/** A date `days` from now, at a round hour. */
export function inDays(days: number, hour = 20): Date {
  const date = new Date(Date.now() + days * DAY);
  date.setUTCHours(hour, 0, 0, 0);
  return date;
}

/** The game form filled with sensible values. */
export function gameInput(c: Cast, overrides: Partial<GameCreateInput> = {}): GameCreateInput {
  return {
    name: 'The Haunting',
    type: 'oneshot',
    length: '1 session',
    systemId: c.systemId,
    vttId: c.vttId,
    description: 'A house, a storm, a secret.',
    restriction: 'all',
    restrictionTags: [],
    partySize: 4,
    partySelection: false,
    xp: 'all',
    date: inDays(7),
    sessionLength: 3,
    frequency: null,
    characters: 'with_gm',
    classification: { action: 1, investigation: 2, interaction: 1, horror: 2 },
    ambience: ['serious'],
    complement: null,
    img: null,
    specialEventId: null,
    ...overrides,
  };
}

/** A game created by `gm` and, unless `draft`, published. Returns its id and slug. */
export async function newGame(
  orm: MikroORM,
  c: Cast,
  options: { gm?: Actor; draft?: boolean; silent?: boolean } & Partial<GameCreateInput> = {},
) {
  const { gm = c.gm, draft = false, silent = false, ...overrides } = options;
  const api = callerFor(orm, gm);
  const game = await api.games.create(gameInput(c, overrides));
  if (draft) {
    return game;
  }
  return api.games.publish({ id: game.id, silent, allowPastDate: true });
}

/** The TRPCError a call fails with (fails the test if it succeeds). */
export async function failure(call: Promise<unknown>): Promise<TRPCError> {
  const error = await call.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error, 'the call should have failed').toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

/** Asserts a call fails with `code` and, if given, the machine-readable `reason`. */
export async function expectRefusal(
  call: Promise<unknown>,
  code: TRPCError['code'],
  reason?: string,
): Promise<TRPCError> {
  const error = await failure(call);
  expect(error.code).toBe(code);
  if (reason) {
    expect((error.cause as { reason?: string } | undefined)?.reason).toBe(reason);
  }
  return error;
}

/** Row counts read back on a fresh fork. */
export async function counts(orm: MikroORM) {
  const em = orm.em.fork();
  return {
    games: await em.count(Game),
    events: await em.count(GameEvent),
    registrations: await em.count(Registration),
    outbox: await em.count(OutboxAction),
  };
}

/** The game row as the database holds it now. */
export async function reload(orm: MikroORM, id: number): Promise<Game> {
  return orm.em.fork().findOneOrFail(Game, id, { populate: ['category'] });
}
