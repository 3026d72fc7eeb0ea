import { performance } from 'node:perf_hooks';

import { TRPCError } from '@trpc/server';
import type pg from 'pg';
import superjson from 'superjson';

import type { MikroORM } from '@questboard/db';

import { callerFor } from './apiCalls.js';
import type { ContentionResult } from './results.js';
import { summarize } from './summary.js';

export const CLIENTS = 200;
export const GAMES = 50;
export const PARTY_SIZE = 4;
/** Games each client tries at once: about twenty attempts per four-seat table. */
export const ATTEMPTS_PER_CLIENT = 5;

export type Outcome = 'seated' | 'refused' | 'failed';

/** Registers member `clientIndex` for a game; says how it went (and why, when it failed). */
export type RegisterCall = (
  clientIndex: number,
  gameId: number,
) => Promise<{ outcome: Outcome; detail?: string }>;

export interface ContentionSetup {
  gameIds: number[];
  userIds: string[];
}

/** Fifty fresh open four-seat games and two hundred active players who are not their GM. */
export async function setUpContention(pool: pg.Pool): Promise<ContentionSetup> {
  const gm = await pool.query<{ id: string }>(
    `select id from "user" where is_gm and not is_admin and not_player_as_of is null limit 1`,
  );
  const gmId = gm.rows[0]?.id;
  const players = await pool.query<{ id: string }>(
    `select id from "user" where not is_gm and not is_admin and not_player_as_of is null
     order by id limit $1`,
    [CLIENTS],
  );
  const stamp = Date.now().toString(36);
  const games = await pool.query<{ id: number }>(
    `insert into game (slug, name, type, gm_id, system_id, date, classification, status, party_size)
     select 'bench-contention-' || $1 || '-' || n, 'Contention table ' || n, 'oneshot', $2, 1,
       now() + interval '30 days', '{"action":1,"investigation":1,"interaction":1,"horror":0}',
       'open', $3
     from generate_series(1, $4) n returning id`,
    [stamp, gmId, PARTY_SIZE, GAMES],
  );
  return { gameIds: games.rows.map((row) => row.id), userIds: players.rows.map((row) => row.id) };
}

export async function tearDownContention(pool: pg.Pool, setup: ContentionSetup): Promise<void> {
  await pool.query('delete from outbox_action where game_id = any($1)', [setup.gameIds]);
  await pool.query('delete from game where id = any($1)', [setup.gameIds]);
}

/** The games client `index` tries: a fixed pseudo-random pick of distinct tables. */
function targets(index: number, gameIds: number[]): number[] {
  const picked = new Set<number>();
  for (let step = 0; picked.size < Math.min(ATTEMPTS_PER_CLIENT, gameIds.length); step += 1) {
    picked.add(gameIds[(index * 7919 + step * 104729 + step * step) % gameIds.length]!);
  }
  return [...picked];
}

/**
 * Every client fires its registrations at once; then the tables are counted in SQL. PASS
 * means no game holds more players than its party size.
 */
export async function runContention(
  pool: pg.Pool,
  setup: ContentionSetup,
  via: string,
  register: RegisterCall,
): Promise<ContentionResult> {
  const counts: Record<Outcome, number> = { seated: 0, refused: 0, failed: 0 };
  const latencies: number[] = [];
  const failures = new Set<string>();

  const started = performance.now();
  await Promise.all(
    setup.userIds.flatMap((_, index) =>
      targets(index, setup.gameIds).map(async (gameId) => {
        const before = performance.now();
        const { outcome, detail } = await register(index, gameId).catch((error: unknown) => ({
          outcome: 'failed' as const,
          detail: error instanceof Error ? error.message : String(error),
        }));
        latencies.push(performance.now() - before);
        counts[outcome] += 1;
        if (outcome === 'failed' && detail) failures.add(detail.slice(0, 160));
      }),
    ),
  );
  const seconds = (performance.now() - started) / 1000;

  const tables = await pool.query<{ seats: number; party_size: number }>(
    `select g.party_size, count(r.user_id)::int as seats from game g
     left join registration r on r.game_id = g.id where g.id = any($1) group by g.id`,
    [setup.gameIds],
  );
  const overbooked = tables.rows.filter((row) => row.seats > row.party_size).length;
  const latency = summarize(latencies);

  return {
    via,
    clients: setup.userIds.length,
    games: setup.gameIds.length,
    partySize: PARTY_SIZE,
    succeeded: counts.seated,
    rejected: counts.refused,
    failed: counts.failed,
    seconds,
    throughput: latencies.length / seconds,
    median: latency.median,
    p95: latency.p95,
    overbooked,
    passed: overbooked === 0,
    failures: [...failures].slice(0, 3),
  };
}

/** Signs every contention member in through the demo sign-in; returns their cookies. */
export async function signIn(baseUrl: string, userIds: string[]): Promise<string[]> {
  return Promise.all(
    userIds.map(async (userId) => {
      const response = await fetch(`${baseUrl}/auth/demo`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ userId }),
      });
      const cookie = response.headers.getSetCookie()[0]?.split(';')[0];
      if (!response.ok || !cookie) {
        throw new Error(`demo sign-in refused (${response.status}): ${await response.text()}`);
      }
      return cookie;
    }),
  );
}

/** games.register over HTTP with the member's session cookie. */
export function httpRegister(baseUrl: string, cookies: string[]): RegisterCall {
  return async (index, gameId) => {
    const response = await fetch(`${baseUrl}/trpc/games.register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookies[index]! },
      body: JSON.stringify(superjson.serialize({ id: gameId })),
    });
    const body = await response.text();
    if (response.ok) return { outcome: 'seated' };
    if (response.status === 409) return { outcome: 'refused' };
    return { outcome: 'failed', detail: `HTTP ${response.status}: ${body}` };
  };
}

/** games.register in process, as the member, through `appRouter.createCaller`. */
export function inProcessRegister(orm: MikroORM, userIds: string[]): RegisterCall {
  return async (index, gameId) => {
    try {
      await callerFor(orm, { id: userIds[index]!, isGm: false, isAdmin: false }).games.register({
        id: gameId,
      });
      return { outcome: 'seated' };
    } catch (error) {
      if (error instanceof TRPCError && error.code === 'CONFLICT') return { outcome: 'refused' };
      return { outcome: 'failed', detail: error instanceof Error ? error.message : String(error) };
    }
  };
}
