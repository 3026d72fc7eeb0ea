import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';

import { appRouter, createContext, type AppRouter } from '@questboard/api';
import type { MikroORM } from '@questboard/db';
import type { DiscordGateway } from '@questboard/discord';

import { loadSessionUser } from '../session.js';

export interface TrpcOptions {
  orm: MikroORM;
  /** Most calls one batched request may carry; a larger batch is refused before any runs. */
  maxBatchSize: number;
  discord?: DiscordGateway;
  /** Wakes the outbox worker after a commit that recorded Discord actions. */
  onCommit?: () => void;
}

/** The API at /trpc: each request's context carries its user, request id and logger. */
export async function trpcRoutes(app: FastifyInstance, options: TrpcOptions): Promise<void> {
  const { orm, discord, onCommit } = options;

  const trpcOptions: FastifyTRPCPluginOptions<AppRouter>['trpcOptions'] = {
    router: appRouter,
    maxBatchSize: options.maxBatchSize,
    async createContext({ req }) {
      return createContext({
        orm,
        user: await loadSessionUser(req, orm),
        requestId: req.id,
        // The process logger: createContext tags it with the request id (req.log already
        // carries that tag, so passing it would tag the lines twice).
        logger: app.log as Logger,
        ...(discord ? { discord } : {}),
        ...(onCommit ? { onCommit } : {}),
      });
    },
  };

  await app.register(fastifyTRPCPlugin, { prefix: '/trpc', trpcOptions });
}
