import { raw } from '@mikro-orm/core';

import type { Trophy } from '../entities/Trophy.js';
import type { User } from '../entities/User.js';
import { UserTrophy } from '../entities/UserTrophy.js';
import { BaseRepository } from './BaseRepository.js';
import { NotFoundError } from './NotFoundError.js';

export interface LeaderboardRow {
  user: User;
  total: number;
}

export class TrophyRepository extends BaseRepository<Trophy> {
  protected override readonly searchColumns = ['name'];

  async getUserTrophy(userId: string, trophyId: number): Promise<UserTrophy | null> {
    return this.em.findOne(UserTrophy, { user: userId, trophy: trophyId });
  }

  /**
   * Gives a user `amount` more of a trophy in one atomic upsert; a unique trophy stays at 1.
   * Returns the user's new quantity.
   */
  async awardTrophy(userId: string, trophyId: number, amount = 1): Promise<number> {
    const quantities = await this.awardTrophies([userId], trophyId, amount);
    return quantities.get(userId) ?? 0;
  }

  /**
   * Gives each user `amount` more of a trophy in one atomic upsert, however many users; a unique
   * trophy stays at 1. Returns each user's new quantity. An empty list runs no query.
   */
  async awardTrophies(
    userIds: readonly string[],
    trophyId: number,
    amount = 1,
  ): Promise<Map<string, number>> {
    const users = [...new Set(userIds)];
    if (users.length === 0) {
      return new Map();
    }
    const rows = await this.em.getConnection().execute<{ user_id: string; quantity: number }[]>(
      `insert into user_trophy (user_id, trophy_id, quantity)
       select u.id, t.id, case when t.unique then 1 else ? end
       from trophy t cross join jsonb_array_elements_text(?::jsonb) as u(id)
       where t.id = ?
       on conflict (user_id, trophy_id) do update
         set quantity = case
           when (select t.unique from trophy t where t.id = excluded.trophy_id)
             then user_trophy.quantity
           else user_trophy.quantity + excluded.quantity
         end
       returning user_id, quantity`,
      [amount, JSON.stringify(users), trophyId],
      'all',
      this.em.getTransactionContext(),
    );
    if (rows.length === 0) {
      throw new NotFoundError('Trophy', trophyId);
    }

    // The upsert went around the identity map: a row already loaded in this fork would keep
    // its old quantity (and getUserTrophy would return it) unless reloaded.
    const unitOfWork = this.em.getUnitOfWork();
    for (const userId of users) {
      const managed = unitOfWork.getById<UserTrophy>(UserTrophy.name, [userId, trophyId] as never);
      if (managed) {
        await this.em.refresh(managed);
      }
    }
    return new Map(rows.map((row) => [row.user_id, row.quantity]));
  }

  /** The id of the trophy with that name, created (not unique, no icon) if it does not exist. */
  async ensureNamed(name: string): Promise<number> {
    const rows = await this.em.getConnection().execute<{ id: number }[]>(
      `insert into trophy (name) values (?)
       on conflict (name) do update set name = excluded.name
       returning id`,
      [name],
      'all',
      this.em.getTransactionContext(),
    );
    // An upsert with `returning` answers exactly one row.
    return rows[0]!.id;
  }

  /** Members with the most of a trophy, ties by name. Members who left the club are not ranked. */
  async getLeaderboard(trophyId: number, limit = 10): Promise<LeaderboardRow[]> {
    const rows = await this.em.find(
      UserTrophy,
      { trophy: trophyId, user: { notPlayerAsOf: null } },
      {
        populate: ['user'],
        orderBy: [{ quantity: 'desc' }, { user: { name: 'asc' } }, { user: { id: 'asc' } }],
        limit,
        strategy: 'joined',
      },
    );
    return rows.map((row) => ({ user: row.user, total: row.quantity }));
  }

  /** A user's trophy case, trophies populated. */
  async getUserTrophies(userId: string): Promise<UserTrophy[]> {
    return this.em.find(
      UserTrophy,
      { user: userId },
      { populate: ['trophy'], orderBy: { trophy: { name: 'asc' } }, strategy: 'joined' },
    );
  }

  /** Sum of all quantities ever awarded. */
  async countAwarded(): Promise<number> {
    const rows = await this.em
      .createQueryBuilder(UserTrophy, 'ut')
      // raw(): a plain string is quoted as one identifier and the query fails.
      .select(raw('coalesce(sum(ut.quantity), 0)::int as total'))
      .execute<{ total: number }[]>('all', false);
    return rows[0]?.total ?? 0;
  }
}
