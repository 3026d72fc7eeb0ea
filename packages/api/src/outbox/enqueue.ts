import type { EntityManager } from '@mikro-orm/postgresql';

import { OutboxAction } from '@questboard/db';

/**
 * The Discord actions a committed change can need, delivered by the OutboxWorker in order
 * per game:
 * - `game.publish`: create the role, the channel and the announcement for the game as it is now
 * - `game.refresh`: edit the announcement to match the game
 * - `game.archive`: delete the channel and the role, mark the announcement archived
 * - `game.delete`: the same for a deleted game; the payload carries what the row held
 * - `member.add` / `member.remove`: give or take the game's role from `{ userId }`
 */
export const OUTBOX_KINDS = [
  'game.publish',
  'game.refresh',
  'game.archive',
  'game.delete',
  'member.add',
  'member.remove',
] as const;
export type OutboxKind = (typeof OUTBOX_KINDS)[number];

/** What a `game.delete` action needs, since the game row is gone when it runs. */
export interface GameDeletePayload {
  channel: string | null;
  role: string | null;
  msgId: string | null;
  categoryId: string | null;
}

export interface MemberPayload {
  userId: string;
}

const enqueuedIn = new WeakSet<EntityManager>();

/**
 * Records a Discord action in the outbox on the service's transaction; it is written at the
 * service's next flush and commits (or rolls back) with the change that needs it.
 */
export function enqueueDiscord(
  em: EntityManager,
  gameId: number | null,
  kind: OutboxKind,
  payload: Record<string, unknown> = {},
): OutboxAction {
  enqueuedIn.add(em);
  return em.create(OutboxAction, { gameId, kind, payload, result: null });
}

/** Whether this EntityManager recorded an outbox action, so the worker is worth waking. */
export function hasEnqueued(em: EntityManager): boolean {
  return enqueuedIn.has(em);
}
