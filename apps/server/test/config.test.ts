import { resolve } from 'node:path';

import { describe, expect, it } from 'vitest';

import { ConfigError, loadConfig, REPO_ROOT } from '../src/config.js';

const SECRET = 'x'.repeat(32);

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('defaults to the embedded database on 127.0.0.1:3000 with demo sign-in on', () => {
    const config = loadConfig({});

    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      dataDir: resolve(REPO_ROOT, '.data'),
      demoSignIn: true,
      migrateOnStart: true,
      logLevel: 'info',
      maxBatchSize: 20,
      trustProxy: false,
    });
    expect(config.webDir).toBe(resolve(REPO_ROOT, 'apps/web/dist'));
  });

  it('turns demo sign-in off by default on an external database', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://u@db/questboard',
      SESSION_SECRET: SECRET,
    });

    expect(config.demoSignIn).toBe(false);
    expect(config.databaseUrl).toBe('postgres://u@db/questboard');
  });

  it('names a bad port in one line with the value it got', () => {
    expect(problemsOf({ PORT: 'abc' })).toEqual([
      'PORT must be a whole number from 0 to 65535, got "abc"',
    ]);
  });

  it('names every bad value, one line each', () => {
    const problems = problemsOf({
      PORT: '70000',
      DEMO_SIGN_IN: 'maybe',
      LOG_LEVEL: 'loud',
      DATABASE_URL: 'mysql://db/x',
      MAX_BATCH_SIZE: '0',
      PUBLIC_ORIGIN: 'https://quest.example.org/board',
    });

    expect(problems).toHaveLength(6);
    for (const name of ['PORT', 'DEMO_SIGN_IN', 'LOG_LEVEL', 'DATABASE_URL', 'MAX_BATCH_SIZE']) {
      expect(problems.filter((line) => line.startsWith(`${name} `))).toHaveLength(1);
    }
    expect(problems.some((line) => line.startsWith('PUBLIC_ORIGIN must be an origin only'))).toBe(
      true,
    );
  });

  it('requires a session secret with an external database', () => {
    expect(problemsOf({ DATABASE_URL: 'postgres://u@db/questboard' })).toEqual([
      'SESSION_SECRET is required when DATABASE_URL is set (at least 32 random characters)',
    ]);
  });

  it('refuses a short session secret', () => {
    expect(problemsOf({ SESSION_SECRET: 'short' })).toEqual([
      'SESSION_SECRET must be at least 32 characters long',
    ]);
  });

  it('reads flags, proxy hops and the public origin', () => {
    const config = loadConfig({
      DEMO_SIGN_IN: 'off',
      MIGRATE_ON_START: 'false',
      TRUST_PROXY: '2',
      PUBLIC_ORIGIN: 'https://quest.example.org/',
      PORT: '',
    });

    expect(config).toMatchObject({
      demoSignIn: false,
      migrateOnStart: false,
      trustProxy: 2,
      publicOrigin: 'https://quest.example.org',
      port: 3000,
    });
  });

  it('reports the configuration error message with a header and indented lines', () => {
    expect(() => loadConfig({ RATE_LIMIT_MAX: '-1' })).toThrow(
      'Invalid configuration:\n  RATE_LIMIT_MAX must be a whole number from 1 to 1000000, got "-1"',
    );
  });
});
