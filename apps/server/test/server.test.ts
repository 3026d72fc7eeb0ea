import { TRPCClientError } from '@trpc/client';
import superjson from 'superjson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { System, User } from '@questboard/db';
import { createTestDatabase, type TestDatabase } from '@questboard/db/testing';

import { loadConfig } from '../src/config.js';
import { startServer, type RunningServer } from '../src/startServer.js';
import { Browser, fakeWebBuild } from './support.js';

const GM_ID = '400000000000000001';
const PLAYER_ID = '400000000000000002';

let db: TestDatabase;
let server: RunningServer;
let systemId: number;

beforeAll(async () => {
  db = await createTestDatabase();
  const config = loadConfig({
    DATABASE_URL: db.url,
    SESSION_SECRET: 'test-secret-test-secret-test-secret',
    DEMO_SIGN_IN: 'true',
    PORT: '0',
    LOG_LEVEL: 'silent',
    BODY_LIMIT: '4096',
    MAX_BATCH_SIZE: '3',
    WEB_DIR: await fakeWebBuild(),
  });
  server = await startServer({ config });

  const em = db.orm.em.fork();
  em.create(User, { id: GM_ID, name: 'Gemma the GM', username: 'gemma', isGm: true });
  em.create(User, { id: PLAYER_ID, name: 'Pip the Player', username: 'pip' });
  const system = em.create(System, { name: 'Server Test System' });
  await em.flush();
  systemId = system.id;
});

afterAll(async () => {
  await server?.close();
  await db?.drop();
});

describe('health', () => {
  it('answers /healthz and /readyz as JSON', async () => {
    const browser = new Browser(server.url);

    const health = await browser.fetch('/healthz');
    const ready = await browser.fetch('/readyz');

    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok', database: 'ok' });
  });

  it('puts security headers and a request id on every response', async () => {
    const response = await new Browser(server.url).fetch('/healthz', {
      headers: { 'x-request-id': 'probe-42' },
    });

    expect(response.headers.get('x-request-id')).toBe('probe-42');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('same-origin');
  });
});

describe('sessions and the API over HTTP', () => {
  it('signs a GM in with the demo sign-in and runs a mutation and a query as them', async () => {
    const browser = new Browser(server.url);
    const signIn = await browser.signInAs(GM_ID);
    const trpc = browser.trpc();

    const created = await trpc.games.create.mutate({
      name: 'Lanterns over Carcosa',
      type: 'oneshot',
      systemId,
      date: new Date('2030-06-01T18:00:00Z'),
    });
    const mine = await trpc.games.mine.query();

    expect(signIn.status).toBe(200);
    expect(signIn.headers.get('set-cookie')).toMatch(/HttpOnly/i);
    expect(signIn.headers.get('set-cookie')).toMatch(/SameSite=Lax/i);
    expect(mine.running.map((game) => game.id)).toEqual([created.id]);
  });

  it('reports who is signed in, and nobody after logout', async () => {
    const browser = new Browser(server.url);
    await browser.signInAs(PLAYER_ID);

    const before = (await (await browser.fetch('/auth/session')).json()) as {
      user: { id: string; isGm: boolean } | null;
    };
    await browser.fetch('/auth/logout', { method: 'POST' });
    const after = (await (await browser.fetch('/auth/session')).json()) as { user: unknown };

    expect(before.user).toMatchObject({ id: PLAYER_ID, isGm: false });
    expect(after.user).toBeNull();
  });

  it('treats a tampered session cookie as anonymous', async () => {
    const browser = new Browser(server.url);
    await browser.signInAs(PLAYER_ID);
    browser.cookie = browser.cookie.replace(PLAYER_ID, GM_ID);

    const error = await browser
      .trpc()
      .games.mine.query()
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(TRPCClientError);
    expect((error as TRPCClientError<never>).data).toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('refuses the demo sign-in for an unknown member', async () => {
    const response = await new Browser(server.url).signInAs('499999999999999999');

    expect(response.status).toBe(404);
  });
});

describe('protections', () => {
  it('refuses a mutation from another site', async () => {
    const browser = new Browser(server.url);
    await browser.signInAs(GM_ID);

    const response = await browser.fetch('/trpc/games.create', {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify(superjson.serialize({ name: 'Forged', type: 'oneshot', systemId })),
    });
    const viaReferer = await browser.fetch('/auth/logout', {
      method: 'POST',
      headers: { origin: '', referer: 'https://evil.example/page' },
    });

    expect(response.status).toBe(403);
    expect(viaReferer.status).toBe(403);
  });

  it('refuses a body over BODY_LIMIT with 413', async () => {
    const browser = new Browser(server.url);

    const response = await browser.fetch('/auth/demo', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: GM_ID, padding: 'x'.repeat(5000) }),
    });

    expect(response.status).toBe(413);
  });

  it('refuses a batch of more than MAX_BATCH_SIZE calls with 400', async () => {
    const browser = new Browser(server.url);
    const paths = Array.from({ length: 4 }, () => 'games.search').join(',');
    const input = encodeURIComponent(
      JSON.stringify(Object.fromEntries([0, 1, 2, 3].map((index) => [index, { json: {} }]))),
    );

    const tooMany = await browser.fetch(`/trpc/${paths}?batch=1&input=${input}`);
    const enough = await browser.fetch(`/trpc/games.search,games.search?batch=1&input=${input}`);

    expect(tooMany.status).toBe(400);
    expect(enough.status).toBe(200);
  });
});

describe('the web app', () => {
  it('serves index.html at / and for client routes that want a page', async () => {
    const browser = new Browser(server.url);

    const root = await browser.fetch('/', { headers: { accept: 'text/html' } });
    const clientRoute = await browser.fetch('/games/lanterns-over-carcosa', {
      headers: { accept: 'text/html,application/xhtml+xml' },
    });

    expect(await root.text()).toContain('<div id="root">');
    expect(clientRoute.status).toBe(200);
    expect(await clientRoute.text()).toContain('<div id="root">');
  });

  it('serves built assets and answers JSON 404 for unknown non-page requests', async () => {
    const browser = new Browser(server.url);

    const asset = await browser.fetch('/assets/app-abc123.js');
    const missing = await browser.fetch('/assets/missing.js');
    const api = await browser.fetch('/trpc/nope.nothing', { headers: { accept: 'text/html' } });

    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toContain('application/json');
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toContain('application/json');
  });
});
