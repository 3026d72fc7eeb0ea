import type { FilterQuery } from '@mikro-orm/core';

import { containsPattern, GameEvent, type Page } from '@questboard/db';

import type { EventListInput } from '../../schemas/index.js';
import { Service } from '../Service.js';

/** The audit log: every lifecycle step of every game, for admins. */
export class AuditLogService extends Service {
  /**
   * A page of events, newest first, game and user loaded. `search` matches the description,
   * the action or the game's name; `gameId` and `action` narrow it further.
   */
  async list(input: EventListInput): Promise<Page<GameEvent>> {
    return this.read(async (em) => {
      const where: FilterQuery<GameEvent>[] = [];
      const search = input.search?.trim();
      if (search) {
        const pattern = containsPattern(search);
        where.push({
          $or: [
            { description: { $ilike: pattern } },
            { action: { $ilike: pattern } },
            { game: { name: { $ilike: pattern } } },
          ],
        });
      }
      if (input.gameId !== undefined) {
        where.push({ game: input.gameId });
      }
      if (input.action !== undefined) {
        where.push({ action: input.action });
      }

      const { page, perPage } = input;
      const [items, total] = await em.getRepository(GameEvent).findAndCount(
        { $and: where },
        {
          populate: ['game', 'user'],
          orderBy: { timestamp: 'desc', id: 'desc' },
          limit: perPage,
          offset: (page - 1) * perPage,
        },
      );
      return { items, total, page, perPage, pages: Math.ceil(total / perPage) };
    });
  }
}
