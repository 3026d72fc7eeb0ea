import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createTestDatabase, type TestDatabase } from '@questboard/db/testing';

import type { Actor } from '../src/services/Service.js';
import {
  callerFor,
  cast,
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
  /** Prepares a game for the cell (as its owner) and makes the call as `api`. */
  run: (api: Api, actor: Actor | null) => Promise<unknown>;
  expected: Record<Role, Outcome>;
}

const OWNER_ONLY: Record<Role, Outcome> = {
  anonymous: 'UNAUTHORIZED',
  player: 'FORBIDDEN',
  owner: 'ok',
  otherGm: 'FORBIDDEN',
  admin: 'ok',
};

async function openGame(overrides: Parameters<typeof newGame>[2] = {}) {
  return newGame(db.orm, c, { name: 'Cell', ...overrides });
}

async function withSession() {
  const game = await openGame();
  const { session } = await callerFor(db.orm, c.gm).sessions.create({
    gameId: game.id,
    start: inDays(20, 10),
    end: inDays(20, 12),
  });
  return session;
}

const ROWS: Row[] = [
  {
    procedure: 'games.create',
    run: (api) => api.games.create(gameInput(c, { name: 'Cell create' })),
    expected: { ...OWNER_ONLY, otherGm: 'ok' },
  },
  {
    procedure: 'games.update',
    run: async (api) => api.games.update({ id: (await openGame()).id, description: 'changed' }),
    expected: OWNER_ONLY,
  },
  {
    procedure: 'games.publish',
    run: async (api) => api.games.publish({ id: (await openGame({ draft: true })).id }),
    expected: OWNER_ONLY,
  },
  {
    procedure: 'games.close',
    run: async (api) => api.games.close({ id: (await openGame()).id }),
    expected: OWNER_ONLY,
  },
  {
    procedure: 'games.reopen',
    run: async (api) => api.games.reopen({ id: (await openGame({ silent: true })).id }),
    expected: OWNER_ONLY,
  },
  {
    procedure: 'games.archive',
    run: async (api) => api.games.archive({ id: (await openGame()).id }),
    expected: OWNER_ONLY,
  },
  {
    procedure: 'games.delete',
    run: async (api) => api.games.delete({ id: (await openGame()).id }),
    expected: { ...OWNER_ONLY, owner: 'FORBIDDEN' },
  },
  {
    procedure: 'games.addPlayer',
    run: async (api) => api.games.addPlayer({ id: (await openGame()).id, userId: c.player.id }),
    expected: OWNER_ONLY,
  },
  {
    procedure: 'games.removePlayer',
    run: async (api) => {
      const game = await openGame();
      await callerFor(db.orm, c.player).games.register({ id: game.id });
      return api.games.removePlayer({ id: game.id, userId: c.player.id });
    },
    expected: OWNER_ONLY,
  },
  {
    procedure: 'games.register',
    run: async (api) => api.games.register({ id: (await openGame()).id }),
    // The GM takes no seat at their own table.
    expected: { ...OWNER_ONLY, player: 'ok', otherGm: 'ok', owner: 'CONFLICT' },
  },
  {
    procedure: 'games.unregister',
    run: async (api, actor) => {
      const game = await openGame();
      if (actor && actor.id !== c.gm.id) {
        await callerFor(db.orm, actor).games.register({ id: game.id });
      }
      return api.games.unregister({ id: game.id });
    },
    // The GM holds no seat to free.
    expected: { ...OWNER_ONLY, player: 'ok', otherGm: 'ok', owner: 'CONFLICT' },
  },
  {
    procedure: 'sessions.create',
    run: async (api) =>
      api.sessions.create({
        gameId: (await openGame()).id,
        start: inDays(21, 10),
        end: inDays(21, 12),
      }),
    expected: OWNER_ONLY,
  },
  {
    procedure: 'sessions.update',
    run: async (api) => {
      const session = await withSession();
      return api.sessions.update({ id: session.id, start: inDays(22, 10), end: inDays(22, 12) });
    },
    expected: OWNER_ONLY,
  },
  {
    procedure: 'sessions.delete',
    run: async (api) => api.sessions.delete({ id: (await withSession()).id }),
    expected: OWNER_ONLY,
  },
];

const CELLS = ROWS.flatMap((row) =>
  ROLES.map((role) => ({ ...row, role, outcome: row.expected[role] })),
);

describe('permission matrix', () => {
  it.each(CELLS)('$procedure as $role → $outcome', async ({ run, role, outcome }) => {
    const actor = await actorFor(role);
    const call = run(callerFor(db.orm, actor), actor);

    if (outcome === 'ok') {
      await expect(call).resolves.toBeDefined();
    } else {
      expect((await failure(call)).code).toBe(outcome);
    }
  });
});
