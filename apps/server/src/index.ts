export { buildServer, type ServerDeps } from './buildServer.js';
export { ConfigError, loadConfig, REPO_ROOT, type Config } from './config.js';
export {
  databaseAnswers,
  openDatabase,
  PendingMigrationsError,
  type Database,
} from './database.js';
export {
  startEmbeddedDatabase,
  type EmbeddedDatabase,
  type EmbeddedDatabaseOptions,
} from './embeddedDatabase.js';
export { createLogger } from './logger.js';
export { SESSION_COOKIE, type SessionUser } from './session.js';
export { startServer, type RunningServer, type StartOptions } from './startServer.js';
export type { SignInMethods } from './plugins/auth.js';
