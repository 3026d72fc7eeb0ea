import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import type { Logger } from 'pino';

/** A running embedded PostgreSQL: PGlite reached over a loopback socket. */
export interface EmbeddedDatabase {
  /** postgres://postgres@127.0.0.1:<port>/postgres — give it to `createOrm` with poolMax 1. */
  url: string;
  /** Stops the socket server, then closes PGlite so its files are consistent on disk. */
  stop(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  /** PGlite keeps its files in `<dataDir>/pglite`. */
  dataDir: string;
  logger?: Logger;
}

/** Two processes writing one PGlite folder would corrupt it: a pid file keeps the second out. */
async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const lockFile = join(dataDir, 'pglite.pid');
  try {
    const pid = Number((await readFile(lockFile, 'utf8')).trim());
    if (pid && pid !== process.pid && isAlive(pid)) {
      throw new Error(
        `DATA_DIR ${dataDir} is in use by another Questboard server (pid ${pid}); stop it or set DATA_DIR elsewhere`,
      );
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }

  const handle = await open(lockFile, 'w');
  await handle.writeFile(String(process.pid));
  await handle.close();
  return () => rm(lockFile, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Starts PostgreSQL in this process with PGlite (data under `<dataDir>/pglite`, created on first
 * start) and serves it on 127.0.0.1 on a free port, so the regular `pg` driver and MikroORM's
 * PostgreSQL code path reach it. PGlite runs one session: open the ORM with `poolMax: 1`.
 */
export async function startEmbeddedDatabase({
  dataDir,
  logger,
}: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  await mkdir(dataDir, { recursive: true });
  const unlock = await lockDataDir(dataDir);
  const log = logger?.child({ module: 'pglite' });

  const pgDir = join(dataDir, 'pglite');
  log?.info({ dataDir: pgDir }, 'starting the embedded PostgreSQL (PGlite)');
  const db = await PGlite.create(pgDir, {
    onStdout: (text) => {
      log?.debug(text.trim());
      return true;
    },
    onStderr: (text) => {
      log?.debug(text.trim());
      return true;
    },
  });

  // One connection: PGlite has a single session, and the ORM pool is sized to match.
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 1 });
  try {
    await server.start();
  } catch (error) {
    await db.close();
    await unlock();
    throw error;
  }

  const url = `postgres://postgres@${server.getServerConn()}/postgres`;
  log?.info({ address: server.getServerConn() }, 'embedded PostgreSQL is listening');

  let stopped: Promise<void> | undefined;
  return {
    url,
    stop() {
      stopped ??= (async () => {
        await server.stop();
        await db.close();
        await unlock();
        log?.info('embedded PostgreSQL closed');
      })();
      return stopped;
    },
  };
}
