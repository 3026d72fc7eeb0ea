import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';

import type { DiscordGateway } from '@questboard/discord';

import type { OutboxConfig } from '../outboxConfig.js';
import type { ClaimedAction, GamePatch } from '../outboxStore.js';

/** What a handler gets to deliver one action. */
export interface HandlerContext {
  action: ClaimedAction;
  gateway: DiscordGateway;
  orm: MikroORM;
  config: OutboxConfig;
  logger: Logger;
  /**
   * Records a step's outcome (ids on the game, keys on the action's result) in a short
   * transaction of its own, right after the Discord call that produced it; `also` runs in
   * the same transaction.
   */
  record(
    result: Record<string, unknown>,
    game?: GamePatch,
    also?: (em: EntityManager) => Promise<void>,
  ): Promise<void>;
}

export type Handler = (ctx: HandlerContext) => Promise<void>;
