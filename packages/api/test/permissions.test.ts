import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { Game, GameSession } from '@questboard/db';
import { createTestDatabase, type TestDatabase } from '@questboard/db/testing';

import type { Actor } from '../src/services/Service.js';
import {
  callerFor,
  cast,
  counts,
  failure,
  gameInput,
  inDays,
  member,
  newGame,
  type Cast,
} from './fixtures.js';

const ROLES = ['anonymous', 'player', 'owner', 'otherGm', 'admin'] as const;
type Role = (typeof ROLES)[number];
type Outcome = 'ok' | 'UNAUTHORIZED' | 'FORBIDDEN' | 'CONFLICT';

let db: TestDatabase;
let c: Cast;

beforeAll(async () => {
  db = await createTestDatabase();
  c = await cast(db.orm, 'P');
});

afterAll(async () => {
  await db.drop();
});

/** A fresh member per cell for the roles that sign up themselves, so cells never share seats. */
async function actorFor(role: Role): Promise<Actor | null> {
  switch (role) {
    case 'anonymous':
      return null;
    case 'player':
      return member(db.orm, 'Cell player');
    case 'owner':
      return c.gm;
    case 'otherGm':
      return member(db.orm, 'Cell gm', { isGm: true });
    case 'admin':
      return c.admin;
  }
}

type Api = ReturnType<typeof callerFor>;

interface Row {
  procedure: string;
  /** Prepares the cell as the game's owner; returns what the call needs. */
  setup: (actor: Actor | null) => Promise<number>;
  /** The call under test, as the cell's role. */
  call: (api: Api, id: number) => Promise<unknown>;
  expected: Record<Role, Outcome>;
}

const OWNER_ONLY: Record<Role, Outcome> = {
  anonymous: 'UNAUTHORIZED',
  player: 'FORBIDDEN',
  owner: 'ok',
  otherGm: 'FORBIDDEN',
  admin: 'ok',
};

async function openGame(overrides: Parameters<typeof newGame>[2] = {}): Promise<number> {
  return (await newGame(db.orm, c, { name: 'Cell', ...overrides })).id;
}

async function withPlayer(): Promise<number> {
  const id = await openGame();
  await callerFor(db.orm, c.player).games.register({ id });
  return id;
}

async function withSession(): Promise<number> {
  const gameId = await openGame();
  const { session } = await callerFor(db.orm, c.gm).sessions.create({
    gameId,
    start: inDays(20, 10),
    end: inDays(20, 12),
  });
  return session.id;
}

const ROWS: Row[] = [
  {
    procedure: 'games.create',
    setup: () => Promise.resolve(0),
    call: (api) => api.games.create(gameInput(c, { name: 'Cell create' })),
    expected: { ...OWNER_ONLY, otherGm: 'ok' },
  },
  {
    procedure: 'games.update',
    setup: () => openGame(),
    call: (api, id) => api.games.update({ id, description: 'changed' }),
    expected: OWNER_ONLY,
  },
  {
    procedure: 'games.publish',
    setup: () => openGame({ draft: true }),
    call: (api, id) => api.games.publish({ id }),
    expected: OWNER_ONLY,
  },
  {
    procedure: 'games.close',
    setup: () => openGame(),
    call: (api, id) => api.games.close({ id }),
    expected: OWNER_ONLY,
  },
  {
    procedure: 'games.reopen',
    setup: () => openGame({ silent: true }),
    call: (api, id) => api.games.reopen({ id }),
    expected: OWNER_ONLY,
  },
  {
    procedure: 'games.archive',
    setup: () => openGame(),
    call: (api, id) => api.games.archive({ id }),
    expected: OWNER_ONLY,
  },
  {
    procedure: 'games.delete',
    setup: () => openGame(),
    call: (api, id) => api.games.delete({ id }),
    expected: { ...OWNER_ONLY, owner: 'FORBIDDEN' },
  },
  {
    procedure: 'games.addPlayer',
    setup: () => openGame(),
    call: (api, id) => api.games.addPlayer({ id, userId: c.player.id }),
    expected: OWNER_ONLY,
  },
  {
    procedure: 'games.removePlayer',
    setup: withPlayer,
    call: (api, id) => api.games.removePlayer({ id, userId: c.player.id }),
    expected: OWNER_ONLY,
  },
  {
    procedure: 'games.register',
    setup: () => openGame(),
    call: (api, id) => api.games.register({ id }),
    // The GM takes no seat at their own table.
    expected: { ...OWNER_ONLY, player: 'ok', otherGm: 'ok', owner: 'CONFLICT' },
  },
  {
    procedure: 'games.unregister',
    setup: async (actor) => {
      const id = await openGame();
      if (actor && actor.id !== c.gm.id) {
        await callerFor(db.orm, actor).games.register({ id });
      }
      return id;
    },
    call: (api, id) => api.games.unregister({ id }),
    // The GM holds no seat to free.
    expected: { ...OWNER_ONLY, player: 'ok', otherGm: 'ok', owner: 'CONFLICT' },
  },
  {
    procedure: 'sessions.create',
    setup: () => openGame(),
    call: (api, gameId) =>
      api.sessions.create({ gameId, start: inDays(21, 10), end: inDays(21, 12) }),
    expected: OWNER_ONLY,
  },
  {
    procedure: 'sessions.update',
    setup: withSession,
    call: (api, id) => api.sessions.update({ id, start: inDays(22, 10), end: inDays(22, 12) }),
    expected: OWNER_ONLY,
  },
  {
    procedure: 'sessions.delete',
    setup: withSession,
    call: (api, id) => api.sessions.delete({ id }),
    expected: OWNER_ONLY,
  },
];

const CELLS = ROWS.flatMap((row) =>
  ROLES.map((role) => ({ ...row, role, outcome: row.expected[role] })),
);

/** Everything a refused call could have touched. */
async function snapshot() {
  const em = db.orm.em.fork();
  return {
    ...(await counts(db.orm)),
    sessions: await em.count(GameSession),
    games: (await em.find(Game, {}, { orderBy: { id: 'asc' } })).map((game) => [
      game.id,
      game.status,
      game.description,
    ]),
  };
}

describe('permission matrix', () => {
  it.each(CELLS)('$procedure as $role → $outcome', async ({ setup, call, role, outcome }) => {
    const actor = await actorFor(role);
    const id = await setup(actor);
    const before = await snapshot();

    const result = call(callerFor(db.orm, actor), id);

    if (outcome === 'ok') {
      await expect(result).resolves.toBeDefined();
    } else {
      expect((await failure(result)).code).toBe(outcome);
      expect(await snapshot()).toEqual(before);
    }
  });
});
