import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { type GameSearchFilters, type GameViewer } from '../src/index.js';
import { createTestDatabase, type TestDatabase } from '../src/testing/index.js';
import { ids, OPEN_IN_ORDER, refs, searchNames, seedBoard } from './board.js';

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

describe('draft visibility', () => {
  const drafts: GameSearchFilters = { status: ['draft'] };

  test('an anonymous caller never sees drafts, even when asking for them', async () => {
    expect((await names(drafts)).names).toEqual([]);
  });

  test('a GM sees only their own drafts', async () => {
    expect((await names(drafts, { userId: ids.gmA, isAdmin: false })).names).toEqual([
      'Draft of A',
    ]);
    expect((await names(drafts, { userId: ids.gmB, isAdmin: false })).names).toEqual([
      'Draft of B',
    ]);
  });

  test('a signed-in player with no games sees no drafts', async () => {
    expect((await names(drafts, { userId: ids.player1, isAdmin: false })).total).toBe(0);
  });

  test('an admin sees every draft', async () => {
    expect((await names(drafts, { userId: ids.admin, isAdmin: true })).names).toEqual([
      'Draft of A',
      'Draft of B',
    ]);
  });

  test('drafts are not returned unless asked for, even to an admin', async () => {
    const result = await names({}, { userId: ids.admin, isAdmin: true });

    expect(result.names).toEqual(OPEN_IN_ORDER);
  });

  test('a GM asking for drafts and open games gets their drafts first, then open games', async () => {
    const result = await names({ status: ['open', 'draft'] }, { userId: ids.gmA, isAdmin: false });

    expect(result.names).toEqual(['Draft of A', ...OPEN_IN_ORDER]);
  });

  test('a GM filtering on another GM sees none of that GM’s drafts', async () => {
    const viewer = { userId: ids.gmA, isAdmin: false };

    expect((await names({ status: ['draft'], gmId: ids.gmB }, viewer)).total).toBe(0);
  });

  test('an empty status list returns nothing', async () => {
    expect(await names({ status: [] }, { userId: ids.admin, isAdmin: true })).toEqual({
      names: [],
      total: 0,
    });
  });
});

describe('each filter alone', () => {
  test('default: open games of every type and restriction', async () => {
    expect((await names()).names).toEqual(OPEN_IN_ORDER);
  });

  test.each([
    [{ status: ['closed'] }, ['Curse of Strahd']],
    [{ status: ['archived'] }, ['Old Tomb']],
    [{ type: ['campaign'] }, ['Masks of Nyarlathotep']],
    [{ restriction: ['18+'] }, ['Masks of Nyarlathotep']],
    [{ restriction: ['16+'] }, ['Past open']],
    [{ name: 'dragon' }, ['Dragon Heist']],
    [{ name: 'TWIN' }, ['Twin A', 'Twin B']],
  ] as [GameSearchFilters, string[]][])('%j', async (filters, expected) => {
    expect((await names(filters)).names).toEqual(expected);
  });

  test('systemId', async () => {
    expect((await names({ systemId: refs.coc })).names).toEqual([
      'Masks of Nyarlathotep',
      'Past open',
    ]);
  });

  test('vttId', async () => {
    expect((await names({ vttId: refs.foundry })).names).toEqual(['Dragon Heist', '100% Fun']);
  });

  test('gmId', async () => {
    expect((await names({ gmId: ids.gmA })).names).toEqual([
      'Dragon Heist',
      'Past open',
      'Long ago open',
    ]);
  });

  test('playerId', async () => {
    expect((await names({ playerId: ids.player1 })).names).toEqual([
      'Dragon Heist',
      'Masks of Nyarlathotep',
    ]);
  });

  test('specialEventId', async () => {
    expect((await names({ specialEventId: refs.halloween })).names).toEqual(['Dragon Heist']);
  });
});

describe('filters combined', () => {
  test('status, system, gm and special event together', async () => {
    const result = await names({
      status: ['open', 'closed'],
      systemId: refs.dnd,
      gmId: ids.gmA,
      specialEventId: refs.halloween,
    });

    expect(result.names).toEqual(['Dragon Heist', 'Curse of Strahd']);
  });

  test('adding type and restriction narrows further', async () => {
    const result = await names({
      status: ['open', 'closed'],
      gmId: ids.gmA,
      type: ['campaign'],
      restriction: ['16+', '18+'],
    });

    expect(result.names).toEqual(['Curse of Strahd']);
  });

  test('player, vtt and name together', async () => {
    const result = await names({
      status: ['open', 'closed'],
      playerId: ids.player1,
      vttId: refs.foundry,
      name: 'o',
    });

    expect(result.names).toEqual(['Dragon Heist', 'Curse of Strahd']);
  });
});

describe('names with LIKE wildcards match themselves', () => {
  test.each([
    ['%', ['100% Fun']],
    ['_', ['snake_case quest']],
    ['\\', ['Back\\slash saga']],
    ['0% f', ['100% Fun']],
  ])('%s', async (needle, expected) => {
    expect((await names({ name: needle })).names).toEqual(expected);
  });
});
