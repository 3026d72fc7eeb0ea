import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';

import type { DiscordGateway } from '@questboard/discord';

import { createServices, type Services } from './services/createServices.js';
import type { Actor } from './services/Service.js';

export interface CreateContextOptions {
  orm: MikroORM;
  /** The signed-in member, loaded by the server from the session cookie; null when anonymous. */
  user: Actor | null;
  /** Goes on every log line of the request. */
  requestId: string;
  /** A process-level logger, not yet tagged: the context adds the request id to it. */
  logger: Logger;
  /** Kept for the host (the OutboxWorker delivers through it); services never call it. */
  discord?: DiscordGateway;
  /** Called after a commit that recorded Discord actions: wake the OutboxWorker. */
  onCommit?: () => void;
}

/** What every procedure receives. Holds no EntityManager: each service call forks its own. */
export interface Context {
  orm: MikroORM;
  user: Actor | null;
  requestId: string;
  logger: Logger;
  discord: DiscordGateway | undefined;
  services: Services;
}

/**
 * Builds the context of one HTTP request (shared by the calls of a batch) or of a direct
 * `createCaller`. Each service method still runs on its own fork and transaction.
 */
export function createContext(options: CreateContextOptions): Context {
  const logger = options.logger.child({ requestId: options.requestId });
  return {
    orm: options.orm,
    user: options.user,
    requestId: options.requestId,
    logger,
    discord: options.discord,
    services: createServices({
      orm: options.orm,
      logger,
      ...(options.onCommit ? { onCommit: options.onCommit } : {}),
    }),
  };
}
