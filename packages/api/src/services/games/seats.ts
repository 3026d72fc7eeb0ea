import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

import { Registration, type Game, type GameEventAction } from '@questboard/db';

import { Conflict } from '../../errors/index.js';
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

/** Seats taken at a game's table and whether `userId` holds one of them, in one query. */
export async function readTable(
  em: EntityManager,
  gameId: number,
  userId: string,
): Promise<{ seats: number; seated: boolean }> {
  const [row] = await em
    .createQueryBuilder(Registration, 'r')
    .select([
      raw('count(*)::int as seats'),
      raw('coalesce(bool_or(r.user_id = ?), false) as seated', [userId]),
    ])
    .where({ game: gameId })
    .execute<{ seats: number; seated: boolean }[]>('all', false);
  return row ?? { seats: 0, seated: false };
}

/** Whether first-come registration has no seat left (a GM-selected party never fills up). */
export function isFull(game: Game, seats: number): boolean {
  return !game.partySelection && seats >= game.partySize;
}

/**
 * Refuses an update (the game row locked) that would leave a first-come table with fewer seats
 * than players already seated: a smaller party size, or the end of party selection with more
 * candidates than the size. Only a change is checked, so a table the GM forced past its size
 * stays editable and may grow.
 */
export async function assertPartyHoldsSeats(
  em: EntityManager,
  game: Game,
  change: { partySize?: number | undefined; partySelection?: boolean | undefined },
): Promise<void> {
  const partySize = change.partySize ?? game.partySize;
  const partySelection = change.partySelection ?? game.partySelection;
  const shrunk = partySize < game.partySize;
  const selectionEnded = game.partySelection && !partySelection;
  if (partySelection || (!shrunk && !selectionEnded)) {
    return;
  }

  const seats = await countSeats(em, game.id);
  if (partySize < seats) {
    throw new Conflict(
      'party_below_seated',
      `The party size cannot be below the ${seats} players already seated`,
      shrunk ? 'partySize' : 'partySelection',
    );
  }
}

/**
 * After a change to the table or its size (the game row locked): an open game that is now
 * full closes itself, and a game that closed itself reopens when a seat is free again.
 * A game the GM closed stays closed. `knownSeats` spares the count when the caller just read
 * the table under the lock. Returns whether the status changed.
 */
export async function settleSeats(
  em: EntityManager,
  game: Game,
  userId: string | null,
  log: EventLogger,
  knownSeats?: number,
): Promise<boolean> {
  const seats = knownSeats ?? (await countSeats(em, game.id));

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
