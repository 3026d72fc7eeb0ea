import pg from 'pg';

import type { Club } from '../generate/generateClub.js';
import { procedureOf } from './apiCalls.js';
import {
  httpRegister,
  inProcessRegister,
  runContention,
  setUpContention,
  signIn,
  tearDownContention,
  type RegisterCall,
} from './contention.js';
import { createCountingOrm } from './countingOrm.js';
import type { Fixtures } from './fixtures.js';
import { loadQuery, queryUrl } from './httpLoad.js';
import { errorText } from './measureInProcess.js';
import type { ContentionResult, OperationResult } from './results.js';
import { startServerProcess } from './serverProcess.js';

async function contend(
  pool: pg.Pool,
  via: string,
  makeRegister: (userIds: string[]) => Promise<RegisterCall>,
): Promise<ContentionResult> {
  const setup = await setUpContention(pool);
  try {
    return await runContention(pool, setup, via, await makeRegister(setup.userIds));
  } finally {
    await tearDownContention(pool, setup);
  }
}

/**
 * Starts the real server on the club's database, loads every operation over HTTP, runs the
 * contention test over HTTP, and reads the server's peak RSS. Fills `operations[].http`.
 */
export async function measureOverHttp(
  club: Club,
  fixtures: Fixtures,
  operations: OperationResult[],
  log: (line: string) => void,
): Promise<{ peakRssMb?: number; contention: ContentionResult[] }> {
  const pool = new pg.Pool({ connectionString: club.url, max: 2 });
  const contention: ContentionResult[] = [];

  try {
    const counting = await createCountingOrm(club.url, 10);
    try {
      contention.push(
        await contend(pool, 'in-process', (userIds) =>
          Promise.resolve(inProcessRegister(counting.orm, userIds)),
        ),
      );
    } finally {
      await counting.orm.close(true);
    }

    const server = await startServerProcess(club.url);
    log(`  server pid ${server.pid} at ${server.url}`);
    try {
      for (const operation of operations) {
        const { path, input } = procedureOf(operation.key, fixtures);
        try {
          const expectedMs = operation.api?.median ?? operation.raw?.median ?? 100;
          operation.http = await loadQuery(queryUrl(server.url, path, input), expectedMs);
          log(
            `  ${operation.label}: http ${operation.http.median.toFixed(1)} ms median, ` +
              `${operation.http.p95.toFixed(1)} ms p95, ${operation.http.throughput.toFixed(0)} req/s`,
          );
        } catch (error) {
          operation.notes.push(`http: ${errorText(error)}`);
          log(`  ${operation.label}: http failed: ${errorText(error)}`);
        }
      }

      try {
        contention.push(
          await contend(pool, 'HTTP', async (userIds) =>
            httpRegister(server.url, await signIn(server.url, userIds)),
          ),
        );
      } catch (error) {
        log(`  contention over HTTP failed: ${errorText(error)}`);
      }
      const peakRssMb = await server.peakRssMb();
      return { peakRssMb, contention };
    } finally {
      await server.stop();
    }
  } finally {
    for (const run of contention) {
      log(
        `  contention ${run.via}: ${run.succeeded} seated, ${run.rejected} refused, ${run.failed} failed, ` +
          `${run.overbooked} overbooked → ${run.passed ? 'PASS' : 'FAIL'}`,
      );
    }
    await pool.end();
  }
}
