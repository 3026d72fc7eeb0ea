import { randomUUID } from 'node:crypto';

import { pino } from 'pino';

import { appRouter, createContext, type Actor } from '@questboard/api';
import type { MikroORM } from '@questboard/db';

import type { Fixtures } from './fixtures.js';
import type { OperationKey } from './operations.js';

const silent = pino({ level: 'silent' });

/** A tRPC caller with a fresh context, as the server builds one per request. */
export function callerFor(orm: MikroORM, user: Actor | null = null) {
  return appRouter.createCaller(
    createContext({ orm, user, requestId: randomUUID(), logger: silent }),
  );
}

/** The procedure and input of each operation: called in process and sent over HTTP. */
export function procedureOf(
  key: OperationKey,
  fixtures: Fixtures,
): { path: string; input: unknown } {
  switch (key) {
    case 'search':
      return { path: 'games.search', input: {} };
    case 'searchByName':
      return { path: 'games.search', input: { name: fixtures.nameSearch } };
    case 'bySlug':
      return { path: 'games.bySlug', input: { slug: fixtures.slug } };
    case 'inRange':
      return {
        path: 'sessions.inRange',
        input: { start: fixtures.monthStart, end: fixtures.monthEnd },
      };
    case 'leaderboard':
      return { path: 'trophies.leaderboard', input: { trophyId: fixtures.trophyId, limit: 10 } };
    case 'stats':
      return { path: 'stats.overview', input: { top: 10 } };
  }
}

/** Calls the operation's procedure through `appRouter.createCaller`, anonymously. */
export function callApi(orm: MikroORM, key: OperationKey, fixtures: Fixtures): Promise<unknown> {
  const caller = callerFor(orm);
  switch (key) {
    case 'search':
      return caller.games.search({});
    case 'searchByName':
      return caller.games.search({ name: fixtures.nameSearch });
    case 'bySlug':
      return caller.games.bySlug({ slug: fixtures.slug });
    case 'inRange':
      return caller.sessions.inRange({ start: fixtures.monthStart, end: fixtures.monthEnd });
    case 'leaderboard':
      return caller.trophies.leaderboard({ trophyId: fixtures.trophyId, limit: 10 });
    case 'stats':
      return caller.stats.overview({ top: 10 });
  }
}
