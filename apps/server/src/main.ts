// The `start` entry point: node dist/main.js. Configuration comes from the environment.
import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './logger.js';

/** Time allowed for requests in flight after SIGINT/SIGTERM before the process gives up. */
const SHUTDOWN_TIMEOUT_MS = 15_000;

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }

  const logger = createLogger(config.logLevel);
  // Loaded after the configuration checks out, so a bad setting is reported at once.
  const { startServer } = await import('./startServer.js');
  const { PendingMigrationsError } = await import('./database.js');
  let server;
  try {
    server = await startServer({ config, logger });
  } catch (error) {
    if (error instanceof PendingMigrationsError) {
      logger.fatal(error.message);
    } else {
      logger.fatal({ err: error }, 'the server could not start');
    }
    process.exit(1);
  }

  const { port } = new URL(server.url);
  const local = ['127.0.0.1', '0.0.0.0', '::', '::1'].includes(config.host);
  const shown = local ? `http://localhost:${port}` : server.url;
  logger.info(
    {
      url: shown,
      database: config.databaseUrl ? 'external' : 'embedded',
      demoSignIn: config.demoSignIn,
    },
    `Questboard is running on ${shown}`,
  );
  if (process.stderr.isTTY) {
    // The log is JSON for machines; a person at a terminal also gets one plain line.
    process.stderr.write(`\n  Questboard is running on ${shown}  (Ctrl+C to stop)\n\n`);
  }

  let stoppingSince: number | undefined;
  const stop = (signal: NodeJS.Signals) => {
    // A wrapper (pnpm, npx) forwards the terminal's Ctrl+C that this process also received:
    // a repeat within a second is that echo; a later one means "stop now".
    if (stoppingSince !== undefined) {
      if (Date.now() - stoppingSince < 1000) return;
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stoppingSince = Date.now();
    logger.info({ signal }, 'shutting down: finishing requests in flight');

    const timer = setTimeout(() => {
      logger.error('shutdown took too long: exiting');
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS);
    timer.unref();

    server.close().then(
      () => {
        logger.info('stopped cleanly');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

await main();
