import { pino, type Logger } from 'pino';

import type { Config } from './config.js';

/** Header and field paths never written to the log, wherever they appear. */
export const REDACTED_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  'headers.cookie',
  'headers.authorization',
  'headers["set-cookie"]',
  'sessionSecret',
  'databaseUrl',
];

/** The process logger: JSON lines on stdout, secrets and cookies censored. */
export function createLogger(level: Config['logLevel']): Logger {
  return pino({
    level,
    base: { service: 'questboard' },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  });
}
