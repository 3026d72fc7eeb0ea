import pg from 'pg';

import type { Club } from '../generate/generateClub.js';
import { createCountingOrm } from './countingOrm.js';
import { loadFixtures, type Fixtures } from './fixtures.js';
import { OPERATIONS } from './operations.js';
import type { OperationResult } from './results.js';
import { timeCalls } from './timeCalls.js';

/** Connections each side gets: the same for the floor and the ORM, so they compare fairly. */
export const POOL_SIZE = 4;

function errorText(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? error.name) : String(error);
}

/**
 * Times every operation against the raw SQL floor and the repositories, in this process,
 * on the club's database. Each figure comes with the statements one call sends.
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

      result.raw = await timeCalls(() => operation.raw(pool, fixtures));
      log(`  ${operation.label}: raw ${result.raw.median.toFixed(2)} ms`);

      if (operation.repository) {
        const call = () => operation.repository!(counting.orm, fixtures);
        try {
          const statements = await counting.countStatements(call);
          result.repository = { ...(await timeCalls(call)), statements };
          log(
            `  ${operation.label}: repository ${result.repository.median.toFixed(2)} ms, ${statements} statements`,
          );
        } catch (error) {
          result.notes.push(`repository: ${errorText(error)}`);
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
