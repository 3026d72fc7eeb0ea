import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  Game,
  GameSession,
  Registration,
  System,
  User,
  Vtt,
  type GameStatus,
  type GameType,
} from '@questboard/db';
import { createTestDatabase, type TestDatabase } from '@questboard/db/testing';

import { StatsService } from '../src/services/club/StatsService.js';
import { callerFor, logger, snowflake } from './fixtures.js';

let db: TestDatabase;

/** The stats are asked for as of this instant; the window is 2025-07 to 2026-06. */
const NOW = new Date('2026-06-15T12:00:00Z');
const ids: Record<string, string> = {};

/** A small club whose figures are worked out by hand in the tests below. */
async function seed(orm: MikroORM): Promise<void> {
  const em = orm.em.fork();
  const user = (name: string, roles: Partial<User> = {}) => {
    const created = em.create(User, { id: snowflake(), name, username: name, ...roles });
    ids[name] = created.id;
    return created;
  };
  const gmA = user('gmA', { isGm: true });
  const gmB = user('gmB', { isGm: true });
  const [p1, p2, p3] = [user('p1'), user('p2'), user('p3')];
  const gone = user('pGone', { notPlayerAsOf: new Date('2026-04-01T00:00:00Z') });
  const cthulhu = em.create(System, { name: 'Cthulhu' });
  const dnd = em.create(System, { name: 'D&D' });
  em.create(System, { name: 'Unused' });
  const foundry = em.create(Vtt, { name: 'Foundry' });
  const roll20 = em.create(Vtt, { name: 'Roll20' });

  const game = (
    slug: string,
    type: GameType,
    status: GameStatus,
    gm: User,
    system: System,
    vtt: Vtt | null,
    date: string,
    players: User[],
    sessions: string[],
  ) => {
    const created = em.create(Game, {
      slug,
      name: slug,
      type,
      status,
      gm,
      system,
      vtt,
      date: new Date(date),
    } as Game);
    for (const player of players) {
      em.create(Registration, { game: created, user: player });
    }
    for (const start of sessions) {
      const begins = new Date(start);
      em.create(GameSession, {
        game: created,
        start: begins,
        end: new Date(begins.getTime() + 3 * 3600_000),
      });
    }
  };
  game(
    'g1',
    'oneshot',
    'open',
    gmA,
    cthulhu,
    foundry,
    '2026-06-20T18:00:00Z',
    [p1, p2],
    ['2026-06-20T18:00:00Z'],
  );
  game(
    'g2',
    'oneshot',
    'archived',
    gmA,
    cthulhu,
    roll20,
    '2026-03-10T18:00:00Z',
    [p1, gone],
    ['2026-03-10T18:00:00Z'],
  );
  game(
    'g3',
    'campaign',
    'closed',
    gmB,
    dnd,
    foundry,
    '2026-05-01T19:00:00Z',
    [p1, p2, p3],
    [
      '2026-05-01T19:00:00Z',
      '2026-05-15T19:00:00Z',
      '2026-05-31T23:30:00Z',
      '2026-06-01T00:30:00Z',
    ],
  );
  // A draft counts nowhere.
  game(
    'g4',
    'campaign',
    'draft',
    gmB,
    dnd,
    null,
    '2026-06-01T19:00:00Z',
    [p3],
    ['2026-06-05T19:00:00Z'],
  );
  game(
    'g5',
    'oneshot',
    'archived',
    gmB,
    dnd,
    null,
    '2025-06-10T19:00:00Z',
    [p2],
    ['2025-06-10T19:00:00Z', '2025-07-01T00:00:00Z'],
  );
  await em.flush();
}

beforeAll(async () => {
  db = await createTestDatabase();
  await seed(db.orm);
});

afterAll(async () => {
  await db.drop();
});

const overview = (top = 10) => new StatsService({ orm: db.orm, logger }).overview(top, NOW);

/** Twelve months from 2025-07, zero except those given. */
function months(counts: Record<string, [number, number]>) {
  return Array.from({ length: 12 }, (_, index) => {
    const date = new Date(Date.UTC(2025, 6 + index, 1));
    const month = date.toISOString().slice(0, 7);
    const [oneshot, campaign] = counts[month] ?? [0, 0];
    return { month, oneshot, campaign, total: oneshot + campaign };
  });
}

describe('stats.overview figures', () => {
  it('counts published games, sessions, players and GMs', async () => {
    const stats = await overview();
    expect(stats.totals).toEqual({ games: 4, sessions: 8, players: 4, gms: 2 });
  });

  it('splits games by type and by status, drafts left out', async () => {
    const stats = await overview();
    expect(stats.byType).toEqual({ oneshot: 3, campaign: 1 });
    expect(stats.byStatus).toEqual({
      open: { oneshot: 1, campaign: 0, total: 1 },
      closed: { oneshot: 0, campaign: 1, total: 1 },
      archived: { oneshot: 2, campaign: 0, total: 2 },
    });
  });

  it('counts sessions per UTC month over the last 12 months, every month present', async () => {
    const stats = await overview();
    expect(stats.sessionsPerMonth).toEqual(
      months({ '2025-07': [1, 0], '2026-03': [1, 0], '2026-05': [0, 3], '2026-06': [1, 1] }),
    );
  });

  it('counts games per month of their first date', async () => {
    const stats = await overview();
    expect(stats.gamesPerMonth).toEqual(
      months({ '2026-03': [1, 0], '2026-05': [0, 1], '2026-06': [1, 0] }),
    );
  });

  it('ranks systems and VTTs by games, ties by name, unused ones absent', async () => {
    const stats = await overview();
    expect(stats.topSystems.map(({ id: _id, ...row }) => row)).toEqual([
      { name: 'Cthulhu', count: 2, oneshot: 2, campaign: 0, total: 2 },
      { name: 'D&D', count: 2, oneshot: 1, campaign: 1, total: 2 },
    ]);
    expect(stats.topVtts.map(({ id: _id, ...row }) => row)).toEqual([
      { name: 'Foundry', count: 2, oneshot: 1, campaign: 1, total: 2 },
      { name: 'Roll20', count: 1, oneshot: 1, campaign: 0, total: 1 },
    ]);
  });

  it('ranks players still playing by games, and GMs by games run', async () => {
    const stats = await overview();
    const person = (name: string) => ({ id: ids[name], name });
    expect(stats.topPlayers).toEqual([
      { user: person('p1'), count: 3, oneshot: 2, campaign: 1, total: 3 },
      { user: person('p2'), count: 3, oneshot: 2, campaign: 1, total: 3 },
      { user: person('p3'), count: 1, oneshot: 0, campaign: 1, total: 1 },
    ]);
    expect(stats.topGms).toEqual([
      { user: person('gmA'), count: 2, oneshot: 2, campaign: 0, total: 2 },
      { user: person('gmB'), count: 2, oneshot: 1, campaign: 1, total: 2 },
    ]);
  });

  it('keeps only the top N of each ranking', async () => {
    const stats = await overview(1);
    expect(stats.topSystems.map((row) => row.name)).toEqual(['Cthulhu']);
    expect(stats.topVtts.map((row) => row.name)).toEqual(['Foundry']);
    expect(stats.topPlayers.map((row) => row.user.name)).toEqual(['p1']);
    expect(stats.topGms.map((row) => row.user.name)).toEqual(['gmA']);
  });
});

describe('stats.overview over tRPC', () => {
  it('answers anyone, with the 12 months up to the current one', async () => {
    const stats = await callerFor(db.orm, null).stats.overview();

    const current = new Date();
    const first = new Date(Date.UTC(current.getUTCFullYear(), current.getUTCMonth() - 11, 1));
    expect(stats.sessionsPerMonth).toHaveLength(12);
    expect(stats.sessionsPerMonth[0]?.month).toBe(first.toISOString().slice(0, 7));
    expect(stats.sessionsPerMonth[11]?.month).toBe(current.toISOString().slice(0, 7));
    expect(stats.byType).toEqual({ oneshot: 3, campaign: 1 });
  });

  it('refuses a top outside 1..50 naming the field', async () => {
    for (const top of [0, 51, 2.5]) {
      const error = await callerFor(db.orm, null)
        .stats.overview({ top })
        .catch((thrown: unknown) => thrown);
      expect(error).toMatchObject({ code: 'BAD_REQUEST', cause: { field: 'top' } });
    }
  });
});
