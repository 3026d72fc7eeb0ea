import { createOrm, migrate } from '@questboard/db';

import { databaseUrl, withAdmin, withClient } from '../database.js';
import { ProgressBar } from '../progress.js';
import { finishingStatements, referenceStatements } from './referenceSteps.js';
import {
  gamesStatement,
  registrationsStatement,
  sessionsStatement,
  usersStatement,
  userTrophiesStatement,
  type ChunkStatement,
} from './rowSteps.js';
import { databaseName, planFor, type Size } from './sizes.js';

/** Bump when the generated data changes shape: clubs built by another version are rebuilt. */
export const GENERATOR_VERSION = '1';

export interface Club {
  size: Size;
  url: string;
  /** Rows per table, read back after loading. */
  counts: Record<string, number>;
  builtAt: Date;
  /** True when an existing club was kept instead of built. */
  reused: boolean;
}

interface Step {
  label: string;
  /** Progress units: roughly the cost of the step. */
  weight: number;
  sql: string;
}

const COUNTED_TABLES = ['user', 'game', 'game_session', 'registration', 'user_trophy'];

/**
 * The club of `size` percent in its own database: reused when a complete club of this
 * generator version is there (pending migrations are still applied), else built from scratch.
 */
export async function ensureClub(size: Size, options: { rebuild?: boolean } = {}): Promise<Club> {
  const url = databaseUrl(databaseName(size));

  const marker = options.rebuild ? null : await readMarker(url);
  if (marker && marker.version === GENERATOR_VERSION) {
    await migrateAndAnalyze(url);
    return { size, url, counts: marker.counts, builtAt: marker.builtAt, reused: true };
  }

  await withAdmin(async (client) => {
    await client.query(`drop database if exists "${databaseName(size)}" with (force)`);
    await client.query(`create database "${databaseName(size)}"`);
  });
  await migrateAndAnalyze(url, false);
  const counts = await load(size, url);
  return { size, url, counts, builtAt: new Date(), reused: false };
}

async function migrateAndAnalyze(url: string, analyze = true): Promise<void> {
  const orm = await createOrm({ clientUrl: url, poolMax: 1 });
  try {
    const applied = await migrate(orm);
    if (applied.length > 0 && analyze) {
      await orm.em.getConnection().execute('analyze');
    }
  } finally {
    await orm.close(true);
  }
}

async function readMarker(
  url: string,
): Promise<{ version: string; counts: Record<string, number>; builtAt: Date } | null> {
  try {
    return await withClient(url, async (client) => {
      const result = await client.query<{
        version: string;
        counts: Record<string, number>;
        built_at: Date;
      }>('select version, counts, built_at from bench_club where complete');
      const row = result.rows[0];
      return row ? { version: row.version, counts: row.counts, builtAt: row.built_at } : null;
    });
  } catch (error) {
    // 3D000: no such database; 42P01: no marker table (an interrupted build).
    const code = (error as { code?: string }).code;
    if (code === '3D000' || code === '42P01') {
      return null;
    }
    throw error;
  }
}

function chunked(
  label: string,
  total: number,
  chunk: number,
  weight: number,
  sql: ChunkStatement,
  first = 0,
): Step[] {
  const steps: Step[] = [];
  for (let from = first; from < total + first; from += chunk) {
    const to = Math.min(from + chunk, total + first) - 1;
    steps.push({ label, weight: (to - from + 1) * weight, sql: sql(from, to) });
  }
  return steps;
}

function buildSteps(size: Size): Step[] {
  const plan = planFor(size);
  const reference = referenceStatements().map((sql) => ({
    label: 'reference data',
    weight: 1,
    sql,
  }));
  return [
    ...reference,
    ...chunked('members', plan.users, 20_000, 1, usersStatement(plan)),
    ...chunked('games', plan.games, 10_000, 4, gamesStatement(plan), 1),
    ...chunked('sessions', plan.games, 10_000, 3, sessionsStatement(), 1),
    ...chunked('registrations', plan.games, 10_000, 4, registrationsStatement(plan), 1),
    ...chunked('trophies', plan.users, 10_000, 3, userTrophiesStatement(plan)),
    ...finishingStatements().map((sql) => ({ label: 'sequences', weight: 1, sql })),
  ];
}

async function load(size: Size, url: string): Promise<Record<string, number>> {
  const steps = buildSteps(size);
  const vacuumWeight = planFor(size).games * 2;
  const total = steps.reduce((sum, step) => sum + step.weight, 0) + vacuumWeight;
  const bar = new ProgressBar(`club ${size}%`, total);

  return withClient(url, async (client) => {
    for (const step of steps) {
      await client.query(step.sql);
      bar.advance(step.weight, step.label);
    }

    // Visibility maps and statistics as a settled database would have them.
    bar.advance(0, 'vacuum analyze');
    await client.query('vacuum (analyze)');
    bar.advance(vacuumWeight, 'vacuum analyze');

    const counts: Record<string, number> = {};
    for (const table of COUNTED_TABLES) {
      const result = await client.query<{ n: number }>(`select count(*)::int as n from "${table}"`);
      counts[table] = result.rows[0]?.n ?? 0;
    }
    await client.query(`create table bench_club (version text not null, size int not null,
      counts jsonb not null, built_at timestamptz not null default now(), complete boolean not null)`);
    await client.query(
      'insert into bench_club (version, size, counts, complete) values ($1, $2, $3, true)',
      [GENERATOR_VERSION, size, JSON.stringify(counts)],
    );
    bar.finish(`${counts.game ?? 0} games`);
    return counts;
  });
}
