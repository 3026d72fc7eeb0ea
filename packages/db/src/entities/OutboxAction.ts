import { EntitySchema, type Opt } from '@mikro-orm/core';

import { OUTBOX_STATUSES, sqlList, type OutboxStatus } from './enums.js';

/**
 * One Discord action a committed change needs, written in the same transaction as the change
 * and delivered afterwards by the outbox worker, in order per game.
 */
export class OutboxAction {
  id!: number;
  /** Not a foreign key: a deleted game still needs its channel and role removed. */
  gameId: number | null = null;
  kind!: string;
  payload: Opt<Record<string, unknown>> = {};
  status: Opt<OutboxStatus> = 'pending';
  attempts: Opt<number> = 0;
  nextAttemptAt: Opt<Date> = new Date();
  lastError: string | null = null;
  /** What Discord answered (ids it created), recorded before the next action of the game runs. */
  result: Record<string, unknown> | null = null;
  createdAt: Opt<Date> = new Date();
  doneAt: Date | null = null;
}

export const OutboxActionSchema = new EntitySchema<OutboxAction>({
  class: OutboxAction,
  tableName: 'outbox_action',
  checks: [
    { name: 'outbox_action_status_check', expression: `status in (${sqlList(OUTBOX_STATUSES)})` },
    { name: 'outbox_action_attempts_check', expression: 'attempts >= 0' },
  ],
  indexes: [
    { name: 'outbox_action_status_next_idx', properties: ['status', 'nextAttemptAt'] },
    { name: 'outbox_action_game_idx', properties: ['gameId', 'id'] },
  ],
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    gameId: { type: 'integer', nullable: true },
    kind: { type: 'string', length: 64 },
    payload: { type: 'json' },
    status: { type: 'string', length: 16, default: 'pending' },
    attempts: { type: 'integer', default: 0 },
    nextAttemptAt: { type: 'Date', defaultRaw: 'now()' },
    lastError: { type: 'text', nullable: true },
    result: { type: 'json', nullable: true },
    createdAt: { type: 'Date', defaultRaw: 'now()' },
    doneAt: { type: 'Date', nullable: true },
  },
});
