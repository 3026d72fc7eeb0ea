import { randomUUID } from 'node:crypto';

import cookie from '@fastify/cookie';
import Fastify, { type FastifyBaseLogger, type FastifyError, type FastifyInstance } from 'fastify';
import type { Logger } from 'pino';

import type { MikroORM } from '@questboard/db';
import type { DiscordGateway } from '@questboard/discord';

import type { Config } from './config.js';
import { discordAuthRoutes } from './discordAuth.js';
import { discordOAuth } from './discordSetup.js';
import { authRoutes } from './plugins/auth.js';
import { healthRoutes } from './plugins/health.js';
import { registerSecurity } from './plugins/security.js';
import { trpcRoutes } from './plugins/trpc.js';
import { webRoutes } from './plugins/web.js';
import { RequestLog } from './requestLog.js';

/** What the server runs on, built by `startServer` or by a test. */
export interface ServerDeps {
  orm: MikroORM;
  logger: Logger;
  /** Signs the session cookie; at least 32 characters. */
  sessionSecret: string;
  discord?: DiscordGateway;
  onCommit?: () => void;
}

/** Incoming request ids are kept when they look like one (a proxy's or a client's). */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Trust the nearest `hops` proxies (TRUST_PROXY=<number>). */
const trustHops = (hops: number) => (_address: string, hop: number) => hop < hops;

/**
 * Builds the Fastify app — security, health, sessions, /trpc, the web app — without listening.
 * Call `listen` on the result, or `inject` in tests.
 */
export async function buildServer(config: Config, deps: ServerDeps): Promise<FastifyInstance> {
  // Typed with Fastify's logger interface so route modules take a plain FastifyInstance.
  const loggerInstance: FastifyBaseLogger = deps.logger;
  const app = Fastify({
    loggerInstance,
    logController: new RequestLog(),
    genReqId(request) {
      const incoming = request.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
    bodyLimit: config.bodyLimit,
    trustProxy:
      typeof config.trustProxy === 'number' ? trustHops(config.trustProxy) : config.trustProxy,
    // tRPC puts a batch's procedure names in the path.
    routerOptions: { maxParamLength: 5000 },
    return503OnClosing: true,
  });

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      return reply
        .code(status)
        .send({ error: 'Internal Server Error', message: 'Something went wrong' });
    }
    return reply.code(status).send({ error: error.code ?? 'Bad Request', message: error.message });
  });

  await registerSecurity(app, config);
  await app.register(cookie, { secret: deps.sessionSecret });

  const secureCookie = config.publicOrigin?.startsWith('https:') ?? false;
  healthRoutes(app, { orm: deps.orm });
  const oauth = discordOAuth(config.discord);
  authRoutes(app, {
    orm: deps.orm,
    demoSignIn: config.demoSignIn,
    discordSignIn: oauth !== undefined,
    secureCookie,
  });
  if (oauth) {
    const requireMember = config.discord?.oauth?.requireMember ?? true;
    discordAuthRoutes(app, { orm: deps.orm, oauth, secureCookie, requireMember });
  }
  await trpcRoutes(app, {
    orm: deps.orm,
    maxBatchSize: config.maxBatchSize,
    ...(deps.discord ? { discord: deps.discord } : {}),
    ...(deps.onCommit ? { onCommit: deps.onCommit } : {}),
  });
  await webRoutes(app, { webDir: config.webDir });

  return app;
}
