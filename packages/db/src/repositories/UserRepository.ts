import type { User } from '../entities/User.js';
import { BaseRepository } from './BaseRepository.js';

export class UserRepository extends BaseRepository<User> {
  protected override readonly searchColumns = ['name', 'username'];

  /** Members still in the club, by name. */
  async getActiveUsers(): Promise<User[]> {
    return this.find({ notPlayerAsOf: null }, { orderBy: { name: 'asc', id: 'asc' } });
  }

  /** Ids of members still in the club; a scalar query, no entity is loaded. */
  async getActiveUserIds(): Promise<string[]> {
    return this.selectIds(false);
  }

  /** Ids of members who left the club; a scalar query, no entity is loaded. */
  async getInactiveUserIds(): Promise<string[]> {
    return this.selectIds(true);
  }

  /** The users among `ids` that exist. An empty list runs no query. */
  async getByIds(ids: readonly string[]): Promise<User[]> {
    if (ids.length === 0) {
      return [];
    }
    return this.find({ id: { $in: [...ids] } }, { orderBy: { name: 'asc', id: 'asc' } });
  }

  private async selectIds(inactive: boolean): Promise<string[]> {
    const rows = await this.createQueryBuilder('u')
      .select('u.id')
      .where({ notPlayerAsOf: inactive ? { $ne: null } : null })
      .orderBy({ id: 'asc' })
      .execute<{ id: string }[]>('all', false);
    return rows.map((row) => row.id);
  }
}
