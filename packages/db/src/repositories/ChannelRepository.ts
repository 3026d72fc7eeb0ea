import { raw } from '@mikro-orm/core';

import type { Channel } from '../entities/Channel.js';
import type { GameType } from '../entities/enums.js';
import { BaseRepository } from './BaseRepository.js';

export class ChannelRepository extends BaseRepository<Channel> {
  protected override readonly searchColumns = ['id'];

  /** The category of that game type holding the fewest channels, or null if there is none. */
  async getSmallestByType(type: GameType): Promise<Channel | null> {
    return this.findOne({ type }, { orderBy: { size: 'asc', id: 'asc' } });
  }

  /** Counts one more channel, atomically in SQL; the managed entity shows the new size. */
  async incrementSize(channel: Channel): Promise<Channel> {
    return this.changeSize(channel, 'size + 1');
  }

  /** Counts one channel less, atomically in SQL and never below 0. */
  async decrementSize(channel: Channel): Promise<Channel> {
    return this.changeSize(channel, 'greatest(size - 1, 0)');
  }

  async countByType(type: GameType): Promise<number> {
    return this.count({ type });
  }

  private async changeSize(channel: Channel, expression: string): Promise<Channel> {
    await this.createQueryBuilder()
      .update({ size: raw(expression) })
      .where({ id: channel.id })
      .execute();
    await this.em.refresh(channel);
    return channel;
  }
}
