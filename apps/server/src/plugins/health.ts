import type { FastifyInstance } from 'fastify';

import type { MikroORM } from '@questboard/db';

import { databaseAnswers } from '../database.js';

/** GET /healthz: the process serves requests. GET /readyz: and the database answers. */
export function healthRoutes(app: FastifyInstance, { orm }: { orm: MikroORM }): void {
  // Probes come often and from one address: keep them out of the rate limit.
  const config = { rateLimit: false };

  app.get('/healthz', { config }, (_request, reply) => reply.send({ status: 'ok' }));

  app.get('/readyz', { config }, async (_request, reply) => {
    if (await databaseAnswers(orm)) return { status: 'ok', database: 'ok' };
    return reply.code(503).send({ status: 'unavailable', database: 'unreachable' });
  });
}
