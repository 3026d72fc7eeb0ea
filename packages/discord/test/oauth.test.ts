import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { DiscordOAuth, OAuthError, OAuthStateError } from '../src/DiscordOAuth.js';
import { FakeDiscord } from '../src/testing/index.js';

const GM_ROLE = '1400000000000000001';
const ADMIN_ROLE = '1400000000000000002';
const REDIRECT = 'http://127.0.0.1:3000/auth/discord/callback';

let fake: FakeDiscord;
let oauth: DiscordOAuth;

beforeEach(async () => {
  fake = await FakeDiscord.start();
  oauth = new DiscordOAuth({
    clientId: fake.oauth.clientId,
    clientSecret: fake.oauth.clientSecret,
    redirectUri: REDIRECT,
    guildId: fake.guild.id,
    gmRoleIds: [GM_ROLE],
    adminRoleIds: [ADMIN_ROLE],
    apiBase: fake.apiBase,
    authorizeUrl: fake.authorizeUrl,
  });
});

afterEach(async () => {
  await fake.close();
});

/** Plays the browser: follows the consent page's redirect and returns the callback's query. */
async function consent(url: string): Promise<URLSearchParams> {
  const response = await fetch(url, { redirect: 'manual' });
  expect(response.status).toBe(302);
  const location = new URL(response.headers.get('location') ?? '');
  expect(`${location.origin}${location.pathname}`).toBe(REDIRECT);
  return location.searchParams;
}

describe('DiscordOAuth', () => {
  it('signs a member in with state and PKCE, and maps their guild roles', async () => {
    fake.addUser({
      id: '1300000000000000001',
      username: 'gwen',
      globalName: 'Gwen',
      roles: [GM_ROLE],
    });
    fake.authorizeAs('1300000000000000001');

    const pending = oauth.begin();
    const back = await consent(pending.url);
    const identity = await oauth.complete({
      code: back.get('code') ?? '',
      state: back.get('state') ?? '',
      pending,
    });

    expect(identity).toEqual({
      id: '1300000000000000001',
      username: 'gwen',
      name: 'Gwen',
      isMember: true,
      roles: [GM_ROLE],
      isGm: true,
      isAdmin: false,
    });
    const authorize = new URL(pending.url).searchParams;
    expect(authorize.get('code_challenge_method')).toBe('S256');
    expect(authorize.get('scope')).toBe('identify guilds.members.read');
    expect(authorize.get('code_challenge')).not.toBe(pending.codeVerifier);
  });

  it('makes an admin a GM too, and a plain member neither', async () => {
    fake.addUser({
      id: '1300000000000000002',
      username: 'ada',
      roles: [ADMIN_ROLE],
      nick: 'Ada the Admin',
    });
    fake.addUser({ id: '1300000000000000003', username: 'pat' });

    fake.authorizeAs('1300000000000000002');
    const adminPending = oauth.begin();
    const adminBack = await consent(adminPending.url);
    const admin = await oauth.complete({
      code: adminBack.get('code') ?? '',
      state: adminBack.get('state') ?? '',
      pending: adminPending,
    });

    fake.authorizeAs('1300000000000000003');
    const playerPending = oauth.begin();
    const playerBack = await consent(playerPending.url);
    const player = await oauth.complete({
      code: playerBack.get('code') ?? '',
      state: playerBack.get('state') ?? '',
      pending: playerPending,
    });

    expect(admin).toMatchObject({ isAdmin: true, isGm: true, name: 'Ada the Admin' });
    expect(player).toMatchObject({ isAdmin: false, isGm: false, name: 'pat' });
  });

  it('refuses a forged state without calling Discord', async () => {
    fake.addUser({ id: '1300000000000000001', username: 'gwen' });
    fake.authorizeAs('1300000000000000001');
    const pending = oauth.begin();
    const back = await consent(pending.url);
    const before = fake.calls.length;

    for (const state of ['forged-state', '', `${pending.state}x`]) {
      await expect(
        oauth.complete({ code: back.get('code') ?? '', state, pending }),
      ).rejects.toBeInstanceOf(OAuthStateError);
    }
    expect(fake.calls.length).toBe(before);
  });

  it('refuses a code exchanged with another PKCE verifier, and a code used twice', async () => {
    fake.addUser({ id: '1300000000000000001', username: 'gwen' });
    fake.authorizeAs('1300000000000000001');
    const pending = oauth.begin();
    const back = await consent(pending.url);
    const code = back.get('code') ?? '';

    await expect(
      oauth.complete({
        code,
        state: pending.state,
        pending: { ...pending, codeVerifier: 'stolen' },
      }),
    ).rejects.toMatchObject({ status: 400 });
    await expect(oauth.complete({ code, state: pending.state, pending })).rejects.toBeInstanceOf(
      OAuthError,
    );
  });

  it('reports a user outside the guild as no member, with no roles', async () => {
    const outsider = new DiscordOAuth({
      clientId: fake.oauth.clientId,
      clientSecret: fake.oauth.clientSecret,
      redirectUri: REDIRECT,
      guildId: '1100000000000000999',
      gmRoleIds: [GM_ROLE],
      apiBase: fake.apiBase,
      authorizeUrl: fake.authorizeUrl,
    });
    fake.addUser({ id: '1300000000000000001', username: 'gwen', roles: [GM_ROLE] });
    fake.authorizeAs('1300000000000000001');
    const pending = outsider.begin();
    const back = await consent(pending.url);

    const identity = await outsider.complete({
      code: back.get('code') ?? '',
      state: pending.state,
      pending,
    });

    expect(identity).toMatchObject({ isMember: false, roles: [], isGm: false, isAdmin: false });
  });
});
