import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { Game, type GameSearchFilters, type GameViewer } from '../src/index.js';
import { createTestDatabase, type TestDatabase } from '../src/testing/index.js';
import { ids, OPEN_IN_ORDER, searchNames, seedBoard } from './board.js';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedBoard(db.orm.em.fork());
});

afterAll(async () => {
  await db.drop();
});

const names = (filters?: GameSearchFilters, viewer?: GameViewer, page?: number, perPage?: number) =>
  searchNames(db, filters, viewer, page, perPage);

describe('order', () => {
  test('status first, then upcoming before past, nearest first, ties by id', async () => {
    const result = await names(
      { status: ['archived', 'closed', 'open', 'draft'] },
      { userId: ids.admin, isAdmin: true },
    );

    expect(result.names).toEqual([
      'Draft of A',
      'Draft of B',
      ...OPEN_IN_ORDER,
      'Curse of Strahd',
      'Old Tomb',
    ]);
  });

  test('games with the same date come in id order', async () => {
    const [games] = await db.orm.em.fork().getRepository(Game).search({ name: 'twin' });

    expect(games[0]!.id).toBeLessThan(games[1]!.id);
  });
});

describe('pages', () => {
  const everything: GameSearchFilters = { status: ['draft', 'open', 'closed', 'archived'] };
  const admin = () => ({ userId: ids.admin, isAdmin: true });

  test('pages partition the ordered result; the last page is partial', async () => {
    const all = await names(everything, admin());
    const pages = await Promise.all([1, 2, 3].map((page) => names(everything, admin(), page, 5)));

    expect(all.total).toBe(13);
    expect(pages.map((page) => page.names.length)).toEqual([5, 5, 3]);
    expect(pages.flatMap((page) => page.names)).toEqual(all.names);
    expect(pages.every((page) => page.total === 13)).toBe(true);
  });

  test('a page past the end is empty but still reports the total', async () => {
    expect(await names(everything, admin(), 4, 5)).toEqual({ names: [], total: 13 });
  });

  test('page numbers below 1 read as the first page', async () => {
    expect((await names({}, undefined, 0, 2)).names).toEqual(OPEN_IN_ORDER.slice(0, 2));
  });

  test('a player filter counts each game once, not once per registration', async () => {
    const first = await names({ playerId: ids.player1 }, undefined, 1, 1);
    const second = await names({ playerId: ids.player1 }, undefined, 2, 1);
    const third = await names({ playerId: ids.player1 }, undefined, 3, 1);

    expect(first).toEqual({ names: ['Dragon Heist'], total: 2 });
    expect(second).toEqual({ names: ['Masks of Nyarlathotep'], total: 2 });
    expect(third).toEqual({ names: [], total: 2 });
  });
});

test('results come with gm, system, vtt and special event loaded', async () => {
  const [games] = await db.orm.em.fork().getRepository(Game).search({ name: 'dragon' });
  const heist = games[0]!;

  expect(heist.gm.name).toBe('Gm A');
  expect(heist.system.name).toBe('D&D 5e');
  expect(heist.vtt?.name).toBe('Foundry VTT');
  expect(heist.specialEvent?.name).toBe('Halloween');
});
