import type { EntityManager } from '@mikro-orm/postgresql';

import { GameEvent, type GameEventAction } from '@questboard/db';

import { Service } from '../Service.js';

/** What the game services share: writing the audit line of each step. */
export abstract class GameServiceBase extends Service {
  /** Writes (and flushes) the GameEvent of a step, inside the service's transaction. */
  protected async logEvent(
    em: EntityManager,
    action: GameEventAction,
    gameId: number,
    description: string | null,
    userId: string | null,
  ): Promise<GameEvent> {
    return em.getRepository(GameEvent).log(action, gameId, description, userId);
  }
}
