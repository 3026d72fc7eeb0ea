import pg from 'pg';

import type { Club } from '../generate/generateClub.js';
import { callApi } from './apiCalls.js';
import { createCountingOrm, type CountingOrm } from './countingOrm.js';
import { loadFixtures, type Fixtures } from './fixtures.js';
import { OPERATIONS } from './operations.js';
import type { LayerTiming, OperationResult } from './results.js';
import { timeCalls } from './timeCalls.js';

/** Connections each side gets: the same for the floor and the ORM, so they compare fairly. */
export const POOL_SIZE = 4;

export function errorText(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? error.name) : String(error);
}

async function timeLayer(
  call: () => Promise<unknown>,
  counting: CountingOrm | undefined,
): Promise<LayerTiming> {
  const statements = counting ? await counting.countStatements(call) : undefined;
  return { ...(await timeCalls(call)), ...(statements === undefined ? {} : { statements }) };
}

/**
 * Times every operation in this process on the club's database: the raw SQL floor, the
 * repositories and the API (`appRouter.createCaller`), each with the statements one call sends.
 */
export async function measureInProcess(
  club: Club,
  log: (line: string) => void,
): Promise<{ fixtures: Fixtures; operations: OperationResult[] }> {
  const pool = new pg.Pool({ connectionString: club.url, max: POOL_SIZE });
  const counting = await createCountingOrm(club.url, POOL_SIZE);

  try {
    const fixtures = await loadFixtures(pool);
    const operations: OperationResult[] = [];

    for (const operation of OPERATIONS) {
      const result: OperationResult = { key: operation.key, label: operation.label, notes: [] };
      const layers: [
        keyof OperationResult & ('raw' | 'repository' | 'api'),
        (() => Promise<unknown>) | undefined,
      ][] = [
        ['raw', () => operation.raw(pool, fixtures)],
        [
          'repository',
          operation.repository && (() => operation.repository!(counting.orm, fixtures)),
        ],
        ['api', () => callApi(counting.orm, operation.key, fixtures)],
      ];

      for (const [layer, call] of layers) {
        if (!call) continue;
        try {
          const timing = await timeLayer(call, layer === 'raw' ? undefined : counting);
          result[layer] = timing;
          log(
            `  ${operation.label}: ${layer} ${timing.median.toFixed(2)} ms median, ` +
              `${timing.p95.toFixed(2)} ms p95, ${timing.throughput.toFixed(0)}/s` +
              (timing.statements === undefined ? '' : `, ${timing.statements} statements`),
          );
        } catch (error) {
          result.notes.push(`${layer}: ${errorText(error)}`);
          log(`  ${operation.label}: ${layer} failed: ${errorText(error)}`);
        }
      }
      operations.push(result);
    }
    return { fixtures, operations };
  } finally {
    await counting.orm.close(true);
    await pool.end();
  }
}
