import { createHash, randomBytes } from 'node:crypto';

import { FakeApiError, type FakeGuild, type FakeOverwrite, type FakeUser } from './FakeGuild.js';

export interface RouteContext {
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  /** The signed-in OAuth user for bearer routes. */
  user: FakeUser | null;
}

export interface RouteAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Route {
  method: string;
  /** e.g. "/api/v10/guilds/:guild/roles" */
  pattern: string;
  auth: 'bot' | 'bearer' | 'none';
  handle(ctx: RouteContext): RouteAnswer;
}

export interface OAuthState {
  clientId: string;
  clientSecret: string;
  /** The user the consent page "signs in" next. */
  authorizingUser: string | null;
  /** Who may sign in. */
  users: Map<string, FakeUser>;
  codes: Map<string, { userId: string; redirectUri: string; challenge: string; scope: string }>;
  tokens: Map<string, string>;
}

const ok = (body?: unknown): RouteAnswer => ({ status: body === undefined ? 204 : 200, body });

function guildOf(guild: FakeGuild, id: string | undefined): FakeGuild {
  if (id !== guild.id) {
    throw new FakeApiError(404, 10004, 'Unknown Guild');
  }
  return guild;
}

function form(body: unknown): URLSearchParams {
  return body instanceof URLSearchParams ? body : new URLSearchParams();
}

/** The Discord API v10 and OAuth2 endpoints Questboard uses, backed by one fake guild. */
export function discordRoutes(guild: FakeGuild, oauth: OAuthState): Route[] {
  const g = (params: Record<string, string>) => guildOf(guild, params.guild);
  const v10 = '/api/v10';
  return [
    {
      method: 'GET',
      pattern: `${v10}/users/@me`,
      auth: 'none',
      // A bearer token reads its user; the bot token reads the bot.
      handle: ({ user }) => ok(user ?? guild.bot),
    },
    {
      method: 'GET',
      pattern: `${v10}/users/@me/guilds/:guild/member`,
      auth: 'bearer',
      handle: ({ params, user }) => {
        g(params);
        const member = guild.members.get(user?.id ?? '');
        if (!member) throw new FakeApiError(404, 10004, 'Unknown Guild');
        return ok(member);
      },
    },
    {
      method: 'GET',
      pattern: `${v10}/guilds/:guild/roles`,
      auth: 'bot',
      handle: ({ params }) => ok([...g(params).roles.values()]),
    },
    {
      method: 'POST',
      pattern: `${v10}/guilds/:guild/roles`,
      auth: 'bot',
      handle: ({ params, body }) => ok(g(params).createRole(body as { name?: string })),
    },
    {
      method: 'DELETE',
      pattern: `${v10}/guilds/:guild/roles/:role`,
      auth: 'bot',
      handle: ({ params }) => (g(params).deleteRole(params.role ?? ''), ok()),
    },
    {
      method: 'GET',
      pattern: `${v10}/guilds/:guild/channels`,
      auth: 'bot',
      handle: ({ params }) => ok([...g(params).channels.values()]),
    },
    {
      method: 'POST',
      pattern: `${v10}/guilds/:guild/channels`,
      auth: 'bot',
      handle: ({ params, body }) => {
        const { id: _ignored, ...fields } = body as { id?: string; name?: string };
        return ok(g(params).createChannel(fields));
      },
    },
    {
      method: 'DELETE',
      pattern: `${v10}/channels/:channel`,
      auth: 'bot',
      handle: ({ params }) => ok(guild.deleteChannel(params.channel ?? '')),
    },
    {
      method: 'PUT',
      pattern: `${v10}/guilds/:guild/members/:user/roles/:role`,
      auth: 'bot',
      handle: ({ params }) => (
        g(params).setMemberRole(params.user ?? '', params.role ?? '', true),
        ok()
      ),
    },
    {
      method: 'DELETE',
      pattern: `${v10}/guilds/:guild/members/:user/roles/:role`,
      auth: 'bot',
      handle: ({ params }) => (
        g(params).setMemberRole(params.user ?? '', params.role ?? '', false),
        ok()
      ),
    },
    {
      method: 'PUT',
      pattern: `${v10}/channels/:channel/permissions/:target`,
      auth: 'bot',
      handle: ({ params, body }) => {
        const b = body as Partial<FakeOverwrite>;
        guild.setOverwrite(params.channel ?? '', {
          id: params.target ?? '',
          type: b.type ?? 1,
          allow: String(b.allow ?? '0'),
          deny: String(b.deny ?? '0'),
        });
        return ok();
      },
    },
    {
      method: 'DELETE',
      pattern: `${v10}/channels/:channel/permissions/:target`,
      auth: 'bot',
      handle: ({ params }) => {
        guild.setOverwrite(params.channel ?? '', { id: params.target ?? '', remove: true });
        return ok();
      },
    },
    {
      method: 'GET',
      pattern: `${v10}/channels/:channel/messages`,
      auth: 'bot',
      handle: ({ params, query }) => {
        guild.channel(params.channel ?? '');
        const limit = Math.min(Number(query.get('limit') ?? 50), 100);
        // Newest first, like Discord.
        return ok([...(guild.messages.get(params.channel ?? '') ?? [])].reverse().slice(0, limit));
      },
    },
    {
      method: 'POST',
      pattern: `${v10}/channels/:channel/messages`,
      auth: 'bot',
      handle: ({ params, body }) => ok(guild.postMessage(params.channel ?? '', body as object)),
    },
    {
      method: 'PATCH',
      pattern: `${v10}/channels/:channel/messages/:message`,
      auth: 'bot',
      handle: ({ params, body }) => {
        const message = guild.message(params.channel ?? '', params.message ?? '');
        const b = body as { embeds?: Record<string, unknown>[]; content?: string };
        if (b.embeds) message.embeds = b.embeds;
        if (b.content !== undefined) message.content = b.content;
        return ok(message);
      },
    },
    {
      method: 'DELETE',
      pattern: `${v10}/channels/:channel/messages/:message`,
      auth: 'bot',
      handle: ({ params }) => (
        guild.deleteMessage(params.channel ?? '', params.message ?? ''),
        ok()
      ),
    },
    {
      method: 'PUT',
      pattern: `${v10}/channels/:channel/messages/pins/:message`,
      auth: 'bot',
      handle: ({ params }) => {
        guild.message(params.channel ?? '', params.message ?? '').pinned = true;
        return ok();
      },
    },
    ...oauthRoutes(guild, oauth),
  ];
}

function oauthRoutes(guild: FakeGuild, oauth: OAuthState): Route[] {
  return [
    {
      // The consent page: approves at once for `authorizingUser` and redirects back.
      method: 'GET',
      pattern: '/oauth2/authorize',
      auth: 'none',
      handle: ({ query }) => {
        const redirectUri = query.get('redirect_uri') ?? '';
        if (
          query.get('client_id') !== oauth.clientId ||
          query.get('response_type') !== 'code' ||
          query.get('code_challenge_method') !== 'S256' ||
          !query.get('code_challenge') ||
          !redirectUri
        ) {
          return { status: 400, body: { error: 'invalid_request' } };
        }
        const userId = oauth.authorizingUser;
        if (!userId || !oauth.users.has(userId)) {
          return { status: 400, body: { error: 'access_denied' } };
        }
        const code = randomBytes(12).toString('hex');
        oauth.codes.set(code, {
          userId,
          redirectUri,
          challenge: query.get('code_challenge') ?? '',
          scope: query.get('scope') ?? '',
        });
        const back = new URL(redirectUri);
        back.searchParams.set('code', code);
        back.searchParams.set('state', query.get('state') ?? '');
        return { status: 302, headers: { location: back.toString() } };
      },
    },
    {
      method: 'POST',
      pattern: '/api/oauth2/token',
      auth: 'none',
      handle: ({ body, params }) => {
        const f = form(body);
        const [id, secret] = (params.basic ?? '').split(':');
        const clientId = id ?? f.get('client_id');
        const clientSecret = secret ?? f.get('client_secret');
        if (clientId !== oauth.clientId || clientSecret !== oauth.clientSecret) {
          return { status: 401, body: { error: 'invalid_client' } };
        }
        const code = oauth.codes.get(f.get('code') ?? '');
        oauth.codes.delete(f.get('code') ?? '');
        const verifier = f.get('code_verifier') ?? '';
        const challenge = createHash('sha256').update(verifier).digest('base64url');
        if (
          f.get('grant_type') !== 'authorization_code' ||
          !code ||
          code.redirectUri !== f.get('redirect_uri') ||
          code.challenge !== challenge
        ) {
          return { status: 400, body: { error: 'invalid_grant' } };
        }
        const token = randomBytes(16).toString('hex');
        oauth.tokens.set(token, code.userId);
        return ok({
          access_token: token,
          token_type: 'Bearer',
          expires_in: 604800,
          refresh_token: randomBytes(16).toString('hex'),
          scope: code.scope,
        });
      },
    },
  ];
}
