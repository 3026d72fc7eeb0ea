import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { Channel, SpecialEvent, System, Trophy, User, UserTrophy, Vtt } from '@questboard/db';
import { createTestDatabase, type TestDatabase } from '@questboard/db/testing';

import type { Actor } from '../src/services/Service.js';
import { callerFor, cast, category, failure, member, snowflake, type Cast } from './fixtures.js';

const ROLES = ['anonymous', 'player', 'gm', 'admin'] as const;
type Role = (typeof ROLES)[number];
type Outcome = 'ok' | 'UNAUTHORIZED' | 'FORBIDDEN';
type Api = ReturnType<typeof callerFor>;

let db: TestDatabase;
let c: Cast;
let actors: Record<Role, Actor | null>;

beforeAll(async () => {
  db = await createTestDatabase();
  c = await cast(db.orm, 'M');
  actors = {
    anonymous: null,
    player: c.player,
    gm: c.gm,
    admin: c.admin,
  };
});

afterAll(async () => {
  await db.drop();
});

const ADMIN_ONLY: Record<Role, Outcome> = {
  anonymous: 'UNAUTHORIZED',
  player: 'FORBIDDEN',
  gm: 'FORBIDDEN',
  admin: 'ok',
};
const GM_OR_ADMIN: Record<Role, Outcome> = {
  anonymous: 'UNAUTHORIZED',
  player: 'FORBIDDEN',
  gm: 'ok',
  admin: 'ok',
};
const ANYONE: Record<Role, Outcome> = { anonymous: 'ok', player: 'ok', gm: 'ok', admin: 'ok' };

let serial = 0;
const unique = (prefix: string) => `${prefix} ${(serial += 1)}`;

/** What a cell works on, made fresh per cell so cells never share state. */
interface Fixture {
  systemId: number;
  vttId: number;
  eventId: number;
  trophyId: number;
  channelId: string;
  userId: string;
}

async function fixture(orm: MikroORM): Promise<Fixture> {
  const em = orm.em.fork();
  const system = em.create(System, { name: unique('Sys') });
  const vtt = em.create(Vtt, { name: unique('Vtt') });
  const event = em.create(SpecialEvent, { name: unique('Event') });
  const trophy = em.create(Trophy, { name: unique('Trophy') });
  await em.flush();
  const user = await member(orm, unique('Member'));
  const channel = await category(orm, 'oneshot', 0);
  return {
    systemId: system.id,
    vttId: vtt.id,
    eventId: event.id,
    trophyId: trophy.id,
    channelId: channel.id,
    userId: user.id,
  };
}

/** Every reference table as plain rows, to prove a refused call changed nothing. */
async function snapshot(orm: MikroORM): Promise<string> {
  const em = orm.em.fork();
  const rows = await Promise.all([
    em.find(System, {}, { orderBy: { id: 'asc' } }),
    em.find(Vtt, {}, { orderBy: { id: 'asc' } }),
    em.find(SpecialEvent, {}, { orderBy: { id: 'asc' } }),
    em.find(Channel, {}, { orderBy: { id: 'asc' } }),
    em.find(Trophy, {}, { orderBy: { id: 'asc' } }),
    em.find(UserTrophy, {}, { orderBy: { user: 'asc', trophy: 'asc' } }),
    em.find(User, {}, { orderBy: { id: 'asc' } }),
  ]);
  return JSON.stringify(rows);
}

interface Row {
  procedure: string;
  run: (api: Api, f: Fixture) => Promise<unknown>;
  expected: Record<Role, Outcome>;
}

const MUTATIONS: Row[] = [
  {
    procedure: 'systems.create',
    run: (api) => api.systems.create({ name: unique('New sys') }),
    expected: ADMIN_ONLY,
  },
  {
    procedure: 'systems.update',
    run: (api, f) => api.systems.update({ id: f.systemId, name: unique('Re sys') }),
    expected: ADMIN_ONLY,
  },
  {
    procedure: 'systems.delete',
    run: (api, f) => api.systems.delete({ id: f.systemId }),
    expected: ADMIN_ONLY,
  },
  {
    procedure: 'vtts.create',
    run: (api) => api.vtts.create({ name: unique('New vtt') }),
    expected: ADMIN_ONLY,
  },
  {
    procedure: 'vtts.update',
    run: (api, f) => api.vtts.update({ id: f.vttId, icon: '🎲' }),
    expected: ADMIN_ONLY,
  },
  {
    procedure: 'vtts.delete',
    run: (api, f) => api.vtts.delete({ id: f.vttId }),
    expected: ADMIN_ONLY,
  },
  {
    procedure: 'specialEvents.create',
    run: (api) => api.specialEvents.create({ name: unique('New ev') }),
    expected: ADMIN_ONLY,
  },
  {
    procedure: 'specialEvents.update',
    run: (api, f) => api.specialEvents.update({ id: f.eventId, active: true }),
    expected: ADMIN_ONLY,
  },
  {
    procedure: 'specialEvents.delete',
    run: (api, f) => api.specialEvents.delete({ id: f.eventId }),
    expected: ADMIN_ONLY,
  },
  {
    procedure: 'channels.create',
    run: (api) => api.channels.create({ id: snowflake(), type: 'campaign' }),
    expected: ADMIN_ONLY,
  },
  {
    procedure: 'channels.update',
    run: (api, f) => api.channels.update({ id: f.channelId, size: 3 }),
    expected: ADMIN_ONLY,
  },
  {
    procedure: 'channels.delete',
    run: (api, f) => api.channels.delete({ id: f.channelId }),
    expected: ADMIN_ONLY,
  },
  {
    procedure: 'trophies.create',
    run: (api) => api.trophies.create({ name: unique('New tr') }),
    expected: ADMIN_ONLY,
  },
  {
    procedure: 'trophies.update',
    run: (api, f) => api.trophies.update({ id: f.trophyId, name: unique('Re tr') }),
    expected: ADMIN_ONLY,
  },
  {
    procedure: 'trophies.delete',
    run: (api, f) => api.trophies.delete({ id: f.trophyId }),
    expected: ADMIN_ONLY,
  },
  {
    procedure: 'trophies.award',
    run: (api, f) => api.trophies.award({ trophyId: f.trophyId, userId: f.userId, amount: 2 }),
    expected: ADMIN_ONLY,
  },
  {
    procedure: 'trophies.adjust',
    run: (api, f) => api.trophies.adjust({ trophyId: f.trophyId, userId: f.userId, quantity: 5 }),
    expected: ADMIN_ONLY,
  },
  {
    procedure: 'users.setInactive',
    run: (api, f) => api.users.setInactive({ id: f.userId, inactive: true }),
    expected: ADMIN_ONLY,
  },
  {
    procedure: 'users.setRoles',
    run: (api, f) => api.users.setRoles({ id: f.userId, isGm: true }),
    expected: ADMIN_ONLY,
  },
];

const QUERIES: Row[] = [
  { procedure: 'systems.list', run: (api) => api.systems.list(), expected: ANYONE },
  { procedure: 'vtts.list', run: (api) => api.vtts.list(), expected: ANYONE },
  {
    procedure: 'specialEvents.list',
    run: (api) => api.specialEvents.list({ activeOnly: true }),
    expected: ANYONE,
  },
  {
    procedure: 'specialEvents.byId',
    run: (api, f) => api.specialEvents.byId({ id: f.eventId }),
    expected: ANYONE,
  },
  { procedure: 'trophies.list', run: (api) => api.trophies.list(), expected: ANYONE },
  {
    procedure: 'trophies.leaderboard',
    run: (api, f) => api.trophies.leaderboard({ trophyId: f.trophyId }),
    expected: ANYONE,
  },
  {
    procedure: 'trophies.forUser',
    run: (api, f) => api.trophies.forUser({ userId: f.userId }),
    expected: ANYONE,
  },
  { procedure: 'users.me', run: (api) => api.users.me(), expected: ANYONE },
  { procedure: 'users.byId', run: (api, f) => api.users.byId({ id: f.userId }), expected: ANYONE },
  { procedure: 'stats.overview', run: (api) => api.stats.overview(), expected: ANYONE },
  { procedure: 'channels.list', run: (api) => api.channels.list(), expected: ADMIN_ONLY },
  {
    procedure: 'users.pick',
    run: (api) => api.users.pick({ search: 'member' }),
    expected: GM_OR_ADMIN,
  },
  { procedure: 'users.list', run: (api) => api.users.list({}), expected: ADMIN_ONLY },
  { procedure: 'events.list', run: (api) => api.events.list({}), expected: ADMIN_ONLY },
];

describe.each([...MUTATIONS, ...QUERIES])('$procedure', (row) => {
  it.each(ROLES)('as %s', async (role) => {
    const f = await fixture(db.orm);
    const api = callerFor(db.orm, actors[role]);
    const expected = row.expected[role];

    if (expected === 'ok') {
      await row.run(api, f);
      return;
    }
    const before = await snapshot(db.orm);
    const error = await failure(row.run(api, f));
    expect(error.code).toBe(expected);
    expect(await snapshot(db.orm)).toBe(before);
  });
});
