import { LockMode } from '@mikro-orm/core';

import { Game, OutboxAction, type OutboxStatus, type Page } from '@questboard/db';

import { InvalidInput, NotFound } from '../errors/index.js';
import type { OutboxListInput } from '../schemas/index.js';
import { Service } from '../services/Service.js';

/** An outbox action as admins see it, with the game's name while the game exists. */
export interface OutboxActionDto {
  id: number;
  gameId: number | null;
  gameName: string | null;
  kind: string;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  payload: Record<string, unknown>;
  result: Record<string, unknown> | null;
  createdAt: Date;
  doneAt: Date | null;
}

/** Admins watch the Discord outbox and send a failed action again. */
export class OutboxService extends Service {
  /** A page of actions in the given statuses, newest first, plus how many wait and failed. */
  async list(
    input: OutboxListInput,
  ): Promise<Page<OutboxActionDto> & { counts: Record<OutboxStatus, number> }> {
    return this.read(async (em) => {
      const { page, perPage } = input;
      const [actions, total] = await em.findAndCount(
        OutboxAction,
        {
          status: { $in: input.status },
          ...(input.gameId !== undefined ? { gameId: input.gameId } : {}),
        },
        { orderBy: { id: 'desc' }, limit: perPage, offset: (page - 1) * perPage },
      );

      const gameIds = [...new Set(actions.flatMap((a) => (a.gameId === null ? [] : [a.gameId])))];
      const games = gameIds.length
        ? await em.find(Game, { id: { $in: gameIds } }, { fields: ['id', 'name'] })
        : [];
      const names = new Map(games.map((g) => [g.id, g.name]));

      const rows = await em.execute<{ status: OutboxStatus; count: string }[]>(
        `select status, count(*) as count from outbox_action group by status`,
      );
      const counts = { pending: 0, done: 0, failed: 0 };
      for (const row of rows) counts[row.status] = Number(row.count);

      return {
        items: actions.map((a) => ({
          id: a.id,
          gameId: a.gameId,
          gameName: a.gameId === null ? null : (names.get(a.gameId) ?? null),
          kind: a.kind,
          status: a.status,
          attempts: a.attempts,
          nextAttemptAt: a.nextAttemptAt,
          lastError: a.lastError,
          payload: a.payload,
          result: a.result,
          createdAt: a.createdAt,
          doneAt: a.doneAt,
        })),
        total,
        page,
        perPage,
        pages: Math.ceil(total / perPage),
        counts,
      };
    });
  }

  /**
   * Sends a failed action again from its first attempt, or a pending one now instead of
   * after its backoff. Later actions of its game wait for it again.
   */
  async retry(actionId: number): Promise<void> {
    await this.transaction(async (em) => {
      const action = await em.findOne(OutboxAction, actionId, {
        lockMode: LockMode.PESSIMISTIC_WRITE,
      });
      if (!action) {
        throw new NotFound('Outbox action', actionId);
      }
      if (action.status === 'done') {
        throw new InvalidInput(
          'id',
          'This action was delivered; only failed or pending ones are retried',
        );
      }
      if (action.status === 'failed') {
        action.attempts = 0;
      }
      action.status = 'pending';
      action.nextAttemptAt = new Date();
    });
    this.logger.info({ outboxId: actionId }, 'outbox action retried by an admin');
    this.deps.onCommit?.();
  }
}
