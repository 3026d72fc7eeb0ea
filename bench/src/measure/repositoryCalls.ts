import { Game, GameSession, Trophy, type MikroORM } from '@questboard/db';

import type { Fixtures } from './fixtures.js';

/**
 * The same questions through the data layer, each on a fresh fork as a service would run
 * them. Used until the API answers and kept as the middle layer of the report.
 *
 * `bySlug` and `inRange` are not the paths the API takes any more: games.bySlug loads the page
 * with its own joined query and sessions.inRange reads plain rows (packages/api). Here they
 * still measure `getBySlugOr404` + `getWithRelations` and `findInRange` (hydrated entities)
 * (DESIGN.md contract methods), so for these two the column compares those paths with the API's.
 */
export const repositoryCalls = {
  search: (orm: MikroORM) => orm.em.fork().getRepository(Game).search({}),

  searchByName: (orm: MikroORM, fixtures: Fixtures) =>
    orm.em.fork().getRepository(Game).search({ name: fixtures.nameSearch }),

  bySlug: async (orm: MikroORM, fixtures: Fixtures) => {
    const games = orm.em.fork().getRepository(Game);
    const game = await games.getBySlugOr404(fixtures.slug);
    return games.getWithRelations(game.id);
  },

  inRange: (orm: MikroORM, fixtures: Fixtures) =>
    orm.em.fork().getRepository(GameSession).findInRange(fixtures.monthStart, fixtures.monthEnd),

  leaderboard: (orm: MikroORM, fixtures: Fixtures) =>
    orm.em.fork().getRepository(Trophy).getLeaderboard(fixtures.trophyId, 10),
};
