import type pg from 'pg';

import type { MikroORM } from '@questboard/db';

import type { Fixtures } from './fixtures.js';
import { rawBySlug, rawInRange, rawLeaderboard, rawSearch } from './rawQueries.js';
import { rawStats } from './rawStats.js';
import { repositoryCalls } from './repositoryCalls.js';

export type OperationKey =
  'search' | 'searchByName' | 'bySlug' | 'inRange' | 'leaderboard' | 'stats';

/** One question the board asks, at every layer that can answer it. */
export interface Operation {
  key: OperationKey;
  /** How the report names it: the tRPC procedure and its input. */
  label: string;
  raw: (pool: pg.Pool, fixtures: Fixtures) => Promise<unknown>;
  repository?: (orm: MikroORM, fixtures: Fixtures) => Promise<unknown>;
}

export const OPERATIONS: Operation[] = [
  {
    key: 'search',
    label: 'games.search (board defaults)',
    raw: (pool) => rawSearch(pool),
    repository: (orm) => repositoryCalls.search(orm),
  },
  {
    key: 'searchByName',
    label: 'games.search (name "dragon")',
    raw: (pool, fixtures) => rawSearch(pool, fixtures.nameSearch),
    repository: repositoryCalls.searchByName,
  },
  {
    key: 'bySlug',
    label: 'games.bySlug',
    raw: rawBySlug,
    repository: repositoryCalls.bySlug,
  },
  {
    key: 'inRange',
    label: 'sessions.inRange (one month)',
    raw: rawInRange,
    repository: repositoryCalls.inRange,
  },
  {
    key: 'leaderboard',
    label: 'trophies.leaderboard',
    raw: rawLeaderboard,
    repository: repositoryCalls.leaderboard,
  },
  {
    key: 'stats',
    label: 'stats.overview',
    raw: (pool) => rawStats(pool),
  },
];
