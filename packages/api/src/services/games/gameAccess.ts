import type { EntityManager } from '@mikro-orm/postgresql';

import { Game } from '@questboard/db';

import { Conflict, Forbidden } from '../../errors/index.js';
import type { Actor } from '../Service.js';

/** Whether the actor runs this game: its GM, or an admin. */
export function runsGame(actor: Actor | null, game: Game): boolean {
  return !!actor && (actor.isAdmin || game.gm.id === actor.id);
}

/** Refuses anyone but the game's GM and admins. */
export function assertRunsGame(actor: Actor, game: Game): void {
  if (!runsGame(actor, game)) {
    throw new Forbidden('Only the GM of this game or an admin can do this', 'not_game_gm');
  }
}

/** Refuses changes to an archived game: archiving is final. */
export function assertNotArchived(game: Game): void {
  if (game.status === 'archived') {
    throw new Conflict('archived', 'This game is archived');
  }
}

/**
 * The game locked for the rest of the transaction, after checking the actor runs it. Every
 * status change goes through this lock, so checks and writes never interleave.
 */
export async function lockOwnedGame(
  em: EntityManager,
  actor: Actor,
  gameId: number,
): Promise<Game> {
  const game = await em.getRepository(Game).getForUpdate(gameId);
  assertRunsGame(actor, game);
  return game;
}
