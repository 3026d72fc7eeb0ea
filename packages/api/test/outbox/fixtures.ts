import type { MikroORM } from '@mikro-orm/postgresql';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';

import { Channel, Game, OutboxAction, Registration, System, User } from '@questboard/db';
import { createTestDatabase, type TestDatabase } from '@questboard/db/testing';
import { RestGateway } from '@questboard/discord';
import { FakeDiscord } from '@questboard/discord/testing';

import { OutboxWorker, type OutboxWorkerOptions } from '../../src/outbox/OutboxWorker.js';

export const logger = pino({ level: 'silent' });

let nextSnowflake = 1_300_000_000_000_000_000n;
export function snowflake(): string {
  nextSnowflake += 1n;
  return nextSnowflake.toString();
}

/** A member in the database and in the fake guild. */
export async function member(orm: MikroORM, fake: FakeDiscord | null, name: string): Promise<User> {
  const em = orm.em.fork();
  const user = em.create(User, {
    id: snowflake(),
    name,
    username: name.toLowerCase(),
    isGm: false,
    isAdmin: false,
    createdAt: new Date(),
  });
  await em.flush();
  fake?.addUser({ id: user.id, username: user.username ?? name });
  return user;
}

/** A Discord category known to both sides, as an admin registers one. */
export async function category(
  orm: MikroORM,
  fake: FakeDiscord,
  type: 'oneshot' | 'campaign',
  name: string,
  size = 0,
): Promise<Channel> {
  const created = fake.guild.createChannel({ name, type: 4 });
  const em = orm.em.fork();
  const channel = em.create(Channel, { id: created.id, type, size });
  await em.flush();
  return channel;
}

/** A game as the publish service leaves it: open, counted in `categoryId`, players seated. */
export async function openGame(
  orm: MikroORM,
  input: {
    gm: User;
    name: string;
    players?: User[];
    categoryId?: string | null;
    type?: 'oneshot' | 'campaign';
  },
): Promise<Game> {
  const em = orm.em.fork();
  const system =
    (await em.findOne(System, { name: 'Call of Cthulhu' })) ??
    em.create(System, { name: 'Call of Cthulhu' });
  const slug = `${input.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-by-${input.gm.username}`;
  const game = em.create(Game, {
    slug,
    name: input.name,
    type: input.type ?? 'oneshot',
    gm: em.getReference(User, input.gm.id),
    system,
    date: new Date('2030-01-01T18:00:00Z'),
    status: 'open',
    description: 'A haunted house.',
    category: input.categoryId ? em.getReference(Channel, input.categoryId) : null,
  } as Game);
  await em.flush();
  for (const player of input.players ?? []) {
    em.create(Registration, { game, user: em.getReference(User, player.id) });
  }
  if (input.categoryId) {
    await em.getRepository(Channel).incrementSize(em.getReference(Channel, input.categoryId));
  }
  await em.flush();
  return game;
}

export async function enqueue(
  orm: MikroORM,
  gameId: number | null,
  kind: string,
  payload: Record<string, unknown> = {},
): Promise<OutboxAction> {
  const em = orm.em.fork();
  const action = em.create(OutboxAction, { gameId, kind, payload, result: null });
  await em.flush();
  return action;
}

export async function actions(orm: MikroORM): Promise<OutboxAction[]> {
  return orm.em.fork().find(OutboxAction, {}, { orderBy: { id: 'asc' } });
}

export async function reload(orm: MikroORM, gameId: number): Promise<Game> {
  return orm.em.fork().findOneOrFail(Game, gameId, { populate: ['category'] });
}

/** The REAL RestGateway, pointed at the fake, with quick timeouts. */
export function gatewayFor(fake: FakeDiscord, api = fake.apiBase): RestGateway {
  return new RestGateway({
    token: fake.botToken,
    guildId: fake.guild.id,
    api,
    timeout: 2_000,
    retries: 1,
  });
}

export function workerFor(
  orm: MikroORM,
  gateway: OutboxWorkerOptions['gateway'],
  options: Partial<OutboxWorkerOptions> = {},
): OutboxWorker {
  return new OutboxWorker({
    orm,
    gateway,
    logger,
    baseDelay: 0,
    maxAttempts: 5,
    ...options,
    discord: { publicUrl: 'https://questboard.test', ...options.discord },
  });
}

/** Text channels of the fake guild (type 0). */
export function textChannels(fake: FakeDiscord) {
  return [...fake.guild.channels.values()].filter((c) => c.type === 0);
}

/** Roles of the fake guild other than @everyone. */
export function gameRoles(fake: FakeDiscord) {
  return [...fake.guild.roles.values()].filter((r) => r.id !== fake.guild.id);
}

/** Empties the tables these tests write, so each test starts from a clean club. */
export async function reset(orm: MikroORM): Promise<void> {
  await orm.em
    .fork()
    .execute(
      'truncate outbox_action, registration, game_event, game_session, game, channel, system, "user" restart identity cascade',
    );
}

/** The same gateway with some methods replaced (the rest still reach the real one). */
export function intercept<G extends object>(gateway: G, overrides: Partial<G>): G {
  return new Proxy(gateway, {
    get(target, property, receiver) {
      if (Object.hasOwn(overrides, property)) {
        return overrides[property as keyof G];
      }
      const value = Reflect.get(target, property, receiver) as unknown;
      return typeof value === 'function'
        ? (value as (...a: unknown[]) => unknown).bind(target)
        : value;
    },
  });
}

/** What a Discord test file works with; `fake` and `gateway` are new for every test. */
export interface FakeDiscordEnv {
  db: TestDatabase;
  fake: FakeDiscord;
  gateway: RestGateway;
}

/**
 * Registers the hooks of a test file that talks to a fake Discord: one database per file, and
 * per test clean tables, a fresh fake guild and the real gateway pointed at it. Read the
 * fields inside tests and hooks only (they are set by the hooks).
 */
export function useFakeDiscord(): FakeDiscordEnv {
  const env = {} as FakeDiscordEnv;

  beforeAll(async () => {
    env.db = await createTestDatabase();
  });

  afterAll(async () => {
    await env.db.drop();
  });

  beforeEach(async () => {
    await reset(env.db.orm);
    env.fake = await FakeDiscord.start();
    env.gateway = gatewayFor(env.fake);
  });

  afterEach(async () => {
    env.gateway.destroy();
    await env.fake.close();
  });

  return env;
}
