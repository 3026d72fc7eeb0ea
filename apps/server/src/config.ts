import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { z } from 'zod';

import { readDiscordSettings, type DiscordSettings } from '@questboard/discord/settings';

/** The repository root: this file sits in apps/server/src (tests) or apps/server/dist (start). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Thrown when the environment holds a bad value; `message` names each bad setting on one line. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** What the server runs with; see `.env.example` for the meaning of each setting. */
export interface Config {
  port: number;
  host: string;
  /** Absent: the embedded PostgreSQL (PGlite) under `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** Absent only on the embedded database: generated once and kept under `dataDir`. */
  sessionSecret: string | undefined;
  demoSignIn: boolean;
  migrateOnStart: boolean;
  logLevel: (typeof LOG_LEVELS)[number];
  /** Requests per client per minute. */
  rateLimitMax: number;
  /** Largest request body in bytes. */
  bodyLimit: number;
  /** Most tRPC calls in one batched request. */
  maxBatchSize: number;
  trustProxy: boolean | number | string;
  /** The origin browsers see (e.g. https://quest.example.org) when behind a proxy. */
  publicOrigin: string | undefined;
  /** Built web app served at `/`. */
  webDir: string;
  /** The bot and "Sign in with Discord" (DISCORD_* settings); null without DISCORD_GUILD_ID. */
  discord: DiscordSettings | null;
}

const empty = (value: unknown) => (value === '' ? undefined : value);

const flag = (name: string) =>
  z.preprocess(
    (value) => (typeof value === 'string' ? value.trim().toLowerCase() : value),
    z.enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'], {
      error: (issue) => `${name} must be true or false, got ${JSON.stringify(issue.input)}`,
    }),
  );

const integer = (name: string, min: number, max: number) =>
  z.string().transform((value, ctx) => {
    const number = /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
    if (!Number.isSafeInteger(number) || number < min || number > max) {
      ctx.addIssue({
        code: 'custom',
        message: `${name} must be a whole number from ${min} to ${max}, got ${JSON.stringify(value)}`,
      });
      return z.NEVER;
    }
    return number;
  });

const url = (name: string, protocols: string[]) =>
  z.string().refine(
    (value) => {
      try {
        return protocols.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    },
    { error: `${name} must be a ${protocols.map((protocol) => `${protocol}//`).join(' or ')} URL` },
  );

const envSchema = z.object({
  PORT: z.preprocess(empty, integer('PORT', 0, 65535).optional()),
  HOST: z.preprocess(empty, z.string().optional()),
  DATABASE_URL: z.preprocess(empty, url('DATABASE_URL', ['postgres:', 'postgresql:']).optional()),
  DATA_DIR: z.preprocess(empty, z.string().optional()),
  SESSION_SECRET: z.preprocess(
    empty,
    z.string().min(32, { error: 'SESSION_SECRET must be at least 32 characters long' }).optional(),
  ),
  DEMO_SIGN_IN: z.preprocess(empty, flag('DEMO_SIGN_IN').optional()),
  MIGRATE_ON_START: z.preprocess(empty, flag('MIGRATE_ON_START').optional()),
  LOG_LEVEL: z.preprocess(
    empty,
    z
      .enum(LOG_LEVELS, {
        error: (issue) =>
          `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got ${JSON.stringify(issue.input)}`,
      })
      .optional(),
  ),
  RATE_LIMIT_MAX: z.preprocess(empty, integer('RATE_LIMIT_MAX', 1, 1_000_000).optional()),
  BODY_LIMIT: z.preprocess(empty, integer('BODY_LIMIT', 1024, 100 * 1024 * 1024).optional()),
  MAX_BATCH_SIZE: z.preprocess(empty, integer('MAX_BATCH_SIZE', 1, 1000).optional()),
  TRUST_PROXY: z.preprocess(empty, z.string().optional()),
  PUBLIC_ORIGIN: z.preprocess(
    empty,
    url('PUBLIC_ORIGIN', ['http:', 'https:'])
      .refine((value) => new URL(value).origin === value.replace(/\/$/, ''), {
        error:
          'PUBLIC_ORIGIN must be an origin only (scheme, host, port), e.g. https://quest.example.org',
      })
      .optional(),
  ),
  WEB_DIR: z.preprocess(empty, z.string().optional()),
});

const isOn = (value: string | undefined, fallback: boolean) =>
  value === undefined ? fallback : ['true', '1', 'yes', 'on'].includes(value);

function parseTrustProxy(value: string | undefined): boolean | number | string {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);

  // Anything else is a comma-separated list of trusted addresses or CIDR ranges.
  return value;
}

/**
 * Reads the server's settings from `env`, applying defaults; throws a ConfigError naming every
 * bad value, one per line.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  const publicOrigin = parsed.data?.PUBLIC_ORIGIN?.replace(/\/$/, '');
  const discord = readDiscordSettings(env, publicOrigin);
  if (!parsed.success || discord.problems.length > 0) {
    throw new ConfigError([
      ...(parsed.error?.issues ?? []).map((issue) => {
        const name = issue.path.join('.');
        return issue.message.startsWith(name) ? issue.message : `${name}: ${issue.message}`;
      }),
      ...discord.problems,
    ]);
  }

  const values = parsed.data;
  const embedded = values.DATABASE_URL === undefined;
  if (!embedded && values.SESSION_SECRET === undefined) {
    throw new ConfigError([
      'SESSION_SECRET is required when DATABASE_URL is set (at least 32 random characters)',
    ]);
  }

  return {
    port: values.PORT ?? 3000,
    host: values.HOST ?? '127.0.0.1',
    databaseUrl: values.DATABASE_URL,
    dataDir: resolve(values.DATA_DIR ?? resolve(REPO_ROOT, '.data')),
    sessionSecret: values.SESSION_SECRET,
    demoSignIn: isOn(values.DEMO_SIGN_IN, embedded),
    migrateOnStart: isOn(values.MIGRATE_ON_START, true),
    logLevel: values.LOG_LEVEL ?? 'info',
    rateLimitMax: values.RATE_LIMIT_MAX ?? 1000,
    bodyLimit: values.BODY_LIMIT ?? 1024 * 1024,
    maxBatchSize: values.MAX_BATCH_SIZE ?? 20,
    trustProxy: parseTrustProxy(values.TRUST_PROXY),
    publicOrigin: values.PUBLIC_ORIGIN?.replace(/\/$/, ''),
    webDir: resolve(values.WEB_DIR ?? resolve(REPO_ROOT, 'apps/web/dist')),
    discord: discord.settings,
  };
}
