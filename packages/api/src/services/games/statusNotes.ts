import type { EntityManager } from '@mikro-orm/postgresql';

import { GameEvent } from '@questboard/db';

/**
 * Descriptions of the `edit` events that change a game's status. The latest of them tells
 * why a closed game is closed, so a freed seat reopens only a game that closed itself.
 */
export const STATUS_NOTES = {
  published: 'Published',
  publishedClosed: 'Published closed (silent)',
  closed: 'Closed by the GM',
  closedFull: 'Closed: the table is full',
  reopened: 'Reopened by the GM',
  reopenedSeat: 'Reopened: a seat freed up',
  archived: 'Archived',
} as const;
export type StatusNote = (typeof STATUS_NOTES)[keyof typeof STATUS_NOTES];

/** Whether the game's latest status change was closing itself on a full table. */
export async function closedItself(em: EntityManager, gameId: number): Promise<boolean> {
  const latest = await em.findOne(
    GameEvent,
    { game: gameId, action: 'edit', description: { $in: Object.values(STATUS_NOTES) } },
    { orderBy: { id: 'desc' }, fields: ['description'] },
  );
  return latest?.description === STATUS_NOTES.closedFull;
}
