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
    const rows = await this.em.getConnection().execute<{ quantity: number }[]>(
      `insert into user_trophy (user_id, trophy_id, quantity)
       select ?, t.id, case when t.unique then 1 else ? end from trophy t where t.id = ?
       on conflict (user_id, trophy_id) do update
         set quantity = case
           when (select t.unique from trophy t where t.id = excluded.trophy_id)
             then user_trophy.quantity
           else user_trophy.quantity + excluded.quantity
         end
       returning quantity`,
      [userId, amount, trophyId],
      'all',
      this.em.getTransactionContext(),
    );
    const quantity = rows[0]?.quantity;
    if (quantity === undefined) {
      throw new NotFoundError('Trophy', trophyId);
    }

    // The upsert went around the identity map: a row already loaded in this fork would keep
    // its old quantity (and getUserTrophy would return it) unless reloaded.
    const managed = this.em
      .getUnitOfWork()
      .getById<UserTrophy>(UserTrophy.name, [userId, trophyId] as never);
    if (managed) {
      await this.em.refresh(managed);
    }
    return quantity;
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
