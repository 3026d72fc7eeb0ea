import { Writable } from 'node:stream';

import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createOrm, User } from '@questboard/db';
import { createTestDatabase, type TestDatabase } from '@questboard/db/testing';

import { buildServer } from '../src/buildServer.js';
import { loadConfig } from '../src/config.js';
import { SESSION_COOKIE } from '../src/session.js';

const USER_ID = '600000000000000001';
const ADMIN_ID = '600000000000000002';
const SECRET = 'another-test-secret-another-test-secret';

let db: TestDatabase;
let app: FastifyInstance;
const lines: Record<string, unknown>[] = [];
const rawLines: string[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  em.create(User, { id: USER_ID, name: 'Logged Member' });
  em.create(User, { id: ADMIN_ID, name: 'Logged Admin', isAdmin: true });
  await em.flush();

  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      rawLines.push(chunk.toString());
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  const config = loadConfig({
    DATABASE_URL: db.url,
    SESSION_SECRET: SECRET,
    RATE_LIMIT_MAX: '5',
    PUBLIC_ORIGIN: 'https://quest.example.org',
    WEB_DIR: '/nonexistent',
  });
  app = await buildServer(config, {
    orm: db.orm,
    logger: pino({ level: 'info' }, sink),
    sessionSecret: SECRET,
  });
});

afterAll(async () => {
  await app?.close();
  await db?.drop();
});

describe('buildServer', () => {
  it('offers no demo sign-in on an external database unless asked', async () => {
    const users = await app.inject({ method: 'GET', url: '/auth/demo/users' });
    const signIn = await app.inject({
      method: 'POST',
      url: '/auth/demo',
      body: { userId: USER_ID },
    });

    expect(users.statusCode).toBe(404);
    expect(signIn.statusCode).toBe(404);
  });

  it('accepts mutations from PUBLIC_ORIGIN', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/auth/logout',
      headers: { origin: 'https://quest.example.org', host: 'internal:3000' },
    });

    expect(response.statusCode).toBe(200);
  });

  it('serves a placeholder page when the web app is not built', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/',
      headers: { accept: 'text/html' },
    });

    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('not built yet');
  });

  it('logs one line per request with route, status and duration, and never the cookie', async () => {
    const cookie = `${SESSION_COOKIE}=${app.signCookie(`${USER_ID}.${Math.floor(Date.now() / 1000)}`)}`;
    lines.length = 0;

    await app.inject({
      method: 'GET',
      url: '/auth/session',
      headers: { cookie, authorization: 'Bearer hunter2', 'x-request-id': 'log-check-1' },
    });

    const requestLines = lines.filter((line) => line.requestId === 'log-check-1');
    expect(requestLines).toHaveLength(1);
    expect(requestLines[0]).toMatchObject({
      msg: 'request',
      method: 'GET',
      route: '/auth/session',
      status: 200,
    });
    expect(typeof requestLines[0]!.durationMs).toBe('number');
    expect(JSON.stringify(lines)).not.toContain(USER_ID);
    expect(JSON.stringify(lines)).not.toContain('hunter2');
  });

  it('tags what a procedure logs with its request id, once', async () => {
    const cookie = `${SESSION_COOKIE}=${app.signCookie(`${ADMIN_ID}.${Math.floor(Date.now() / 1000)}`)}`;
    rawLines.length = 0;

    const response = await app.inject({
      method: 'POST',
      url: '/trpc/users.setRoles',
      headers: { cookie, 'x-request-id': 'log-check-2' },
      body: { json: { id: USER_ID, isGm: true } },
    });

    const logged = rawLines.filter((line) => line.includes('"roles changed"'));
    expect(response.statusCode).toBe(200);
    expect(logged).toHaveLength(1);
    expect(logged[0]!.match(/"requestId":"log-check-2"/g)).toHaveLength(1);
    expect(logged[0]!.match(/"requestId"/g)).toHaveLength(1);
  });

  it('rate limits each client', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      const response = await app.inject({
        method: 'GET',
        url: '/auth/session',
        remoteAddress: '10.9.8.7',
      });
      statuses.push(response.statusCode);
    }
    const other = await app.inject({
      method: 'GET',
      url: '/auth/session',
      remoteAddress: '10.9.8.6',
    });

    // RATE_LIMIT_MAX is 5 a minute.
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    expect(other.statusCode).toBe(200);
  });

  it('answers 503 on /readyz when the database does not', async () => {
    const orm = await createOrm({ clientUrl: db.url });
    const lonely = await buildServer(loadConfig({ DATABASE_URL: db.url, SESSION_SECRET: SECRET }), {
      orm,
      logger: pino({ level: 'silent' }),
      sessionSecret: SECRET,
    });
    await orm.close(true);

    const ready = await lonely.inject({ method: 'GET', url: '/readyz' });
    const health = await lonely.inject({ method: 'GET', url: '/healthz' });
    await lonely.close();

    expect(ready.statusCode).toBe(503);
    expect(ready.json()).toEqual({ status: 'unavailable', database: 'unreachable' });
    expect(health.statusCode).toBe(200);
  });

  it('finishes a request in flight when closing, and refuses new connections after', async () => {
    const closing = await buildServer(
      loadConfig({ DATABASE_URL: db.url, SESSION_SECRET: SECRET, WEB_DIR: '/nonexistent' }),
      { orm: db.orm, logger: pino({ level: 'silent' }), sessionSecret: SECRET },
    );
    let release!: () => void;
    let arrive!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    closing.get('/slow', async () => {
      arrive();
      await gate;
      return { done: true };
    });
    const address = await closing.listen({ port: 0, host: '127.0.0.1' });

    const inFlight = fetch(`${address}/slow`);
    await arrived;
    const closed = closing.close();
    release();
    const response = await inFlight;
    await closed;

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ done: true });
    await expect(fetch(`${address}/healthz`)).rejects.toThrow();
  });

  it('tells the web app which sign-ins exist', async () => {
    const withDiscord = await buildServer(
      loadConfig({
        DATABASE_URL: db.url,
        SESSION_SECRET: SECRET,
        PUBLIC_ORIGIN: 'https://quest.example.org',
        DISCORD_GUILD_ID: '700000000000000001',
        DISCORD_CLIENT_ID: '700000000000000002',
        DISCORD_CLIENT_SECRET: 'not-a-real-secret',
      }),
      { orm: db.orm, logger: pino({ level: 'silent' }), sessionSecret: SECRET },
    );

    const plain = await app.inject({
      method: 'GET',
      url: '/auth/session',
      remoteAddress: '10.9.8.5',
    });
    const discord = await withDiscord.inject({ method: 'GET', url: '/auth/session' });
    await withDiscord.close();

    expect(plain.json()).toMatchObject({ signIn: { demo: false, discord: false } });
    expect(discord.json()).toMatchObject({ signIn: { demo: false, discord: true } });
  });
});
