import { Game, GameSession, Trophy, type MikroORM } from '@questboard/db';

import type { Fixtures } from './fixtures.js';

/**
 * The same questions through the data layer, each on a fresh fork as a service would run
 * them. Used until the API answers and kept as the middle layer of the report.
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
