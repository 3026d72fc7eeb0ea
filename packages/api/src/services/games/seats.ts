import type { EntityManager } from '@mikro-orm/postgresql';

import { Registration, type Game, type GameEventAction } from '@questboard/db';

import { closedItself, STATUS_NOTES } from './statusNotes.js';

export type EventLogger = (
  action: GameEventAction,
  gameId: number,
  description: string | null,
  userId: string | null,
) => Promise<unknown>;

/** Seats taken at a game's table. */
export async function countSeats(em: EntityManager, gameId: number): Promise<number> {
  return em.count(Registration, { game: gameId });
}

/** Whether first-come registration has no seat left (a GM-selected party never fills up). */
export function isFull(game: Game, seats: number): boolean {
  return !game.partySelection && seats >= game.partySize;
}

/**
 * After a change to the table or its size (the game row locked): an open game that is now
 * full closes itself, and a game that closed itself reopens when a seat is free again.
 * A game the GM closed stays closed. Returns whether the status changed.
 */
export async function settleSeats(
  em: EntityManager,
  game: Game,
  userId: string | null,
  log: EventLogger,
): Promise<boolean> {
  const seats = await countSeats(em, game.id);

  if (game.status === 'open' && isFull(game, seats)) {
    game.status = 'closed';
    await log('edit', game.id, STATUS_NOTES.closedFull, userId);
    return true;
  }
  if (game.status === 'closed' && !isFull(game, seats) && (await closedItself(em, game.id))) {
    game.status = 'open';
    await log('edit', game.id, STATUS_NOTES.reopenedSeat, userId);
    return true;
  }
  return false;
}
