import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { Game, type GameSearchFilters, type GameViewer } from '../src/index.js';
import { createTestDatabase, type TestDatabase } from '../src/testing/index.js';
import { daysFromNow, makeGame, makeSystem, makeUser, statementCounter } from './fixtures.js';

// search reads the board segment by segment (each status: upcoming, then past); these tests
// check the pages against the order the contract defines, computed here by one plain ORDER BY.
const counter = statementCounter();
let db: TestDatabase;
const ids = { admin: '', gmA: '', gmB: '' };

const ALL: GameSearchFilters = { status: ['archived', 'closed', 'open', 'draft'] };

/** Days from now per game; shuffled so that ids do not follow dates. Pairs share a date. */
const DAYS = [4, -3, 1, -1, 9, 4, -20, 2, -3, 30, -1, 0.5];

beforeAll(async () => {
  db = await createTestDatabase({ onQuery: counter.onQuery });
  const em = db.orm.em.fork();
  const admin = makeUser(em, { name: 'Admin', isAdmin: true });
  const gmA = makeUser(em, { name: 'Gm A', isGm: true });
  const gmB = makeUser(em, { name: 'Gm B', isGm: true });
  const system = makeSystem(em, 'Fate');
  const dates = new Map(DAYS.map((days) => [days, daysFromNow(days)]));

  for (const status of ['closed', 'draft', 'archived', 'open'] as const) {
    DAYS.forEach((days, i) => {
      const gm = i % 2 === 0 ? gmA : gmB;
      makeGame(em, { name: `${status} ${days} ${i}`, status, gm, system, date: dates.get(days)! });
    });
  }
  await em.flush();
  Object.assign(ids, { admin: admin.id, gmA: gmA.id, gmB: gmB.id });
});

afterAll(async () => {
  await db.drop();
});

/** The contract's order as one sort over every visible game (the query search replaced). */
async function expectedIds(viewer: GameViewer | null): Promise<number[]> {
  const drafts = viewer?.isAdmin ? 'true' : viewer ? `g.gm_id = '${viewer.userId}'` : 'false';
  const rows = await db.orm.em.fork().execute<{ id: number }[]>(
    `select g.id from game g where g.status <> 'draft' or (${drafts})
     order by array_position(array['draft','open','closed','archived'], g.status::text),
       g.date < now(), abs(extract(epoch from (g.date - now()))), g.id`,
  );
  return rows.map((row) => row.id);
}

async function search(page: number, perPage: number, viewer?: GameViewer) {
  const [games, total] = await db.orm.em
    .fork()
    .getRepository(Game)
    .search(ALL, page, perPage, viewer);
  return { ids: games.map((game) => game.id), total };
}

async function allPages(perPage: number, viewer?: GameViewer) {
  const pages: number[][] = [];
  for (let page = 1; ; page++) {
    const result = await search(page, perPage, viewer);
    if (result.ids.length === 0) {
      return { pages, total: result.total };
    }
    pages.push(result.ids);
  }
}

describe('pages across segment boundaries', () => {
  test.each([1, 2, 5, 7, 13, 48])(
    'pages of %i follow status, upcoming, past, ties by id, for an admin',
    async (perPage) => {
      const admin = { userId: ids.admin, isAdmin: true };
      const expected = await expectedIds(admin);

      const { pages, total } = await allPages(perPage, admin);

      expect(expected).toHaveLength(48);
      expect(total).toBe(48);
      expect(pages.flat()).toEqual(expected);
      expect(pages.slice(0, -1).every((page) => page.length === perPage)).toBe(true);
    },
  );

  test('a GM sees their own drafts only, in the same order', async () => {
    const gm = { userId: ids.gmB, isAdmin: false };
    const expected = await expectedIds(gm);

    const { pages, total } = await allPages(5, gm);

    expect(total).toBe(42);
    expect(pages.flat()).toEqual(expected);
  });

  test('an anonymous board skips the drafts', async () => {
    const expected = await expectedIds(null);

    const { pages, total } = await allPages(4);

    expect(total).toBe(36);
    expect(pages.flat()).toEqual(expected);
  });
});

test('a page costs two statements: ids with the total, then the games', async () => {
  const { statements } = await counter.record(() =>
    search(3, 5, { userId: ids.admin, isAdmin: true }),
  );

  expect(statements).toHaveLength(2);
});
