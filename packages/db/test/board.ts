import type { EntityManager } from '@mikro-orm/postgresql';

import { Game, type GameSearchFilters, type GameViewer } from '../src/index.js';
import type { TestDatabase } from '../src/testing/index.js';
import {
  daysFromNow,
  makeEvent,
  makeGame,
  makeSystem,
  makeUser,
  makeVtt,
  register,
} from './fixtures.js';

/** The board `search` is tested on: 13 games across every status, type and filter. */
export const ids = { admin: '', gmA: '', gmB: '', player1: '', player2: '' };
export const refs = { dnd: 0, coc: 0, foundry: 0, roll20: 0, halloween: 0 };

/** The open games in board order: upcoming nearest first, then past nearest first. */
export const OPEN_IN_ORDER = [
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

export async function seedBoard(em: EntityManager): Promise<void> {
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
}

/** Names of the games `search` returns, in order, and the total. */
export async function searchNames(
  db: TestDatabase,
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
