import type { FastifyInstance } from 'fastify';
import { z } from 'zod';

import { DEMO_ACCOUNTS, User, type MikroORM } from '@questboard/db';

import {
  clearSession,
  loadSessionUser,
  setSession,
  toSessionUser,
  type SessionUser,
} from '../session.js';

export interface AuthOptions {
  orm: MikroORM;
  /** Offer the demo sign-in (pick any seeded member). Never on a real club's database. */
  demoSignIn: boolean;
  /** "Sign in with Discord" is configured (its routes live in discordAuth.ts). */
  discordSignIn: boolean;
  /** Mark the session cookie Secure (the public origin is https). */
  secureCookie: boolean;
}

/** Sign-in methods the web app may offer. */
export interface SignInMethods {
  demo: boolean;
  discord: boolean;
}

const demoSignInBody = z.object({
  userId: z.string().regex(/^\d{17,21}$/, { error: 'userId must be a Discord snowflake' }),
});

/**
 * Session routes under /auth: who is signed in, sign out, and the demo sign-in. The Discord
 * OAuth2 routes (/auth/discord, /auth/discord/callback) are in ../discordAuth.ts.
 */
export function authRoutes(app: FastifyInstance, options: AuthOptions): void {
  const { orm, secureCookie } = options;
  const methods: SignInMethods = { demo: options.demoSignIn, discord: options.discordSignIn };

  app.get('/auth/session', async (request) => ({
    user: await loadSessionUser(request, orm),
    signIn: methods,
  }));

  app.post('/auth/logout', async (_request, reply) => {
    clearSession(reply, secureCookie);
    return { ok: true };
  });

  if (options.demoSignIn) demoRoutes(app, options);
}

function demoRoutes(app: FastifyInstance, { orm, secureCookie }: AuthOptions): void {
  app.get('/auth/demo/users', async () => {
    const users = await orm.em
      .fork()
      .find(
        User,
        { notPlayerAsOf: null },
        { orderBy: { isAdmin: 'desc', isGm: 'desc', name: 'asc' }, limit: 50 },
      );

    const members = users.map(toSessionUser);
    // The seeded demo accounts first; on a database without them, the first of each kind.
    const pick = (id: string, fallback: (user: SessionUser) => boolean) =>
      members.find((user) => user.id === id) ?? members.find(fallback) ?? null;
    return {
      suggested: {
        player: pick(DEMO_ACCOUNTS.player.id, (user) => !user.isGm && !user.isAdmin),
        gm: pick(DEMO_ACCOUNTS.gm.id, (user) => user.isGm && !user.isAdmin),
        admin: pick(DEMO_ACCOUNTS.admin.id, (user) => user.isAdmin),
      },
      users: members,
    };
  });

  app.post('/auth/demo', async (request, reply) => {
    const body = demoSignInBody.safeParse(request.body);
    if (!body.success) {
      return reply.code(400).send({ error: 'Bad Request', message: body.error.issues[0]!.message });
    }

    const user = await orm.em.fork().findOne(User, { id: body.data.userId });
    if (!user) {
      return reply.code(404).send({ error: 'Not Found', message: 'No member has that id' });
    }

    setSession(reply, user.id, secureCookie);
    request.log.info({ userId: user.id }, 'demo sign-in');
    return { user: toSessionUser(user) };
  });
}
