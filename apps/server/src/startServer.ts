import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';

import { OutboxWorker } from '@questboard/api';
import type { DiscordGateway } from '@questboard/discord';

import { buildServer } from './buildServer.js';
import { loadConfig, type Config } from './config.js';
import { openDatabase, type Database } from './database.js';
import { discordGateway, outboxOptions } from './discordSetup.js';
import { createLogger } from './logger.js';
import { loadOrCreateSessionSecret } from './sessionSecret.js';

export interface StartOptions {
  /** Defaults to `loadConfig(process.env)`. */
  config?: Config;
  /** Defaults to a pino logger at the configured level. */
  logger?: Logger;
  /** With a gateway, an OutboxWorker delivers the recorded Discord actions through it. */
  discord?: DiscordGateway;
}

/** A listening server; `close()` shuts it down in order. */
export interface RunningServer {
  app: FastifyInstance;
  database: Database;
  config: Config;
  /** Where it listens, e.g. http://127.0.0.1:3000 (the actual port when PORT is 0). */
  url: string;
  /** Stops accepting, finishes requests in flight, stops the outbox worker, closes the ORM and then the embedded database. */
  close(): Promise<void>;
}

/** Opens (or starts) the database, migrates and seeds it, and listens. */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const config = options.config ?? loadConfig();
  const logger = options.logger ?? createLogger(config.logLevel);

  const database = await openDatabase(config, logger);
  // A gateway given by the caller (tests), else the one the configuration calls for.
  const gateway = options.discord ?? discordGateway(config, logger);
  const outbox = gateway
    ? new OutboxWorker({
        orm: database.orm,
        gateway,
        logger,
        ...outboxOptions(config.discord, config.publicOrigin),
      })
    : undefined;

  let app: FastifyInstance;
  try {
    const sessionSecret = config.sessionSecret ?? (await loadOrCreateSessionSecret(config.dataDir));
    app = await buildServer(config, {
      orm: database.orm,
      logger,
      sessionSecret,
      ...(gateway ? { discord: gateway } : {}),
      ...(outbox ? { onCommit: () => outbox.wake() } : {}),
    });
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await database.close();
    throw error;
  }
  outbox?.start();

  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;

  let closing: Promise<void> | undefined;
  return {
    app,
    database,
    config,
    url,
    close() {
      closing ??= (async () => {
        await app.close();
        await outbox?.stop();
        await database.close();
      })();
      return closing;
    },
  };
}
