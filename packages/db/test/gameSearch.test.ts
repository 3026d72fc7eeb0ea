import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { Game, type GameSearchFilters, type GameViewer } from '../src/index.js';
import { createTestDatabase, type TestDatabase } from '../src/testing/index.js';
import {
  daysFromNow,
  makeEvent,
  makeGame,
  makeSystem,
  makeUser,
  makeVtt,
  register,
} from './fixtures.js';

let db: TestDatabase;
const ids = { admin: '', gmA: '', gmB: '', player1: '', player2: '' };
const refs = { dnd: 0, coc: 0, foundry: 0, roll20: 0, halloween: 0 };

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  const admin = makeUser(em, { name: 'Admin', isAdmin: true });
  const gmA = makeUser(em, { name: 'Gm A', isGm: true });
  const gmB = makeUser(em, { name: 'Gm B', isGm: true });
  const player1 = makeUser(em, { name: 'Player 1' });
  const player2 = makeUser(em, { name: 'Player 2' });
  const dnd = makeSystem(em, 'D&D 5e');
  const coc = makeSystem(em, 'Call of Cthulhu');
  const foundry = makeVtt(em, 'Foundry VTT');
  const roll20 = makeVtt(em, 'Roll20');
  const halloween = makeEvent(em, 'Halloween');

  const game = (name: string, days: number, data: Partial<Game> = {}) =>
    makeGame(em, { name, gm: gmB, system: dnd, date: daysFromNow(days), ...data });
  const heist = game('Dragon Heist', 3, { gm: gmA, vtt: foundry, specialEvent: halloween });
  const masks = game('Masks of Nyarlathotep', 10, {
    type: 'campaign',
    restriction: '18+',
    system: coc,
    vtt: roll20,
  });
  const strahd = game('Curse of Strahd', -2, {
    gm: gmA,
    status: 'closed',
    type: 'campaign',
    restriction: '16+',
    vtt: foundry,
    specialEvent: halloween,
  });
  game('Old Tomb', -30, { status: 'archived' });
  game('Draft of A', 5, { gm: gmA, status: 'draft', system: coc });
  game('Draft of B', 6, { status: 'draft', type: 'campaign' });
  game('Past open', -1, { gm: gmA, restriction: '16+', system: coc, vtt: roll20 });
  game('100% Fun', 20, { vtt: foundry });
  game('snake_case quest', 21);
  game('Back\\slash saga', 22);
  game('Long ago open', -5, { gm: gmA });
  const twinDate = daysFromNow(15);
  game('Twin A', 15, { date: twinDate });
  game('Twin B', 15, { date: twinDate });
  for (const table of [heist, masks, strahd]) {
    register(em, table, player1);
  }
  register(em, heist, player2);
  await em.flush();

  Object.assign(ids, {
    admin: admin.id,
    gmA: gmA.id,
    gmB: gmB.id,
    player1: player1.id,
    player2: player2.id,
  });
  Object.assign(refs, {
    dnd: dnd.id,
    coc: coc.id,
    foundry: foundry.id,
    roll20: roll20.id,
    halloween: halloween.id,
  });
});

afterAll(async () => {
  await db.drop();
});

/** Names of the games `search` returns, in order, and the total. */
async function names(
  filters: GameSearchFilters = {},
  viewer?: GameViewer,
  page = 1,
  perPage = 50,
): Promise<{ names: string[]; total: number }> {
  const [games, total] = await db.orm.em
    .fork()
    .getRepository(Game)
    .search(filters, page, perPage, viewer);
  return { names: games.map((game) => game.name), total };
}

const OPEN_IN_ORDER = [
  'Dragon Heist',
  'Masks of Nyarlathotep',
  'Twin A',
  'Twin B',
  '100% Fun',
  'snake_case quest',
  'Back\\slash saga',
  'Past open',
  'Long ago open',
];

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
