import type { FastifyInstance } from 'fastify';

import { User, type MikroORM } from '@questboard/db';
import {
  OAuthError,
  OAuthStateError,
  type DiscordIdentity,
  type DiscordOAuth,
} from '@questboard/discord';

import { setSession } from './session.js';

export interface DiscordAuthOptions {
  orm: MikroORM;
  oauth: DiscordOAuth;
  /** Mark cookies Secure (the public origin is https). */
  secureCookie: boolean;
  /** Refuse Discord users who are not in the club's guild. */
  requireMember: boolean;
}

/** Holds the OAuth `state` and PKCE verifier between the redirect to Discord and the way back. */
export const OAUTH_COOKIE = 'qb_oauth';
const OAUTH_COOKIE_MAX_AGE = 10 * 60;
const OAUTH_PATH = '/auth/discord';

/** Creates the member at first sign-in, refreshes names and roles at each one after. */
async function upsertUser(orm: MikroORM, identity: DiscordIdentity): Promise<User> {
  return orm.em.fork().transactional(async (em) => {
    const fields = {
      name: identity.name.slice(0, 100),
      username: identity.username.slice(0, 100),
      isGm: identity.isGm,
      isAdmin: identity.isAdmin,
    };
    const user = await em.findOne(User, { id: identity.id });
    if (user) {
      em.assign(user, fields);
      return user;
    }
    return em.create(User, { id: identity.id, ...fields, createdAt: new Date() });
  });
}

/**
 * "Sign in with Discord": GET /auth/discord sends the browser to Discord's consent page with a
 * fresh state and PKCE challenge (kept in a signed, HttpOnly cookie scoped to /auth/discord);
 * GET /auth/discord/callback checks the state, exchanges the code, reads the member's guild
 * roles, creates or refreshes the user and opens the session. Sign-out is POST /auth/logout.
 */
export function discordAuthRoutes(app: FastifyInstance, options: DiscordAuthOptions): void {
  const cookieOptions = {
    signed: true,
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: options.secureCookie,
    path: OAUTH_PATH,
  };

  app.get(OAUTH_PATH, async (_request, reply) => {
    const pending = options.oauth.begin();
    reply.setCookie(OAUTH_COOKIE, `${pending.state}.${pending.codeVerifier}`, {
      ...cookieOptions,
      maxAge: OAUTH_COOKIE_MAX_AGE,
    });
    return reply.redirect(pending.url);
  });

  app.get(`${OAUTH_PATH}/callback`, async (request, reply) => {
    const query = request.query as Record<string, string | undefined>;
    const raw = request.cookies[OAUTH_COOKIE];
    // One use only, whatever happens next.
    reply.clearCookie(OAUTH_COOKIE, cookieOptions);

    if (query.error) {
      return reply.redirect('/?signIn=cancelled');
    }
    const unsigned = raw ? request.unsignCookie(raw) : null;
    const [state, codeVerifier] =
      unsigned?.valid && unsigned.value ? unsigned.value.split('.') : [];
    if (!state || !codeVerifier || !query.code) {
      return reply.code(400).send({
        error: 'Bad Request',
        message: 'Sign-in expired or was started elsewhere: try again',
      });
    }

    let identity: DiscordIdentity;
    try {
      identity = await options.oauth.complete({
        code: query.code,
        state: query.state ?? '',
        pending: { state, codeVerifier },
      });
    } catch (error) {
      if (error instanceof OAuthStateError) {
        request.log.warn('discord sign-in refused: state mismatch');
        return reply.code(400).send({ error: 'Bad Request', message: 'Sign-in state mismatch' });
      }
      if (error instanceof OAuthError) {
        request.log.warn({ status: error.status }, 'discord sign-in refused by Discord');
        return reply
          .code(502)
          .send({ error: 'Bad Gateway', message: 'Discord refused the sign-in' });
      }
      throw error;
    }

    if (!identity.isMember && options.requireMember) {
      request.log.info({ userId: identity.id }, 'discord sign-in refused: not in the guild');
      return reply
        .code(403)
        .send({ error: 'Forbidden', message: 'Join the club’s Discord server first' });
    }

    const user = await upsertUser(options.orm, identity);
    setSession(reply, user.id, options.secureCookie);
    request.log.info(
      { userId: user.id, isGm: user.isGm, isAdmin: user.isAdmin },
      'discord sign-in',
    );
    return reply.redirect('/');
  });
}
