import { Game, GameSession, Trophy, type MikroORM } from '@questboard/db';

import type { Fixtures } from './fixtures.js';

/**
 * The same questions through the data layer, each on a fresh fork as a service would run
 * them: the repository methods the API's services call, so this column is the middle layer
 * between raw SQL and the API.
 */
export const repositoryCalls = {
  search: (orm: MikroORM) => orm.em.fork().getRepository(Game).search({}),

  searchByName: (orm: MikroORM, fixtures: Fixtures) =>
    orm.em.fork().getRepository(Game).search({ name: fixtures.nameSearch }),

  bySlug: (orm: MikroORM, fixtures: Fixtures) =>
    orm.em.fork().getRepository(Game).getWithRelationsBySlug(fixtures.slug),

  inRange: (orm: MikroORM, fixtures: Fixtures) =>
    orm.em
      .fork()
      .getRepository(GameSession)
      .findForCalendar(fixtures.monthStart, fixtures.monthEnd),

  leaderboard: (orm: MikroORM, fixtures: Fixtures) =>
    orm.em.fork().getRepository(Trophy).getLeaderboard(fixtures.trophyId, 10),
};
