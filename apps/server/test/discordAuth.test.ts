import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { User } from '@questboard/db';
import { createTestDatabase, type TestDatabase } from '@questboard/db/testing';
import { DiscordOAuth } from '@questboard/discord';
import { FakeDiscord } from '@questboard/discord/testing';

import { buildServer } from '../src/buildServer.js';
import { loadConfig } from '../src/config.js';
import { discordAuthRoutes, OAUTH_COOKIE } from '../src/discordAuth.js';
import { readSessionUserId, SESSION_COOKIE } from '../src/session.js';

const SECRET = 'discord-auth-test-secret-discord-auth-test-secret';
const GM_ROLE = '1400000000000000001';
const ADMIN_ROLE = '1400000000000000002';
const ORIGIN = 'http://127.0.0.1:3999';

let db: TestDatabase;
let fake: FakeDiscord;
let app: FastifyInstance;

beforeAll(async () => {
  db = await createTestDatabase();
  fake = await FakeDiscord.start();
  app = Fastify();
  await app.register(cookie, { secret: SECRET });
  const oauth = new DiscordOAuth({
    clientId: fake.oauth.clientId,
    clientSecret: fake.oauth.clientSecret,
    redirectUri: `${ORIGIN}/auth/discord/callback`,
    guildId: fake.guild.id,
    gmRoleIds: [GM_ROLE],
    adminRoleIds: [ADMIN_ROLE],
    apiBase: fake.apiBase,
    authorizeUrl: fake.authorizeUrl,
  });
  discordAuthRoutes(app, { orm: db.orm, oauth, secureCookie: false, requireMember: true });
  // Reads the session back the way the server does.
  app.get('/whoami', (request, reply) => reply.send({ userId: readSessionUserId(request) }));
});

afterAll(async () => {
  await app.close();
  await fake.close();
  await db.drop();
});

beforeEach(() => {
  fake.authorizeAs(null);
});

function cookieFrom(setCookie: string | string[] | undefined, name: string): string | undefined {
  const lines = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  return lines.find((line) => line.startsWith(`${name}=`))?.split(';')[0];
}

/** The browser's trip: our redirect, Discord's consent, back to our callback. */
async function signIn(tamper?: (callback: URL) => void) {
  const start = await app.inject({ method: 'GET', url: '/auth/discord' });
  expect(start.statusCode).toBe(302);
  const pending = cookieFrom(start.headers['set-cookie'], OAUTH_COOKIE);

  const consent = await fetch(start.headers.location ?? '', { redirect: 'manual' });
  const callback = new URL(consent.headers.get('location') ?? '');
  tamper?.(callback);

  return app.inject({
    method: 'GET',
    url: `${callback.pathname}${callback.search}`,
    headers: pending ? { cookie: pending } : {},
  });
}

describe('Sign in with Discord', () => {
  it('creates the member with their guild roles and opens a session', async () => {
    fake.addUser({
      id: '1300000000000000001',
      username: 'gwen',
      globalName: 'Gwen',
      roles: [GM_ROLE],
    });
    fake.authorizeAs('1300000000000000001');

    const done = await signIn();

    expect(done.statusCode).toBe(302);
    expect(done.headers.location).toBe('/');
    const session = cookieFrom(done.headers['set-cookie'], SESSION_COOKIE);
    const who = await app.inject({
      method: 'GET',
      url: '/whoami',
      headers: { cookie: session ?? '' },
    });
    expect(who.json()).toEqual({ userId: '1300000000000000001' });
    const user = await db.orm.em.fork().findOneOrFail(User, '1300000000000000001');
    expect(user).toMatchObject({ name: 'Gwen', username: 'gwen', isGm: true, isAdmin: false });
  });

  it('refreshes names and roles at the next sign-in', async () => {
    const member = fake.addUser({ id: '1300000000000000002', username: 'ada', roles: [] })!;
    fake.authorizeAs('1300000000000000002');
    await signIn();

    member.roles = [ADMIN_ROLE];
    member.nick = 'Ada (admin)';
    await signIn();

    const user = await db.orm.em.fork().findOneOrFail(User, '1300000000000000002');
    expect(user).toMatchObject({ name: 'Ada (admin)', isGm: true, isAdmin: true });
  });

  it('refuses a forged state and opens no session', async () => {
    fake.addUser({ id: '1300000000000000003', username: 'eve' });
    fake.authorizeAs('1300000000000000003');

    const done = await signIn((callback) => callback.searchParams.set('state', 'forged'));

    expect(done.statusCode).toBe(400);
    expect(cookieFrom(done.headers['set-cookie'], SESSION_COOKIE)).toBeUndefined();
    expect(await db.orm.em.fork().findOne(User, '1300000000000000003')).toBeNull();
  });

  it('refuses a callback without the pending cookie (started in another browser)', async () => {
    const done = await app.inject({
      method: 'GET',
      url: '/auth/discord/callback?code=abc&state=def',
    });

    expect(done.statusCode).toBe(400);
  });

  it('refuses someone who is not in the guild', async () => {
    fake.addUser({ id: '1300000000000000004', username: 'out', member: false });
    fake.authorizeAs('1300000000000000004');

    const done = await signIn();

    expect(done.statusCode).toBe(403);
    expect(cookieFrom(done.headers['set-cookie'], SESSION_COOKIE)).toBeUndefined();
    expect(await db.orm.em.fork().findOne(User, '1300000000000000004')).toBeNull();
  });
});

describe('Discord settings in the server', () => {
  it('mounts the sign-in routes when an OAuth client is configured', async () => {
    const config = loadConfig({
      DATABASE_URL: db.url,
      SESSION_SECRET: SECRET,
      WEB_DIR: '/nonexistent',
      PUBLIC_ORIGIN: ORIGIN,
      DISCORD_GUILD_ID: fake.guild.id,
      DISCORD_CLIENT_ID: fake.oauth.clientId,
      DISCORD_CLIENT_SECRET: fake.oauth.clientSecret,
      DISCORD_API_URL: fake.apiBase,
      DISCORD_AUTHORIZE_URL: fake.authorizeUrl,
    });
    const server = await buildServer(config, {
      orm: db.orm,
      logger: pino({ level: 'silent' }),
      sessionSecret: SECRET,
    });

    const start = await server.inject({ method: 'GET', url: '/auth/discord' });
    await server.close();

    const location = new URL(start.headers.location ?? '');
    expect(start.statusCode).toBe(302);
    expect(`${location.origin}${location.pathname}`).toBe(fake.authorizeUrl);
    expect(location.searchParams.get('redirect_uri')).toBe(`${ORIGIN}/auth/discord/callback`);
  });

  it('refuses to start on a bad Discord value, naming it', () => {
    expect(() => loadConfig({ DISCORD_GUILD_ID: 'club' })).toThrow(
      /DISCORD_GUILD_ID must be a Discord id/,
    );
  });
});
